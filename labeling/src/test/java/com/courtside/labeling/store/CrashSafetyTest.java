package com.courtside.labeling.store;

import com.courtside.labeling.edit.EditJournal;
import com.courtside.labeling.edit.LabelEditor;
import com.courtside.labeling.store.EditStreamMain.Kind;
import com.courtside.labeling.store.EditStreamMain.Step;
import com.courtside.labeling.store.Labels.LabeledRally;
import com.courtside.timeline.BallTrack;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

/**
 * Kills a labelling Courtside (an {@link EditStreamMain} JVM) with SIGKILL again and again on one project, each run
 * going on where the last one stopped, and proves after each kill that the project opens (the dead process's lock
 * is gone), passes {@code PRAGMA integrity_check}, and holds every acknowledged edit: the journal, the ball of every
 * frame and the events are exactly what the acknowledged edits leave. The one edit that may have been in flight
 * at the kill may be there or not; when it is, it is expected from then on.
 */
class CrashSafetyTest {

    private static final long SEED = 20_240_611L;
    private static final int KILLS = 20;
    private static final float MODEL_X = 960;
    private static final float MODEL_Y = 540;
    private static final Pattern DESCRIPTION = Pattern.compile(
            "(Set the ball|Add a (\\w+)|Start (?:a rally|rally \\d+)|End (?:a rally|rally \\d+)) at frame (\\d+)");

    @TempDir
    Path dir;
    private final List<Child> children = new ArrayList<>();

    @AfterEach
    void noChildOutlivesItsTest() {
        children.forEach(c -> c.process.toHandle().destroyForcibly());
    }

    @Test
    void everyAcknowledgedEditSurvivesAKilledProcess() throws Exception {
        Path file = dir.resolve("crash.courtside");
        long video = analysedVideo(file);
        Random delays = new Random(SEED);
        Expected expected = new Expected();
        int next = 0;
        int acknowledged = 0;
        int inFlightCommitted = 0;
        long began = System.nanoTime();
        Child child = start(file);
        for (int kill = 1; kill <= KILLS; kill++) {
            child.go(next);
            child.awaitReady();
            Child following = kill < KILLS ? start(file) : null; // boots while this one edits
            Thread.sleep(100 + delays.nextInt(500));
            child.kill();
            for (String ack : child.acks) {
                expected.acknowledge(ack);
            }
            acknowledged += child.acks.size();
            int inFlight = child.acks.isEmpty() ? next : expected.last + 1;
            try (Project p = Project.open(file)) {
                List<String> journal = journal(p, video);
                Expected committed = expected.copy();
                committed.apply(EditStreamMain.plan(SEED, inFlight));
                if (!journal.equals(expected.journal()) && journal.equals(committed.journal())) {
                    // killed after the commit, before the ACK: kept, as it may be; from here on it is expected
                    expected = committed;
                    inFlightCommitted++;
                }
                assertThat(journal).as("the edit journal after kill %d", kill).isEqualTo(expected.journal());
                verifyLabels(p, video, expected, kill);
            }
            next = inFlight + 1;
            child = following;
        }
        long ms = (System.nanoTime() - began) / 1_000_000;
        assertThat(acknowledged).as("edits acknowledged before the kills").isGreaterThan(KILLS);
        System.out.printf("CrashSafetyTest: %d kills in %d ms, %d acknowledged edits verified after the kill that ended "
                + "them and every later one (%d unacknowledged edits found committed); integrity ok every time%n",
                KILLS, ms, acknowledged, inFlightCommitted);
    }

    @Test
    void aProjectOpenInAnotherProcessIsRefusedUntilThatProcessDies() throws Exception {
        Path file = dir.resolve("busy.courtside");
        Child child = start(file);
        child.go(0);
        child.awaitReady();

        assertThatThrownBy(() -> Project.open(file)).isInstanceOf(ProjectOpenException.class)
                .hasMessageContaining("is open in another Courtside")
                .hasMessageContaining("process " + child.process.pid());

        child.kill();
        try (Project p = Project.open(file)) {
            assertThat(p.isReadOnly()).isFalse();
            assertThat(new Videos(p).all()).hasSize(1);
        }
    }

    /** The project with the test video and a complete ball run putting the ball at (960, 540) on every frame. */
    private long analysedVideo(Path file) throws IOException, ProjectOpenException {
        try (Project p = Project.open(file)) {
            long video = new Videos(p).register(Fixtures.video(dir, EditStreamMain.VIDEO, EditStreamMain.VIDEO_SEED,
                    EditStreamMain.FRAMES)).id();
            int n = EditStreamMain.FRAMES;
            int[] frames = new int[n];
            float[] x = new float[n];
            float[] y = new float[n];
            byte[] vis = new byte[n];
            float[] conf = new float[n];
            for (int f = 0; f < n; f++) {
                frames[f] = f;
                x[f] = MODEL_X;
                y[f] = MODEL_Y;
                vis[f] = (byte) BallTrack.Visibility.VISIBLE.ordinal();
                conf[f] = 0.8f;
            }
            ModelRuns runs = new ModelRuns(p);
            long run = runs.start(video, ModelRuns.BALL_TASK, "ball-heatmap-tt", "ab12", "{}", "CPU");
            runs.writeBall(run, frames, x, y, vis, conf, new boolean[n]);
            runs.finish(run, "complete");
            return video;
        }
    }

    /** The journal as "frame kind" lines, "undone" added to undone ones, read back from the descriptions. */
    private static List<String> journal(Project p, long video) {
        return p.read("reading the journal", c -> {
            List<String> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT description, undone FROM edit_journal WHERE video_id = ? ORDER BY seq")) {
                s.setLong(1, video);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        out.add(line(rs.getString(1)) + (rs.getInt(2) == 1 ? " undone" : ""));
                    }
                }
            }
            return out;
        });
    }

    private static String line(String description) {
        Matcher m = DESCRIPTION.matcher(description);
        if (!m.matches()) {
            return "unexpected: " + description;
        }
        String what = m.group(1);
        String kind = what.startsWith("Set") ? "ball" : what.startsWith("Add") ? "event:" + m.group(2)
                : what.startsWith("Start") ? "rally-start" : "rally-end";
        return m.group(3) + " " + kind;
    }

    private static void verifyLabels(Project p, long video, Expected expected, int kill) {
        String integrity = p.read("integrity check", c -> {
            try (var s = c.createStatement(); var rs = s.executeQuery("PRAGMA integrity_check")) {
                return rs.getString(1);
            }
        });
        assertThat(integrity).as("integrity after kill %d", kill).isEqualTo("ok");
        assertThat(new LabelEditor(p, video, "test").nextUndo().map(EditStreamMain::frameOf))
                .as("what Undo would undo after kill %d", kill).isEqualTo(expected.lastApplied());

        List<String> wrong = new ArrayList<>();
        BallWindow ball = new Labels(p).ball(video, 0, expected.last + 1);
        for (int f = 0; f <= expected.last; f++) {
            Step step = expected.applied.get(f);
            boolean human = step != null && step.kind() == Kind.BALL;
            List<Object> want = human ? List.of(step.x(), step.y(), 1, LabelSource.HUMAN)
                    : List.of(MODEL_X, MODEL_Y, 1, LabelSource.MODEL);
            List<Object> got = List.of(ball.x(f), ball.y(f), ball.visibility(f), ball.source(f));
            if (!got.equals(want)) {
                wrong.add("frame " + f + ": " + got + " instead of " + want);
            }
        }
        assertThat(wrong).as("ball labels after kill %d", kill).isEmpty();

        List<String> events = new Labels(p).events(video).stream()
                .map(e -> e.frame() + " " + e.kind().wireName() + " " + e.source()).toList();
        List<String> wantEvents = expected.applied.values().stream().filter(s -> s.kind() == Kind.EVENT)
                .map(s -> s.n() + " " + s.event().wireName() + " " + LabelSource.HUMAN).toList();
        assertThat(events).as("events after kill %d", kill).isEqualTo(wantEvents);

        // rallies depend on one another; each must at least be made of edges an applied rally edit set
        for (LabeledRally r : new Labels(p).rallies(video)) {
            for (int edge : new int[] {r.startFrame(), r.endFrame()}) {
                Step step = expected.applied.get(edge);
                assertThat(step).as("the rally edit at the edge of %s after kill %d", r, kill).isNotNull();
                assertThat(step.kind()).as("the edit at the edge of %s", r).isIn(Kind.RALLY_START, Kind.RALLY_END);
            }
            assertThat(r.startFrame()).isLessThanOrEqualTo(r.endFrame());
        }
    }

    /** What the edits so far must have left: the journal, and the applied edits by frame. */
    private static final class Expected {

        private record Entry(Step step, boolean undone) {
        }

        private final List<Entry> journal = new ArrayList<>();
        private final TreeMap<Integer, Step> applied = new TreeMap<>();
        private int last = -1;

        Expected copy() {
            Expected copy = new Expected();
            copy.journal.addAll(journal);
            copy.applied.putAll(applied);
            copy.last = last;
            return copy;
        }

        /** Checks an {@code ACK n kind frame} line against the plan and applies its step. */
        void acknowledge(String ack) {
            String[] parts = ack.split(" ");
            Step step = EditStreamMain.plan(SEED, Integer.parseInt(parts[1]));
            assertThat(parts[2]).as(ack).isEqualTo(step.kind().wire);
            assertThat(Integer.parseInt(parts[3])).as(ack).isEqualTo(apply(step));
        }

        /** @return the frame of the edit, or of the one an undo undid (-1: none) */
        int apply(Step step) {
            last = Math.max(last, step.n());
            if (step.kind() == Kind.UNDO) {
                for (int i = journal.size() - 1; i >= 0; i--) {
                    Entry e = journal.get(i);
                    if (!e.undone()) {
                        journal.set(i, new Entry(e.step(), true));
                        applied.remove(e.step().n());
                        return e.step().n();
                    }
                }
                return -1;
            }
            journal.removeIf(Entry::undone);
            journal.add(new Entry(step, false));
            if (journal.size() > EditJournal.LIMIT) {
                journal.remove(0);
            }
            applied.put(step.n(), step);
            return step.n();
        }

        Optional<Integer> lastApplied() {
            return journal.stream().filter(e -> !e.undone()).map(e -> e.step().n()).reduce((a, b) -> b);
        }

        List<String> journal() {
            return journal.stream().map(e -> e.step().n() + " " + (e.step().kind() == Kind.EVENT
                    ? "event:" + e.step().event().wireName() : e.step().kind().wire) + (e.undone() ? " undone" : ""))
                    .toList();
        }
    }

    private Child start(Path project) throws IOException {
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        Path err = Files.createTempFile(dir, "child", ".err");
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx256m", "-Djava.io.tmpdir=" + tmp,
                "-cp", System.getProperty("java.class.path"),
                EditStreamMain.class.getName(), project.toString(), Long.toString(SEED));
        Process process = new ProcessBuilder(command).redirectError(err.toFile()).start();
        Child child = new Child(process, err);
        children.add(child);
        return child;
    }

    /** One EditStreamMain JVM; its stdout is read on a thread of its own into {@link #acks}. */
    private static final class Child {

        private final Process process;
        private final Path err;
        private final List<String> acks = new CopyOnWriteArrayList<>();
        private final CountDownLatch readyOrGone = new CountDownLatch(1);
        private final Thread reader;
        private volatile boolean ready;

        Child(Process process, Path err) {
            this.process = process;
            this.err = err;
            this.reader = new Thread(this::read, "child-stdout " + process.pid());
            reader.setDaemon(true);
            reader.start();
        }

        private void read() {
            try (BufferedReader in = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    if (line.equals("READY")) {
                        ready = true;
                        readyOrGone.countDown();
                    } else if (line.startsWith("ACK ")) {
                        acks.add(line);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                readyOrGone.countDown();
            }
        }

        /** Lets the booted process open the project and edit, from edit {@code first} on. */
        void go(int first) throws IOException {
            OutputStream in = process.getOutputStream();
            in.write(("GO " + first + "\n").getBytes(StandardCharsets.UTF_8));
            in.flush();
        }

        void awaitReady() throws InterruptedException {
            if (!readyOrGone.await(30, TimeUnit.SECONDS) || !ready) {
                fail("the editing process did not get ready: " + stderr());
            }
        }

        /**
         * SIGKILL on Linux; returns once the process is gone and all it printed has been read. Through its
         * {@link ProcessHandle}: {@link Process#destroyForcibly()} also closes our end of its stdout, and the ACK
         * lines still in the pipe would be lost.
         */
        void kill() throws InterruptedException {
            if (!process.isAlive()) {
                fail("the editing process died before it was killed: " + stderr());
            }
            process.toHandle().destroyForcibly();
            assertThat(process.waitFor(10, TimeUnit.SECONDS)).as("the killed process is gone").isTrue();
            reader.join(10_000);
            assertThat(reader.isAlive()).as("its output read to the end").isFalse();
            try {
                process.getOutputStream().close();
            } catch (IOException ignored) {
                // the process is gone either way; this only gives the pipe back
            }
        }

        private String stderr() {
            try {
                return Files.readString(err);
            } catch (IOException e) {
                return "(no stderr: " + e.getMessage() + ")";
            }
        }
    }
}
