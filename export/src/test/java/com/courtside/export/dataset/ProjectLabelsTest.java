package com.courtside.export.dataset;

import com.courtside.labeling.edit.LabelEditor;
import com.courtside.labeling.imports.ImportContext;
import com.courtside.labeling.imports.ImportedLabels;
import com.courtside.labeling.imports.TrackNetCsvImporter;
import com.courtside.labeling.store.ModelRuns;
import com.courtside.labeling.store.Project;
import com.courtside.labeling.store.Review;
import com.courtside.labeling.store.Videos;
import com.courtside.timeline.BallTrack;
import com.courtside.timeline.EventKind;
import com.courtside.timeline.MatchEvent;
import com.courtside.timeline.Rally;
import com.courtside.timeline.task.ProgressListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The labels an export takes from a real project: a model run over a rendered clip (the true ball moved 3 px right,
 * the true events, three rallies), then a person's edits: a ball label and a net outside the rallies, the first
 * rally marked reviewed, the last flagged; the middle one is left as the model found it.
 */
class ProjectLabelsTest {

    private static final int FRAMES = 150;
    private static final float MODEL_OFFSET = 3;

    @TempDir
    Path dir;

    private Project project;
    private long video;
    private Clips.Clip clip;

    @BeforeEach
    void labelledProject() throws Exception {
        clip = Clips.matches().get(0);
        project = Project.open(dir.resolve("match.courtside"));
        video = new Videos(project).register(clip.video().facts()).id();
        ModelRuns runs = new ModelRuns(project);
        long run = runs.start(video, ModelRuns.BALL_TASK, "ball-heatmap-tt", "0123456789abcdef0123", "{}", "CPU");
        BallTrack truth = clip.truth().ball();
        int[] frames = IntStream.range(0, FRAMES).toArray();
        float[] x = new float[FRAMES];
        float[] y = new float[FRAMES];
        byte[] visibility = new byte[FRAMES];
        for (int f = 0; f < FRAMES; f++) {
            x[f] = truth.isVisible(f) ? truth.x(f) + MODEL_OFFSET : Float.NaN;
            y[f] = truth.isVisible(f) ? truth.y(f) : Float.NaN;
            visibility[f] = (byte) (truth.isVisible(f) ? 1 : 0);
        }
        runs.writeBall(run, frames, x, y, visibility, new float[FRAMES], new boolean[FRAMES]);
        runs.writeEvents(run, clip.truth().events());
        runs.writeRallies(run, List.of(new Rally(10, 50), new Rally(60, 100), new Rally(110, 140)));
        runs.finish(run, "complete");
        LabelEditor editor = new LabelEditor(project, video, "ann");
        editor.setBall(5, 100, 200).get();
        editor.addEvent(8, EventKind.NET).get();
        editor.reviewRally(20, Review.REVIEWED).get();
        editor.reviewRally(120, Review.FLAGGED).get();
    }

    @AfterEach
    void close() {
        project.close();
    }

    private DatasetLabels read(LabelChoice choice) {
        return new ProjectLabels(project).read(video, FRAMES, choice);
    }

    private static List<Integer> labelledFrames(DatasetLabels labels) {
        boolean[] labelled = labels.layer().ballLabelled();
        return IntStream.range(0, labelled.length).filter(f -> labelled[f]).boxed().toList();
    }

    @Test
    void reviewedTakesHumanLabelsAnywhereAndEverythingInsideReviewedRallies() {
        DatasetLabels reviewed = read(LabelChoice.REVIEWED);

        assertThat(labelledFrames(reviewed)).containsExactlyElementsOf(IntStream.concat(IntStream.of(5),
                IntStream.rangeClosed(10, 50)).boxed().toList());
        BallTrack ball = reviewed.layer().ball();
        assertThat(ball.x(5)).isEqualTo(100f);
        int seen = IntStream.rangeClosed(10, 50).filter(clip.truth().ball()::isVisible).findFirst().orElseThrow();
        assertThat(ball.x(seen)).isEqualTo(clip.truth().ball().x(seen) + MODEL_OFFSET);
        assertThat(reviewed.layer().events()).contains(new MatchEvent(8, EventKind.NET))
                .allMatch(e -> e.frame() == 8 || e.frame() >= 10 && e.frame() <= 50)
                .containsAll(clip.truth().events().stream().filter(e -> e.frame() <= 50).toList());
        assertThat(reviewed.layer().rallies()).containsExactly(new Rally(10, 50));
        assertThat(reviewed.origin().labels()).isEqualTo("reviewed");
        assertThat(reviewed.origin().modelRuns()).anyMatch(r -> r.startsWith("ball run"));
        assertThat(reviewed.origin().detail()).contains("1 of 3 rallies reviewed");
    }

    @Test
    void reviewedKnowsTheRallyStateOnlyWherePeopleVouchedForIt() {
        boolean[] known = read(LabelChoice.REVIEWED).rallyStateKnown();

        assertThat(IntStream.range(0, FRAMES).filter(f -> known[f]).boxed().toList())
                .containsExactlyElementsOf(IntStream.rangeClosed(10, 50).boxed().toList());
    }

    @Test
    void effectiveIsHumanOverModelEverywhere() {
        DatasetLabels effective = read(LabelChoice.EFFECTIVE);

        assertThat(labelledFrames(effective)).hasSize(FRAMES);
        assertThat(effective.layer().ball().x(5)).isEqualTo(100f);
        assertThat(effective.layer().events()).contains(new MatchEvent(8, EventKind.NET));
        assertThat(effective.layer().rallies()).hasSize(3);
        assertThat(effective.rallyStateKnown()).containsOnly(true);
    }

    @Test
    void modelLeavesTheHumanEditsOut() {
        DatasetLabels model = read(LabelChoice.MODEL);

        assertThat(labelledFrames(model)).hasSize(FRAMES);
        assertThat(model.layer().ball().isVisible(5)).isEqualTo(clip.truth().ball().isVisible(5));
        assertThat(model.layer().events()).containsExactlyElementsOf(clip.truth().events());
        assertThat(model.origin().modelRuns()).containsExactly("ball run 1: ball-heatmap-tt (sha256 0123456789ab…)");
    }

    @Test
    void theReviewedLabelsExportedAsTrackNetImportBackTheSame() throws Exception {
        DatasetLabels reviewed = read(LabelChoice.REVIEWED);
        DatasetReport report = new DatasetExporter().export(List.of(new DatasetVideo(clip.video(), reviewed)),
                dir.resolve("tracknet"), DatasetOptions.defaults(DatasetFormat.TRACKNET), ProgressListener.NONE);

        Path csv = report.folder().resolve("train/match-1/csv/match-1_ball.csv");
        ImportContext context = new ImportContext(FRAMES, clip.video().facts().fps());
        ImportedLabels back = new TrackNetCsvImporter().read(csv, context);
        assertThat(IntStream.range(0, back.pointCount()).map(back::frameAt).boxed().toList())
                .containsExactlyElementsOf(labelledFrames(reviewed));
        BallTrack ball = reviewed.layer().ball();
        for (int i = 0; i < back.pointCount(); i++) {
            int f = back.frameAt(i);
            assertThat(back.visibilityAt(i)).isEqualTo(ball.visibility(f));
            if (ball.isVisible(f)) {
                assertThat(back.xAt(i)).isCloseTo(ball.x(f), within(0.005f));
                assertThat(back.yAt(i)).isCloseTo(ball.y(f), within(0.005f));
            }
        }
    }
}
