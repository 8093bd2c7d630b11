package com.courtside.export.dataset;

import com.courtside.export.dataset.DatasetOptions.Shares;
import com.courtside.labeling.imports.ImportContext;
import com.courtside.labeling.imports.ImportedLabels;
import com.courtside.labeling.imports.RallyCutImporter;
import com.courtside.labeling.store.LayerLabels;
import com.courtside.timeline.BallTrack;
import com.courtside.timeline.Rally;
import com.courtside.timeline.task.ProgressListener;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** RallyCut's segment JSON: its keys and types, and the importer reading back the same rallies. */
class RallyCutExportTest {

    private static final DatasetOptions OPTIONS = DatasetOptions.defaults(DatasetFormat.RALLYCUT)
            .withShares(new Shares(1, 1, 1));

    @TempDir
    Path dir;

    /** Several rallies, the last one ending on the video's last frame. */
    private static DatasetVideo rallies(List<Rally> rallies) throws Exception {
        Clips.Clip clip = Clips.matches().get(1);
        int n = clip.truth().frameCount();
        return new DatasetVideo(clip.video(), DatasetLabels.complete(new LayerLabels(new BallTrack(n), new boolean[n],
                List.of(), rallies), new LabelOrigin("effective", List.of("ball run 1: m"), "test")));
    }

    private static final List<Rally> RALLIES = List.of(new Rally(0, 0), new Rally(3, 40), new Rally(77, 101),
            new Rally(120, 149));

    @Test
    void theFileHasRallyCutsKeysAndTypes() throws Exception {
        DatasetReport report = new DatasetExporter().export(List.of(rallies(RALLIES)), dir.resolve("rc"), OPTIONS,
                ProgressListener.NONE);

        JsonNode root = new ObjectMapper().readTree(report.folder().resolve("train").resolve("match-2.json").toFile());
        assertThat(root.get("version").asText()).isEqualTo("1.0");
        JsonNode video = root.get("video");
        assertThat(video.get("fps").asDouble()).isEqualTo(30.0);
        assertThat(video.get("frame_count").asInt()).isEqualTo(150);
        assertThat(video.get("duration").asDouble()).isEqualTo(5.0);
        assertThat(video.get("width").asInt()).isEqualTo(640);
        JsonNode second = root.get("rallies").get(1);
        assertThat(second.get("id").asText()).isEqualTo("rally_2");
        assertThat(second.get("start_frame").asInt()).isEqualTo(3);
        assertThat(second.get("end_frame").asInt()).isEqualTo(40);
        assertThat(second.get("start_time").asDouble()).isCloseTo(0.1, within(1e-6));
        assertThat(second.get("end_time").asDouble()).isCloseTo(40 / 30.0, within(1e-6));
        assertThat(second.get("duration").isNumber()).isTrue();
        assertThat(second.get("type").asText()).isEqualTo("rally");
        assertThat(root.get("stats").get("rally_count").asInt()).isEqualTo(4);
        assertThat(report.total("rallies")).isEqualTo(4);
    }

    @Test
    void importingTheExportGivesBackTheSameRallies() throws Exception {
        DatasetVideo video = rallies(RALLIES);
        DatasetReport report = new DatasetExporter().export(List.of(video), dir.resolve("rc"), OPTIONS,
                ProgressListener.NONE);

        ImportedLabels back = new RallyCutImporter().read(report.folder().resolve("train").resolve("match-2.json"),
                new ImportContext(150, video.video().facts().fps()));
        assertThat(back.rallies()).containsExactlyElementsOf(RALLIES);
    }

    @Test
    void aVideoWhoseRallyStateNobodyKnowsIsLeftOut() throws Exception {
        DatasetVideo known = rallies(RALLIES);
        DatasetVideo unknown = new DatasetVideo(known.video(), new DatasetLabels(known.labels().layer(),
                new boolean[150], known.labels().origin()));

        DatasetReport report = new DatasetExporter().export(List.of(unknown), dir.resolve("rc"), OPTIONS,
                ProgressListener.NONE);

        assertThat(report.folder().resolve("train").resolve("match-2.json")).doesNotExist();
        assertThat(report.total("videos")).isZero();
        assertThat(report.folder().resolve("manifest.json")).isRegularFile();
    }
}
