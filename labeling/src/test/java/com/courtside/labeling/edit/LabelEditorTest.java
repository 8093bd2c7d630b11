package com.courtside.labeling.edit;

import com.courtside.labeling.store.BallWindow;
import com.courtside.labeling.store.Fixtures;
import com.courtside.labeling.store.LabelSource;
import com.courtside.labeling.store.Labels;
import com.courtside.labeling.store.Labels.LabeledEvent;
import com.courtside.labeling.store.Labels.LabeledRally;
import com.courtside.labeling.store.ModelRuns;
import com.courtside.labeling.store.Project;
import com.courtside.labeling.store.Review;
import com.courtside.labeling.store.Videos;
import com.courtside.timeline.BallTrack;
import com.courtside.timeline.EventKind;
import com.courtside.timeline.MatchEvent;
import com.courtside.timeline.Rally;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

class LabelEditorTest {

    private static final int FRAMES = 300;

    @TempDir
    Path dir;
    private Path file;
    private long video;

    /** A project with one analysed video: the ball at (10 f, 500) on every frame, two bounces, a net, two rallies. */
    @BeforeEach
    void analysedVideo() throws Exception {
        file = dir.resolve("match.courtside");
        try (Project p = Project.open(file)) {
            video = new Videos(p).register(Fixtures.video(dir, "match.mp4", 7, FRAMES)).id();
            ModelRuns runs = new ModelRuns(p);
            long run = runs.start(video, ModelRuns.BALL_TASK, "ball-heatmap-tt", "ab12", "{}", "CPU");
            int[] frames = new int[FRAMES];
            float[] x = new float[FRAMES];
            float[] y = new float[FRAMES];
            byte[] vis = new byte[FRAMES];
            float[] conf = new float[FRAMES];
            for (int f = 0; f < FRAMES; f++) {
                frames[f] = f;
                x[f] = 10 * f;
                y[f] = 500;
                vis[f] = (byte) BallTrack.Visibility.VISIBLE.ordinal();
                conf[f] = 0.9f;
            }
            runs.writeBall(run, frames, x, y, vis, conf, new boolean[FRAMES]);
            runs.writeEvents(run, List.of(new MatchEvent(50, EventKind.BOUNCE), new MatchEvent(60, EventKind.BOUNCE),
                    new MatchEvent(80, EventKind.NET)));
            runs.writeRallies(run, List.of(new Rally(10, 100), new Rally(150, 250)));
            runs.finish(run, "complete");
        }
    }

    /** Applies one edit, checks it, undoes it, checks the start state, redoes it and checks again after a reopen. */
    private <T> void roundTrip(Function<LabelEditor, java.util.concurrent.CompletableFuture<Edit>> action,
                               Function<Project, T> state, java.util.function.Consumer<T> afterEdit) throws Exception {
        T before;
        try (Project p = Project.open(file)) {
            before = state.apply(p);
            LabelEditor editor = new LabelEditor(p, video, "ann");
            Edit edit = action.apply(editor).get();
            assertThat(edit.isEmpty()).as("the edit changed something").isFalse();
            afterEdit.accept(state.apply(p));
            assertThat(editor.nextUndo()).contains(edit.description());
            assertThat(editor.undo().get()).contains(edit.description());
            assertThat(state.apply(p)).isEqualTo(before);
            assertThat(editor.nextRedo()).contains(edit.description());
        }
        try (Project p = Project.open(file)) {
            LabelEditor editor = new LabelEditor(p, video, "ann");
            assertThat(state.apply(p)).as("undone, after reopening").isEqualTo(before);
            assertThat(editor.redo().get()).isPresent();
            afterEdit.accept(state.apply(p));
        }
        try (Project p = Project.open(file)) {
            afterEdit.accept(state.apply(p));
            assertThat(new LabelEditor(p, video, "ann").undo().get()).isPresent();
            assertThat(state.apply(p)).isEqualTo(before);
        }
    }

    private List<Object> ballAt(Project p, int frame) {
        BallWindow w = new Labels(p).ball(video, frame, 1);
        return List.of(w.x(frame), w.y(frame), w.visibility(frame), w.source(frame));
    }

    private List<LabeledEvent> events(Project p) {
        return new Labels(p).events(video);
    }

    private List<String> rallies(Project p) {
        return new Labels(p).rallies(video).stream()
                .map(r -> r.startFrame() + "-" + r.endFrame() + ":" + r.review()).toList();
    }

    @Test
    void settingTheBallOverridesTheModelAndUndoGivesTheModelBack() throws Exception {
        roundTrip(e -> e.setBall(120, 1234.5f, 321f), p -> ballAt(p, 120),
                after -> assertThat(after).containsExactly(1234.5f, 321f, 1, LabelSource.HUMAN));
    }

    @Test
    void markingTheBallOccludedOrOutOfFrameOrDeletedIsAHumanLabel() throws Exception {
        roundTrip(e -> e.markBall(121, BallTrack.Visibility.OCCLUDED, 1210, 500), p -> ballAt(p, 121),
                after -> assertThat(after).containsExactly(1210f, 500f, 2, LabelSource.HUMAN));
        roundTrip(e -> e.markBall(122, BallTrack.Visibility.OUT_OF_FRAME, Float.NaN, Float.NaN), p -> ballAt(p, 122),
                after -> assertThat(after.subList(2, 4)).containsExactly(3, LabelSource.HUMAN));
        roundTrip(e -> e.markBall(123, BallTrack.Visibility.NONE, Float.NaN, Float.NaN), p -> ballAt(p, 123),
                after -> assertThat(after.subList(2, 4)).containsExactly(0, LabelSource.HUMAN));
    }

    @Test
    void aFilledRangeIsOneEdit() throws Exception {
        int[] frames = {200, 201, 202};
        float[] xs = {1.5f, 2.5f, 3.5f};
        float[] ys = {4f, 5f, 6f};
        byte[] vis = {1, 1, 1};
        roundTrip(e -> e.setBalls(frames, xs, ys, vis, "Fill frames 200-202"),
                p -> Arrays.toString(new Labels(p).ball(video, 200, 3).x()),
                after -> assertThat(after).isEqualTo("[1.5, 2.5, 3.5]"));
    }

    @Test
    void addingAnEventPutsItBesideTheModelsEvents() throws Exception {
        roundTrip(e -> e.addEvent(140, EventKind.HIT), this::events,
                after -> assertThat(after).extracting(LabeledEvent::frame).containsExactly(50, 60, 80, 140));
    }

    @Test
    void deletingAModelEventHidesItWithoutTouchingTheModelLayer() throws Exception {
        roundTrip(e -> e.removeEvent(60, EventKind.BOUNCE), this::events,
                after -> assertThat(after).extracting(LabeledEvent::frame).containsExactly(50, 80));
    }

    @Test
    void movingAnEventTakesItFromOneFrameToAnother() throws Exception {
        roundTrip(e -> e.moveEvent(50, EventKind.BOUNCE, 52), this::events, after -> {
            assertThat(after).extracting(LabeledEvent::frame).containsExactly(52, 60, 80);
            assertThat(after.get(0).source()).isEqualTo(LabelSource.HUMAN);
        });
    }

    @Test
    void iAndOMoveTheEdgesOfTheRallyAtThePlayhead() throws Exception {
        roundTrip(e -> e.setRallyStart(20), this::rallies,
                after -> assertThat(after).containsExactly("20-100:UNREVIEWED", "150-250:UNREVIEWED"));
        roundTrip(e -> e.setRallyEnd(240), this::rallies,
                after -> assertThat(after).containsExactly("10-100:UNREVIEWED", "150-240:UNREVIEWED"));
    }

    @Test
    void aDraggedEdgeMovesOneRallyAndStopsAtItsNeighbours() throws Exception {
        roundTrip(e -> e.moveRallyEdge(150, true, 140), this::rallies,
                after -> assertThat(after).containsExactly("10-100:UNREVIEWED", "140-250:UNREVIEWED"));
        roundTrip(e -> e.moveRallyEdge(10, false, 200), this::rallies,
                after -> assertThat(after).as("clear of the next rally").containsExactly("10-149:UNREVIEWED",
                        "150-250:UNREVIEWED"));
        roundTrip(e -> e.moveRallyEdge(150, true, 300), this::rallies,
                after -> assertThat(after).as("at least one frame long").containsExactly("10-100:UNREVIEWED",
                        "250-250:UNREVIEWED"));
    }

    @Test
    void iOutsideEveryRallyStartsTheNextOneAtThePlayhead() throws Exception {
        roundTrip(e -> e.setRallyStart(130), this::rallies,
                after -> assertThat(after).containsExactly("10-100:UNREVIEWED", "130-250:UNREVIEWED"));
    }

    @Test
    void splitMergeAndDeleteChangeTheRallies() throws Exception {
        roundTrip(e -> e.splitRally(50), this::rallies,
                after -> assertThat(after).containsExactly("10-49:UNREVIEWED", "50-100:UNREVIEWED", "150-250:UNREVIEWED"));
        roundTrip(e -> e.mergeRallyWithNext(50), this::rallies,
                after -> assertThat(after).containsExactly("10-250:UNREVIEWED"));
        roundTrip(e -> e.deleteRally(160), this::rallies,
                after -> assertThat(after).containsExactly("10-100:UNREVIEWED"));
    }

    @Test
    void reviewMarksCarryTheReviewerAndTime() throws Exception {
        roundTrip(e -> e.reviewRally(160, Review.FLAGGED), p -> new Labels(p).rallies(video), after -> {
            LabeledRally r = after.get(1);
            assertThat(r.review()).isEqualTo(Review.FLAGGED);
            assertThat(r.reviewer()).isEqualTo("ann");
            assertThat(r.reviewedAt()).isNotBlank();
        });
    }

    @Test
    void acceptingAModelRallyMakesItsLabelsHumanAndTheRallyReviewedInOneStep() throws Exception {
        roundTrip(e -> e.acceptModelRally(30), p -> List.<Object>of(ballAt(p, 10), ballAt(p, 100), ballAt(p, 101),
                        events(p).stream().map(ev -> ev.frame() + ":" + ev.source()).toList(), rallies(p)),
                after -> {
                    assertThat(after.get(0)).isEqualTo(List.of(100f, 500f, 1, LabelSource.HUMAN));
                    assertThat(after.get(1)).isEqualTo(List.of(1000f, 500f, 1, LabelSource.HUMAN));
                    assertThat(after.get(2)).isEqualTo(List.of(1010f, 500f, 1, LabelSource.MODEL));
                    assertThat(after.get(3)).isEqualTo(List.of("50:HUMAN", "60:HUMAN", "80:HUMAN"));
                    assertThat(after.get(4)).isEqualTo(List.of("10-100:REVIEWED", "150-250:UNREVIEWED"));
                });
    }

    @Test
    void aNewEditDropsTheRedoTailAndUndoRunsBackThroughManyEdits() throws Exception {
        try (Project p = Project.open(file)) {
            LabelEditor editor = new LabelEditor(p, video, "ann");
            editor.setBall(5, 1, 1).get();
            editor.setBall(5, 2, 2).get();
            editor.setBall(5, 3, 3).get();
            editor.undo().get();
            editor.setBall(5, 4, 4).get();
            assertThat(editor.nextRedo()).isEmpty();
            assertThat(editor.undo().get()).isPresent();
            assertThat(ballAt(p, 5).get(0)).isEqualTo(2f);
            assertThat(editor.undo().get()).isPresent();
            assertThat(editor.undo().get()).isPresent();
            assertThat(ballAt(p, 5)).containsExactly(50f, 500f, 1, LabelSource.MODEL);
            assertThat(editor.undo().get()).isEmpty();
        }
    }

    @Test
    void anImportIsOneEditThatRemembersItsFile() throws Exception {
        java.nio.file.Path csv = dir.resolve("Label.csv");
        java.nio.file.Files.writeString(csv, "Frame,Visibility,X,Y\n130,1,11.5,22.5\n131,0,,\n132,2,13,24\n");
        com.courtside.labeling.imports.ImportedLabels read = com.courtside.labeling.imports.Importers.forFile(csv)
                .read(csv, new com.courtside.labeling.imports.ImportContext(FRAMES, com.courtside.timeline.Rational.of(30, 1)));
        roundTrip(e -> e.importLabels(read), p -> List.<Object>of(ballAt(p, 130), ballAt(p, 131), ballAt(p, 132)), after -> {
            assertThat(after.get(0)).isEqualTo(List.of(11.5f, 22.5f, 1, LabelSource.HUMAN));
            assertThat(((List<?>) after.get(1)).subList(2, 4)).isEqualTo(List.of(0, LabelSource.HUMAN));
            assertThat(after.get(2)).isEqualTo(List.of(13f, 24f, 2, LabelSource.HUMAN));
        });
        try (Project p = Project.open(file)) {
            assertThat(new LabelEditor(p, video, "ann").redo().get()).hasValueSatisfying(d -> assertThat(d).contains("Label.csv"));
            String provenance = p.read("provenance", c -> {
                try (var s = c.prepareStatement("SELECT DISTINCT import_file FROM human_ball"); var rs = s.executeQuery()) {
                    return rs.next() ? rs.getString(1) : null;
                }
            });
            assertThat(provenance).isEqualTo(csv.toAbsolutePath().toString());
        }
    }
}
