package com.courtside.export.dataset;

import com.courtside.export.dataset.DatasetOptions.Shares;
import com.courtside.labeling.imports.ImportContext;
import com.courtside.labeling.imports.ImportedLabels;
import com.courtside.labeling.imports.TrackNetCsvImporter;
import com.courtside.labeling.store.LayerLabels;
import com.courtside.timeline.BallTrack;
import com.courtside.timeline.BallTrack.Visibility;
import com.courtside.timeline.task.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** TrackNet's Frame,Visibility,X,Y CSV in its per-match folders, checked against what the importer reads back. */
class TrackNetExportTest {

    private static final DatasetOptions OPTIONS = DatasetOptions.defaults(DatasetFormat.TRACKNET)
            .withShares(new Shares(1, 1, 1)).withSeed(3);

    @TempDir
    Path dir;

    private static Path csv(DatasetReport report, String video) {
        return report.folder().resolve(report.splits().get(video)).resolve(video).resolve("csv")
                .resolve(video + "_ball.csv");
    }

    /** The first clip's truth with an occluded ball (with and without a place) and a ball out of the frame. */
    private static DatasetVideo mixedVisibility(int from, int to) throws Exception {
        Clips.Clip clip = Clips.matches().get(0);
        BallTrack truth = clip.truth().ball();
        BallTrack ball = new BallTrack(truth.frameCount());
        boolean[] labelled = new boolean[truth.frameCount()];
        for (int f = from; f < to; f++) {
            labelled[f] = true;
            if (truth.isVisible(f)) {
                ball.set(f, truth.x(f), truth.y(f));
            }
        }
        ball.setHidden(from, Visibility.OCCLUDED, 100.25f, 200.75f);
        ball.setHidden(from + 1, Visibility.OCCLUDED, Float.NaN, Float.NaN);
        ball.setHidden(from + 2, Visibility.OUT_OF_FRAME, Float.NaN, Float.NaN);
        return new DatasetVideo(clip.video(), DatasetLabels.complete(new LayerLabels(ball, labelled, List.of(),
                List.of()), new LabelOrigin("effective", List.of(), "test")));
    }

    @Test
    void eachVideoHasItsCsvInTheFolderOfItsSplit() throws Exception {
        DatasetReport report = new DatasetExporter().export(Clips.truthVideos(), dir.resolve("tracknet"), OPTIONS,
                ProgressListener.NONE);

        assertThat(report.splits().values()).containsExactlyInAnyOrder("train", "val", "test");
        for (Map.Entry<String, String> e : report.splits().entrySet()) {
            Path csv = csv(report, e.getKey());
            List<String> lines = Files.readAllLines(csv);
            assertThat(lines.get(0)).isEqualTo("Frame,Visibility,X,Y");
            assertThat(lines).hasSize(151);
            for (int i = 1; i < lines.size(); i++) {
                String[] cells = lines.get(i).split(",", -1);
                assertThat(cells).hasSize(4);
                assertThat(Integer.parseInt(cells[0])).isEqualTo(i - 1);
                assertThat(cells[1]).isIn("0", "1", "3");
            }
        }
    }

    @Test
    void onlyLabelledFramesAreRowsAndHiddenBallsKeepWhatIsKnown() throws Exception {
        DatasetReport report = new DatasetExporter().export(List.of(mixedVisibility(40, 50)), dir.resolve("t"),
                OPTIONS, ProgressListener.NONE);

        List<String> lines = Files.readAllLines(csv(report, "match-1"));
        assertThat(lines).hasSize(11);
        assertThat(lines.subList(1, 4)).containsExactly("40,3,100.25,200.75", "41,3,,", "42,0,0,0");
        assertThat(report.total("occluded")).isEqualTo(2);
    }

    @Test
    void importingTheExportGivesBackTheSameLabels() throws Exception {
        DatasetVideo video = mixedVisibility(20, 120);
        DatasetReport report = new DatasetExporter().export(List.of(video), dir.resolve("t"), OPTIONS,
                ProgressListener.NONE);

        ImportedLabels back = new TrackNetCsvImporter().read(csv(report, "match-1"),
                new ImportContext(video.labels().frameCount(), video.video().facts().fps()));
        BallTrack ball = video.labels().layer().ball();
        assertThat(back.pointCount()).isEqualTo(100);
        for (int i = 0; i < back.pointCount(); i++) {
            int f = back.frameAt(i);
            assertThat(f).isEqualTo(20 + i);
            Visibility expected = ball.visibility(f) == Visibility.OUT_OF_FRAME ? Visibility.NONE : ball.visibility(f);
            assertThat(back.visibilityAt(i)).as("frame %d", f).isEqualTo(expected);
            if (expected != Visibility.NONE && !Float.isNaN(ball.x(f))) {
                assertThat(back.xAt(i)).isCloseTo(ball.x(f), within(0.005f));
                assertThat(back.yAt(i)).isCloseTo(ball.y(f), within(0.005f));
            } else {
                assertThat(back.xAt(i)).isNaN();
            }
        }
    }
}
