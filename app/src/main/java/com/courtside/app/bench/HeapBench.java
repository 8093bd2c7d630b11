package com.courtside.app.bench;

import com.courtside.inference.analysis.AnalysisResult;
import com.courtside.inference.video.OpenedVideo;
import com.courtside.inference.video.VideoOpenException;
import com.courtside.timeline.task.ProgressListener;

import java.io.IOException;
import java.lang.ref.Reference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The Java heap over one long analysis: a clip of many minutes, made cheaply by looping a rendered clip with the
 * bundled ffmpeg's stream copy, analysed end to end with the same analyzer as the analysis rows. Heap in use after
 * a full collection at the start, at the end (the result, which the caller keeps, still held) and at samples on the
 * way, the most of those, and how fast they grew. A long analysis must not grow with the video.
 */
final class HeapBench {

    /** The design's bound: the heap of an analysis stays under 1 GiB, whatever the video's length. */
    static final double TARGET_MIB = 1024;
    /** What "flat" allows between the start and the end: noise of the JIT, class loading and caches that fill once. */
    static final double FLAT_MIB = 64;
    private static final int SAMPLES = 32;

    private HeapBench() {
    }

    /**
     * The base clip looped to about {@code minutes}, kept in the work folder beside it and reused; the base itself
     * when one copy is long enough. Empty, with a note, when there is no ffmpeg to loop it with or it fails.
     */
    static Optional<Path> longClip(BenchClip base, double minutes, BenchContext ctx) throws IOException {
        int copies = copies(base.seconds(), minutes);
        if (copies == 1) {
            return Optional.of(base.file());
        }
        String name = base.file().getFileName().toString().replaceFirst("\\.mp4$", "") + "-x" + copies + ".mp4";
        Path target = base.file().resolveSibling(name);
        if (Files.isRegularFile(target) && Files.size(target) > 0) {
            ctx.say("reusing %s", target);
            return Optional.of(target);
        }
        if (!ctx.peer().available()) {
            ctx.note("the heap run was skipped: it loops a clip with the bundled ffmpeg, which is unavailable ("
                    + ctx.peer().status() + ")");
            return Optional.empty();
        }
        ctx.say("looping %s %d times into %s (stream copy); kept for later runs...", base.file().getFileName(), copies,
                name);
        Path part = target.resolveSibling(name + ".part");
        FfmpegPeer.Run run = ctx.peer().run(List.of("-hide_banner", "-loglevel", "error", "-y",
                "-stream_loop", Integer.toString(copies - 1), "-i", base.file().toString(),
                "-map", "0:v", "-c", "copy", "-f", "mp4", part.toString()));
        if (run.exitCode() != 0 || !Files.isRegularFile(part)) {
            Files.deleteIfExists(part);
            String why = run.output().lines().filter(l -> !l.isBlank()).reduce((a, b) -> b).orElse("no output");
            ctx.note("the heap run was skipped: ffmpeg could not loop " + base.file().getFileName() + ": " + why.trim());
            return Optional.empty();
        }
        Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return Optional.of(target);
    }

    /** How many copies of a clip of {@code seconds} make {@code minutes}, rounded to the nearest, at least one. */
    static int copies(double seconds, double minutes) {
        return (int) Math.max(1, Math.round(minutes * 60 / seconds));
    }

    /** "720p30 × 30 min": the clip's label and its real length. */
    static String label(String clipLabel, OpenedVideo video) {
        return clipLabel + " × " + minutes(video.facts().frameCount() / video.facts().fps().toDouble() / 60);
    }

    /** "30 min", "0.5 min". */
    static String minutes(double minutes) {
        return Math.abs(minutes - Math.rint(minutes)) < 0.05
                ? String.format(Locale.ROOT, "%d min", Math.round(minutes))
                : String.format(Locale.ROOT, "%.1f min", minutes);
    }

    static List<BenchRow> run(OpenedVideo video, String label, BenchModel model, BenchContext ctx)
            throws VideoOpenException {
        int frames = video.facts().frameCount();
        HeapSampler sampler = new HeapSampler(frames, SAMPLES);
        ProgressListener tenths = new TenthsProgress(label, ctx);
        ProgressListener progress = (done, total, message) -> {
            sampler.offer(done);
            tenths.progress(done, total, message);
        };
        ctx.say("analysing %s (%d frames) with %s, watching the heap...", label, frames,
                model.analyzer().describe());
        long collectionsBefore = HeapSampler.collections();
        long start = HeapSampler.settled();
        AnalysisResult result = model.analyzer().run(video, ctx.threads(), progress);
        long end = HeapSampler.settled();
        Reference.reachabilityFence(result); // the end figure includes the result, as a caller keeps it
        long collections = HeapSampler.collections() - collectionsBefore;
        double fps = video.facts().fps().toDouble();
        double startMib = Units.mebibytes(start);
        double endMib = Units.mebibytes(end);
        double peakMib = Units.mebibytes(Math.max(Math.max(start, end), sampler.peakLive()));
        double slope = sampler.slopeBytesPerFrame();
        boolean fitted = !Double.isNaN(slope);
        double perHour = fitted ? Units.mebibytes(Math.round(slope * fps * 3600))
                : (endMib - startMib) / (frames / fps / 3600);
        ctx.say("heap %.1f MiB at the start, %.1f MiB at the end, at most %.1f MiB after a collection on the way",
                startMib, endMib, peakMib);
        ctx.note(String.format(Locale.ROOT, "heap run %s: %d frames analysed at %.1f fps with %s; %d heap samples, "
                        + "%d collections (the samples' included); most heap in use as found at a sample, garbage "
                        + "included, %.1f MiB of a %.0f MiB maximum heap (-Xmx); slope %s", label, frames, result.framesPerSecond(), model.name(),
                sampler.count(), collections, Units.mebibytes(sampler.peakInUse()),
                Units.mebibytes(Runtime.getRuntime().maxMemory()), fitted
                        ? "fitted to the samples" : "from the start and the end (too few samples to fit)"));
        String what = "heap, analysing " + label + ", " + model.name() + ": ";
        Target underLimit = Target.atMost(TARGET_MIB, Units.MIB);
        return List.of(
                BenchRow.own(what + "at start (after GC)", startMib, Units.MIB, Target.NONE),
                BenchRow.own(what + "at end (after GC)", endMib, Units.MIB, underLimit),
                BenchRow.own(what + "end − start", endMib - startMib, Units.MIB,
                        Target.atMost(FLAT_MIB, Units.MIB).withRemark("flat")),
                BenchRow.own(what + "max after GC (sampled)", peakMib, Units.MIB, underLimit),
                BenchRow.own(what + "slope", perHour, Units.MIB_PER_HOUR, Target.NONE));
    }
}
