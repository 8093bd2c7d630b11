package com.courtside.labeling.store;

import com.courtside.labeling.edit.Edit;
import com.courtside.labeling.edit.LabelEditor;
import com.courtside.timeline.EventKind;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * A labeller who never stops, run as a JVM of its own by {@link CrashSafetyTest} and killed there. It warms up,
 * waits for {@code GO <first edit number>} on stdin (so the test can start the next one while this one still
 * edits), opens the project, registers the test video, prints {@code READY}, then applies edit after edit and
 * prints {@code ACK <n> <kind> <frame>} once each is acknowledged (its future done). Edit n is decided by the seed
 * alone ({@link #plan}) and works at frame n, so no two edits touch the same frame and none is ever empty; an undo
 * prints the frame of the edit it undid (-1: nothing to undo).
 *
 * <p>Usage: {@code EditStreamMain <project file> <seed>}
 */
public final class EditStreamMain {

    static final String VIDEO = "match.mp4";
    static final long VIDEO_SEED = 7;
    static final int FRAMES = 20_000;
    static final String AUTHOR = "crash-test";

    enum Kind {
        BALL("ball"), EVENT("event"), RALLY_START("rally-start"), RALLY_END("rally-end"), UNDO("undo");

        final String wire;

        Kind(String wire) {
            this.wire = wire;
        }
    }

    /** Edit {@code n}: setBall puts the ball at (n, n + 0.5); addEvent adds {@code event} at frame n. */
    record Step(int n, Kind kind, EventKind event) {

        float x() {
            return n;
        }

        float y() {
            return n + 0.5f;
        }
    }

    private EditStreamMain() {
    }

    static Step plan(long seed, int n) {
        Random random = new Random(seed * 1_000_003L + n);
        int roll = random.nextInt(100);
        Kind kind = roll < 50 ? Kind.BALL : roll < 70 ? Kind.EVENT : roll < 80 ? Kind.RALLY_START
                : roll < 90 ? Kind.RALLY_END : Kind.UNDO;
        return new Step(n, kind, EventKind.values()[random.nextInt(EventKind.values().length)]);
    }

    /** Every edit of the stream is described "… at frame n". */
    static int frameOf(String description) {
        return Integer.parseInt(description.substring(description.lastIndexOf(' ') + 1));
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        long seed = Long.parseLong(args[1]);
        warmUp();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String go = in.readLine();
        if (go == null || !go.startsWith("GO ")) {
            return;
        }
        int first = Integer.parseInt(go.substring(3).strip());
        exitWhenTheTestIsGone(in);
        PrintStream out = System.out;
        try (Project project = Project.open(file)) {
            LabelEditor editor = new LabelEditor(project, register(project, file.getParent()), AUTHOR);
            say(out, "READY");
            for (int n = first; n < FRAMES; n++) {
                Step step = plan(seed, n);
                say(out, "ACK " + n + " " + step.kind().wire + " " + apply(editor, step));
            }
            say(out, "DONE");
            Thread.sleep(Long.MAX_VALUE);
        }
    }

    private static long register(Project project, Path folder) throws IOException {
        return new Videos(project).register(Fixtures.video(folder, VIDEO, VIDEO_SEED, FRAMES)).id();
    }

    /**
     * Runs each kind of edit once on a scratch project, so that classes are loaded and JSON is ready before the
     * real project is opened: a cold JVM takes most of a second over its first edit, and the test's kills are
     * meant to land among edits.
     */
    private static void warmUp() throws Exception {
        Path scratch = Files.createTempDirectory("warm-up");
        try (Project project = Project.open(scratch.resolve("warm-up.courtside"))) {
            LabelEditor editor = new LabelEditor(project, register(project, scratch), AUTHOR);
            for (Kind kind : Kind.values()) {
                apply(editor, new Step(kind.ordinal(), kind, EventKind.BOUNCE));
            }
        }
    }

    /** @return the frame the step worked at */
    private static int apply(LabelEditor editor, Step step) throws Exception {
        Edit edit = switch (step.kind()) {
            case BALL -> editor.setBall(step.n(), step.x(), step.y()).get();
            case EVENT -> editor.addEvent(step.n(), step.event()).get();
            case RALLY_START -> editor.setRallyStart(step.n()).get();
            case RALLY_END -> editor.setRallyEnd(step.n()).get();
            case UNDO -> null;
        };
        if (edit == null) {
            return editor.undo().get().map(EditStreamMain::frameOf).orElse(-1);
        }
        if (edit.isEmpty()) {
            // an empty edit is not journaled, and the test's account of the journal would be wrong
            throw new IllegalStateException("edit " + step.n() + " (" + step.kind().wire + ") changed nothing");
        }
        return step.n();
    }

    private static void say(PrintStream out, String line) {
        out.println(line);
        out.flush();
    }

    /** The test holds our stdin open; when it ends, the test JVM is gone and this process must not outlive it. */
    private static void exitWhenTheTestIsGone(BufferedReader in) {
        Thread watch = new Thread(() -> {
            try {
                while (in.read() != -1) {
                    // nothing is ever sent; reading only waits for the end
                }
            } catch (IOException ignored) {
                // a broken stdin means the same
            }
            Runtime.getRuntime().halt(3);
        }, "stdin-watch");
        watch.setDaemon(true);
        watch.start();
    }
}
