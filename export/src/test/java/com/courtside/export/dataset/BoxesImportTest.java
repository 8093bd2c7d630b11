package com.courtside.export.dataset;

import com.courtside.export.dataset.DatasetOptions.Shares;
import com.courtside.labeling.edit.LabelEditor;
import com.courtside.labeling.imports.CocoImporter;
import com.courtside.labeling.imports.ImportContext;
import com.courtside.labeling.imports.ImportFormatException;
import com.courtside.labeling.imports.ImportedLabels;
import com.courtside.labeling.imports.Importers;
import com.courtside.labeling.imports.YoloImporter;
import com.courtside.labeling.store.LayerLabels;
import com.courtside.labeling.store.Project;
import com.courtside.labeling.store.Videos;
import com.courtside.timeline.BallTrack;
import com.courtside.timeline.BallTrack.Visibility;
import com.courtside.timeline.VideoFacts;
import com.courtside.timeline.io.BasketballTruth;
import com.courtside.timeline.task.ProgressListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * COCO and YOLO exported from a real project and imported back with Courtside's importers: the first rendered
 * match labelled by a person (its true ball, plus balls placed at the frame's edges, where the export cuts the
 * ball's box, and just outside it, where the box disappears), exported beside the other two matches.
 */
class BoxesImportTest {

    private static final int FRAMES = 150;
    /** COCO rounds x, y, w and h to 0.005 px; a centre taken as x + w − h / 2 at an edge is off by up to 0.0125. */
    private static final float COCO_ROUNDING = 0.0125f + 1e-3f;
    /** YOLO rounds the fractions to 5e-7; x + w − h / 2 over a 640 px frame is off by up to 1e-3 px. */
    private static final float YOLO_ROUNDING = 1.5e-6f * 640 + 1e-4f;
    private static final int LEFT_EDGE = 30;
    private static final int BOTTOM_RIGHT = 31;
    private static final int OUTSIDE = 32;
    private static final int NO_BALL = 33;
    /** Half the ball's box in a 640 × 360 frame: a ball further out than this has no box in the export. */
    private static final float HALF_BOX = FrameBoxes.BALL_BOX_AT_1080P * 360 / 1080f / 2;

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
        BallTrack truth = clip.truth().ball();
        int[] frames = IntStream.range(0, FRAMES).toArray();
        float[] x = new float[FRAMES];
        float[] y = new float[FRAMES];
        byte[] visibility = new byte[FRAMES];
        for (int f = 0; f < FRAMES; f++) {
            x[f] = truth.x(f);
            y[f] = truth.y(f);
            visibility[f] = (byte) truth.visibility(f).ordinal();
        }
        place(LEFT_EDGE, 0.75f, 200.5f, Visibility.VISIBLE, x, y, visibility);
        place(BOTTOM_RIGHT, 638.9f, 359.6f, Visibility.VISIBLE, x, y, visibility);
        place(OUTSIDE, -2f, 100f, Visibility.VISIBLE, x, y, visibility);
        place(NO_BALL, Float.NaN, Float.NaN, Visibility.NONE, x, y, visibility);
        new LabelEditor(project, video, "ann").setBalls(frames, x, y, visibility, "label the match").get();
    }

    @AfterEach
    void close() {
        project.close();
    }

    private static void place(int f, float px, float py, Visibility v, float[] x, float[] y, byte[] visibility) {
        x[f] = px;
        y[f] = py;
        visibility[f] = (byte) v.ordinal();
    }

    private DatasetLabels labels() {
        return new ProjectLabels(project).read(video, FRAMES, LabelChoice.REVIEWED);
    }

    /** The labelled match and the other two, a video per split. */
    private DatasetReport export(DatasetFormat format) throws Exception {
        List<DatasetVideo> videos = new ArrayList<>();
        videos.add(new DatasetVideo(clip.video(), labels()));
        videos.add(Clips.truthVideo(Clips.matches().get(1)));
        videos.add(Clips.truthVideo(Clips.matches().get(2)));
        DatasetReport report = new DatasetExporter().export(videos, dir.resolve(format.wireName()),
                DatasetOptions.defaults(format).withShares(new Shares(1, 1, 1)).withSeed(3), ProgressListener.NONE);
        assertThat(report.splits()).hasSize(3);
        return report;
    }

    /** Whether the export draws the ball's box: it is seen and some of its box is in the frame. */
    private static boolean boxed(BallTrack ball, int f) {
        return ball.isVisible(f) && ball.x(f) > -HALF_BOX && ball.x(f) < 640 + HALF_BOX && ball.y(f) > -HALF_BOX
                && ball.y(f) < 360 + HALF_BOX;
    }

    /** Every labelled frame comes back, the ball where it was, and "no ball" wherever the export drew no ball box. */
    private void assertSameBall(ImportedLabels back, float tolerance) {
        BallTrack ball = labels().layer().ball();
        assertThat(back.frames()).containsExactly(IntStream.range(0, FRAMES).toArray());
        assertThat(boxed(ball, OUTSIDE)).isFalse();
        int visible = 0;
        for (int i = 0; i < back.pointCount(); i++) {
            int f = back.frameAt(i);
            boolean boxed = boxed(ball, f);
            assertThat(back.visibilityAt(i)).as("frame %d", f).isEqualTo(boxed ? Visibility.VISIBLE : Visibility.NONE);
            if (boxed) {
                assertThat(back.xAt(i)).as("x of frame %d", f).isCloseTo(ball.x(f), within(tolerance));
                assertThat(back.yAt(i)).as("y of frame %d", f).isCloseTo(ball.y(f), within(tolerance));
                visible++;
            } else {
                assertThat(back.xAt(i)).as("x of frame %d", f).isNaN();
            }
        }
        assertThat(visible).as("visible balls").isGreaterThan(FRAMES / 2);
        assertThat(back.xAt(LEFT_EDGE)).isCloseTo(0.75f, within(tolerance));
        assertThat(back.xAt(BOTTOM_RIGHT)).isCloseTo(638.9f, within(tolerance));
        assertThat(back.yAt(BOTTOM_RIGHT)).isCloseTo(359.6f, within(tolerance));
    }

    private ImportContext context() {
        return ImportContext.of(clip.video().facts());
    }

    @Test
    void cocoFolderImportsBackTheSameBallOfTheVideoImportedInto() throws Exception {
        DatasetReport report = export(DatasetFormat.COCO);

        ImportedLabels back = new CocoImporter().read(report.folder(), context());

        assertSameBall(back, COCO_ROUNDING);
        assertThat(back.leftOut()).isEmpty();
    }

    @Test
    void cocoSplitFileIsRecognisedAndImportsBackTheSameBall() throws Exception {
        DatasetReport report = export(DatasetFormat.COCO);
        Path file = report.folder().resolve("annotations/instances_" + report.splits().get("match-1") + ".json");

        ImportedLabels back = Importers.forFile(file).read(file, context());

        assertThat(back.format()).isEqualTo("coco");
        assertSameBall(back, COCO_ROUNDING);
    }

    @Test
    void yoloImportsBackTheSameBallFromDataYamlOrTheDatasetFolder() throws Exception {
        DatasetReport report = export(DatasetFormat.YOLO);

        for (Path given : List.of(report.folder().resolve("data.yaml"), report.folder())) {
            ImportedLabels back = Importers.forFile(given).read(given, context());

            assertThat(back.format()).isEqualTo("yolo");
            assertSameBall(back, YOLO_ROUNDING);
        }
    }

    @Test
    void theImportedLabelsInANewProjectAreTheLabelsThatWereExported() throws Exception {
        DatasetReport report = export(DatasetFormat.COCO);
        ImportedLabels back = new CocoImporter().read(report.folder(), context());

        try (Project copy = Project.open(dir.resolve("copy.courtside"))) {
            long id = new Videos(copy).register(clip.video().facts()).id();
            new LabelEditor(copy, id, "importer").importLabels(back).get();
            BallTrack original = labels().layer().ball();
            DatasetLabels imported = new ProjectLabels(copy).read(id, FRAMES, LabelChoice.REVIEWED);

            assertThat(imported.layer().labelledFrames()).isEqualTo(FRAMES);
            BallTrack ball = imported.layer().ball();
            for (int f = 0; f < FRAMES; f++) {
                assertThat(ball.isVisible(f)).as("frame %d", f).isEqualTo(boxed(original, f));
                if (ball.isVisible(f)) {
                    assertThat(ball.x(f)).isCloseTo(original.x(f), within(COCO_ROUNDING));
                    assertThat(ball.y(f)).isCloseTo(original.y(f), within(COCO_ROUNDING));
                }
            }
        }
    }

    @Test
    void theCourtsPeopleAreCountedAsLeftOutAndItsBallComesBack() throws Exception {
        Clips.Court court = Clips.court();
        BasketballTruth t = court.truth();
        BallTrack ball = new BallTrack(t.frameCount());
        for (int f = 0; f < t.frameCount(); f++) {
            if (t.ballSeen(f)) {
                ball.set(f, t.ballX()[f], t.ballY()[f]);
            }
        }
        DatasetVideo video = new DatasetVideo(court.video(), DatasetLabels.complete(new LayerLabels(ball,
                Clips.all(t.frameCount()), List.of(), List.of()), new LabelOrigin("truth", List.of(), "truth")),
                t.people());
        VideoFacts facts = court.video().facts();

        for (DatasetFormat format : List.of(DatasetFormat.COCO, DatasetFormat.YOLO)) {
            DatasetReport report = new DatasetExporter().export(List.of(video),
                    dir.resolve("court-" + format.wireName()), DatasetOptions.defaults(format).withFrameStep(5),
                    ProgressListener.NONE);
            ImportedLabels back = Importers.forFile(report.folder()).read(report.folder(), ImportContext.of(facts));

            assertThat(back.format()).isEqualTo(format.wireName());
            assertThat(back.pointCount()).isEqualTo(report.total("images"));
            assertThat(back.leftOut()).isEqualTo(report.total("person") + " person boxes");
            float tolerance = format == DatasetFormat.COCO ? COCO_ROUNDING : YOLO_ROUNDING;
            for (int i = 0; i < back.pointCount(); i++) {
                int f = back.frameAt(i);
                assertThat(f % 5).isZero();
                assertThat(back.visibilityAt(i)).as("frame %d", f).isEqualTo(boxed(ball, f) ? Visibility.VISIBLE
                        : Visibility.NONE);
                if (boxed(ball, f)) {
                    assertThat(back.xAt(i)).isCloseTo(t.ballX()[f], within(tolerance));
                    assertThat(back.yAt(i)).isCloseTo(t.ballY()[f], within(tolerance));
                }
            }
        }
    }

    @Test
    void aDatasetOfOtherVideosIsRefusedNamingThem() throws Exception {
        DatasetReport report = export(DatasetFormat.YOLO);
        VideoFacts facts = clip.video().facts();
        ImportContext elsewhere = new ImportContext(FRAMES, facts.fps(), "final", facts.width(), facts.height());

        assertThatThrownBy(() -> new YoloImporter().read(report.folder(), elsewhere))
                .isInstanceOf(ImportFormatException.class)
                .hasMessageContaining("it holds the frames of 3 videos (match-1, match-2, match-3), none of them "
                        + "final");
    }
}
