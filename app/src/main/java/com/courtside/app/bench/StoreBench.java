package com.courtside.app.bench;

import com.courtside.labeling.edit.LabelEditor;
import com.courtside.labeling.store.BallWindow;
import com.courtside.labeling.store.LabelSource;
import com.courtside.labeling.store.Labels;
import com.courtside.labeling.store.ModelRuns;
import com.courtside.labeling.store.Project;
import com.courtside.labeling.store.ProjectOpenException;
import com.courtside.labeling.store.Videos;
import com.courtside.timeline.BallTrack;
import com.courtside.timeline.FileSignature;
import com.courtside.timeline.Rational;
import com.courtside.timeline.VideoFacts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The label store against the design's numbers, in a throw-away project beside the system's temporary files:
 * writing one analysis's ball track, opening that project and reading the first frame's labels, the effective-label
 * query of a timeline window with some frames labelled by hand, and one edit's commit while an analysis keeps
 * writing. Absolute targets; there is no peer.
 */
final class StoreBench {

    static final double WRITE_TARGET_MS = 2000;
    static final double EDIT_TARGET_MS = 5;
    static final double OPEN_TARGET_MS = 1000;
    static final double WINDOW_TARGET_MS = 20;

    /**
     * How much to measure.
     *
     * @param samples    model ball samples written in one run, and the video's frame count
     * @param edits      timed ball edits
     * @param queries    timed window queries
     * @param window     frames per window query
     * @param chunk      samples per write of the background analysis
     * @param humanShare share of frames given a human label before the window queries
     */
    record Sizes(int samples, int edits, int queries, int window, int chunk, double humanShare) {

        /** The sizes: 1 M samples, 200 edits, 50 queries of 10 000 frames, 5 %; 20-sample chunks (a thirtieth of a second). */
        static final Sizes DESIGN = new Sizes(1_000_000, 200, 50, 10_000, 20, 0.05);

        Sizes {
            if (samples < 1 || edits < 1 || queries < 1 || window < 1 || window > samples || chunk < 1
                    || chunk > samples || !(humanShare > 0 && humanShare < 1)) {
                throw new IllegalArgumentException("store bench sizes must be positive, the window and chunk no "
                        + "longer than the track, the human share between 0 and 1");
            }
        }
    }

    private final Sizes sizes;
    private final Path tempRoot;

    /** @param tempRoot where the throw-away project is made (in a folder of its own, deleted afterwards) */
    StoreBench(Sizes sizes, Path tempRoot) {
        this.sizes = sizes;
        this.tempRoot = tempRoot;
    }

    List<BenchRow> run(BenchContext ctx) throws IOException, InterruptedException {
        Path work = Files.createTempDirectory(tempRoot, "courtside-store-bench");
        try {
            return measure(work, ctx);
        } catch (ProjectOpenException e) {
            throw new IOException("the label-store bench could not open its project in " + work + ": "
                    + e.getMessage(), e);
        } finally {
            deleteTree(work);
        }
    }

    private List<BenchRow> measure(Path work, BenchContext ctx)
            throws IOException, InterruptedException, ProjectOpenException {
        Random random = new Random(ctx.options().seed());
        Path file = work.resolve("bench.courtside");
        VideoFacts facts = fakeVideo(work, sizes.samples());
        String n = count(sizes.samples());
        ctx.say("label store: writing %s ball samples into %s...", n, file);
        long video;
        double writeMs;
        try (Project project = Project.open(file)) {
            video = new Videos(project).register(facts).id();
            ModelRuns runs = new ModelRuns(project);
            long run = runs.start(video, ModelRuns.BALL_TASK, "store-bench", null, "{}", "CPU");
            Track track = Track.of(0, sizes.samples(), random);
            long start = System.nanoTime();
            track.write(runs, run);
            writeMs = (System.nanoTime() - start) / 1e6;
            runs.finish(run, "complete");
        }
        long fileBytes = Files.size(file);
        ctx.say("label store: opening it again and reading the first frame's labels...");
        long openStart = System.nanoTime();
        try (Project project = Project.open(file)) {
            BallWindow first = new Labels(project).ball(video, 0, 1);
            double openMs = (System.nanoTime() - openStart) / 1e6;
            // A frame where the model saw no ball holds no sample; one where it did must come back as the model's.
            if (first.length() != 1 || first.visibility(0) != 0 && first.source(0) != LabelSource.MODEL) {
                throw new IllegalStateException("the reopened project lost the model's first sample");
            }
            int humans = labelSomeFrames(project, video, random);
            ctx.say("label store: %d window queries of %s frames, %s frames labelled by hand...", sizes.queries(),
                    count(sizes.window()), count(humans));
            Percentiles windows = queryWindows(project, video, random);
            ctx.say("label store: %d ball edits while an analysis writes %s-sample chunks...", sizes.edits(),
                    count(sizes.chunk()));
            Background background = new Background(project, video, sizes, random.nextLong());
            Percentiles edits = background.during(() -> timeEdits(project, video, random));
            ctx.note(String.format(Locale.ROOT, "label store: the project was in %s (%s, deleted afterwards), "
                            + "%s after the write (%.0f samples/s); the reopen found it in the OS file cache, as "
                            + "after a recent save; the first frame's labels exclude decoding the frame, which the "
                            + "seek rows measure; %s of %s frames labelled by hand (%.1f %%); during the edits the "
                            + "background run wrote %s samples in %d writes (%.0f samples/s, faster than any "
                            + "analysis of ours saves), edits 10 ms apart",
                    tempRoot, Files.getFileStore(work).type(), Units.megabytes(fileBytes),
                    sizes.samples() / (writeMs / 1e3), count(humans), n, 100.0 * humans / sizes.samples(),
                    count(background.samples()), background.writes(), background.samplesPerSecond()));
            String storeOf = "label store: ";
            return List.of(
                    BenchRow.own(storeOf + "write " + n + " ball samples (one writeBall)", writeMs, Units.MS,
                            Target.atMost(WRITE_TARGET_MS, Units.MS)),
                    BenchRow.own(storeOf + "one ball edit committed, analysis writing, p50 of " + edits.count()
                            + " edits", edits.p50(), Units.MS, Target.NONE),
                    BenchRow.own(storeOf + "one ball edit committed, analysis writing, p95 of " + edits.count()
                            + " edits", edits.p95(), Units.MS, Target.atMost(EDIT_TARGET_MS, Units.MS)),
                    BenchRow.own(storeOf + "open a project of " + n + " ball labels + first frame's labels",
                            openMs, Units.MS, Target.atMost(OPEN_TARGET_MS, Units.MS)),
                    BenchRow.own(storeOf + "effective labels of " + count(sizes.window()) + " frames, p50 of "
                            + windows.count() + " queries", windows.p50(), Units.MS, Target.NONE),
                    BenchRow.own(storeOf + "effective labels of " + count(sizes.window()) + " frames, p95 of "
                            + windows.count() + " queries", windows.p95(), Units.MS,
                            Target.atMost(WINDOW_TARGET_MS, Units.MS)));
        }
    }

    /** Gives about {@code humanShare} of the frames, chosen at random, a human label in one edit. */
    private int labelSomeFrames(Project project, long video, Random random) {
        List<Integer> chosen = new ArrayList<>();
        for (int f = 0; f < sizes.samples(); f++) {
            if (random.nextDouble() < sizes.humanShare()) {
                chosen.add(f);
            }
        }
        if (chosen.isEmpty()) {
            chosen.add(random.nextInt(sizes.samples()));
        }
        int[] frames = chosen.stream().mapToInt(Integer::intValue).toArray();
        Track track = Track.of(0, frames.length, random);
        new LabelEditor(project, video, "bench").setBalls(frames, track.x, track.y, track.visibility,
                "Labelling frames for the bench").join();
        return frames.length;
    }

    private Percentiles queryWindows(Project project, long video, Random random) {
        Labels labels = new Labels(project);
        long[] nanos = new long[sizes.queries()];
        int span = sizes.samples() - sizes.window() + 1;
        for (int i = 0; i < nanos.length; i++) {
            int from = random.nextInt(span);
            long start = System.nanoTime();
            BallWindow window = labels.ball(video, from, sizes.window());
            nanos[i] = System.nanoTime() - start;
            if (window.length() != sizes.window()) {
                throw new IllegalStateException("a window query returned " + window.length() + " frames");
            }
        }
        return Percentiles.ofNanos(nanos);
    }

    private static final long EDIT_SPACING_NANOS = 10_000_000L;

    private Percentiles timeEdits(Project project, long video, Random random) {
        LabelEditor editor = new LabelEditor(project, video, "bench");
        long[] nanos = new long[sizes.edits()];
        for (int i = 0; i < nanos.length; i++) {
            int frame = random.nextInt(sizes.samples());
            float x = random.nextFloat() * 1920;
            float y = random.nextFloat() * 1080;
            long start = System.nanoTime();
            editor.setBall(frame, x, y).join();
            nanos[i] = System.nanoTime() - start;
            // A labeller's edits are seconds apart; 10 ms apart, every edit meets the analysis's writes.
            java.util.concurrent.locks.LockSupport.parkNanos(EDIT_SPACING_NANOS);
        }
        return Percentiles.ofNanos(nanos);
    }

    /** Facts of a stand-in video: the store keys videos by the file's signature, so a few bytes do. */
    private static VideoFacts fakeVideo(Path dir, int frames) throws IOException {
        Path file = dir.resolve("bench.mp4");
        byte[] bytes = new byte[4096];
        new Random(frames).nextBytes(bytes);
        Files.write(file, bytes);
        return new VideoFacts(file, "mp4", "h264", 1920, 1080, frames, frames, Rational.of(30, 1),
                Rational.of(1, 15360), 0, frames * 1_000_000L / 30, true, FileSignature.of(file));
    }

    private static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** A made-up ball track in columns, as an analysis hands it to the store. */
    private record Track(int[] frames, float[] x, float[] y, byte[] visibility, float[] confidence,
                         boolean[] predicted) {

        static Track of(int from, int count, Random random) {
            Track t = new Track(new int[count], new float[count], new float[count], new byte[count],
                    new float[count], new boolean[count]);
            for (int i = 0; i < count; i++) {
                t.frames[i] = from + i;
                boolean seen = random.nextInt(10) != 0;
                t.x[i] = seen ? random.nextFloat() * 1920 : Float.NaN;
                t.y[i] = seen ? random.nextFloat() * 1080 : Float.NaN;
                t.visibility[i] = (byte) (seen ? BallTrack.Visibility.VISIBLE : BallTrack.Visibility.NONE).ordinal();
                t.confidence[i] = random.nextFloat();
                t.predicted[i] = seen && random.nextInt(20) == 0;
            }
            return t;
        }

        void write(ModelRuns runs, long run) {
            runs.writeBall(run, frames, x, y, visibility, confidence, predicted);
        }
    }

    /**
     * An analysis saving as it goes: chunk after chunk into a run that stays 'running' (so it never shows), a new
     * run when the video is covered, at {@link #SAMPLES_PER_SECOND} (the decode-only rate of a 720p clip, which an
     * analysis with CUDA approaches; on the CPU it is a tenth of that).
     */
    private static final class Background {

        static final double SAMPLES_PER_SECOND = 600;

        private final Project project;
        private final long video;
        private final Sizes sizes;
        private final Random random;
        private final AtomicLong samples = new AtomicLong();
        private final AtomicLong writes = new AtomicLong();
        private long nanos;

        Background(Project project, long video, Sizes sizes, long seed) {
            this.project = project;
            this.video = video;
            this.sizes = sizes;
            this.random = new Random(seed);
        }

        <T> T during(Supplier<T> foreground) throws InterruptedException {
            AtomicBoolean stop = new AtomicBoolean();
            AtomicReference<RuntimeException> failure = new AtomicReference<>();
            CountDownLatch firstWrite = new CountDownLatch(1);
            Thread thread = new Thread(() -> {
                try {
                    write(stop, firstWrite);
                } catch (RuntimeException e) {
                    failure.set(e);
                } finally {
                    firstWrite.countDown();
                }
            }, "courtside-store-bench analysis");
            long start = System.nanoTime();
            thread.start();
            try {
                firstWrite.await(); // the edits start once the analysis is writing
                return foreground.get();
            } finally {
                stop.set(true);
                thread.join();
                nanos = System.nanoTime() - start;
                if (failure.get() != null) {
                    throw failure.get();
                }
            }
        }

        private void write(AtomicBoolean stop, CountDownLatch firstWrite) {
            ModelRuns runs = new ModelRuns(project);
            long run = -1;
            int next = sizes.samples();
            while (!stop.get()) {
                if (next + sizes.chunk() > sizes.samples()) {
                    run = runs.start(video, ModelRuns.BALL_TASK, "store-bench background", null, "{}", "CPU");
                    next = 0;
                }
                long began = System.nanoTime();
                Track.of(next, sizes.chunk(), random).write(runs, run);
                next += sizes.chunk();
                samples.addAndGet(sizes.chunk());
                writes.incrementAndGet();
                firstWrite.countDown();
                pace(began);
            }
        }

        /** Holds the writes to {@link #SAMPLES_PER_SECOND}, faster than any analysis Courtside runs today. */
        private void pace(long began) {
            long due = began + (long) (1e9 * sizes.chunk() / SAMPLES_PER_SECOND);
            long wait = due - System.nanoTime();
            if (wait > 0) {
                java.util.concurrent.locks.LockSupport.parkNanos(wait);
            }
        }

        long samples() {
            return samples.get();
        }

        long writes() {
            return writes.get();
        }

        double samplesPerSecond() {
            return nanos > 0 ? samples.get() / (nanos / 1e9) : 0;
        }
    }
}
