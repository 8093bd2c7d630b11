package com.courtside.export.dataset;

import com.courtside.export.dataset.DatasetOptions.Shares;
import com.courtside.labeling.store.LayerLabels;
import com.courtside.timeline.task.ProgressListener;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** manifest.json: format, version, options, counts per split and class, and each video's split and label source. */
class ManifestTest {

    @TempDir
    Path dir;

    @Test
    void theManifestSaysWhatWasWrittenFromWhatAndHow() throws Exception {
        List<DatasetVideo> videos = new ArrayList<>(Clips.truthVideos());
        Clips.Clip clip = Clips.matches().get(0);
        videos.set(0, new DatasetVideo(clip.video(), DatasetLabels.complete(new LayerLabels(clip.truth().ball(),
                Clips.all(150), List.of(), List.of()), new LabelOrigin("model", List.of("ball run 4: ball-tt"),
                "the newest complete model run"))));
        DatasetOptions options = DatasetOptions.defaults(DatasetFormat.TRACKNET).withShares(new Shares(1, 1, 1))
                .withSeed(11);

        DatasetReport report = new DatasetExporter().export(videos, dir.resolve("d"), options, ProgressListener.NONE);

        JsonNode m = new ObjectMapper().readTree(report.folder().resolve("manifest.json").toFile());
        assertThat(m.get("format").asText()).isEqualTo("tracknet");
        assertThat(m.get("courtside").asText()).startsWith("Courtside ");
        assertThat(m.get("labels")).extracting(JsonNode::asText).containsExactly("model", "truth");
        assertThat(m.get("options").get("split").asText()).isEqualTo("1.0,1.0,1.0");
        assertThat(m.get("options").get("seed").asLong()).isEqualTo(11);
        long visible = 0;
        for (String split : List.of("train", "val", "test")) {
            JsonNode counts = m.get("counts").get(split);
            assertThat(counts.fieldNames()).toIterable().containsExactly("visible", "occluded", "no_ball");
            assertThat(counts.get("visible").asLong() + counts.get("occluded").asLong()
                    + counts.get("no_ball").asLong()).isEqualTo(150);
            visible += counts.get("visible").asLong();
        }
        assertThat(visible).isEqualTo(report.total("visible"));
        JsonNode first = m.get("videos").get(0);
        assertThat(first.get("name").asText()).isEqualTo("match-1");
        assertThat(first.get("split").asText()).isEqualTo(report.splits().get("match-1"));
        assertThat(first.get("file").asText()).endsWith("match-1.mp4");
        assertThat(first.get("frames").asInt()).isEqualTo(150);
        assertThat(first.get("fps").asText()).isEqualTo("30");
        assertThat(first.get("labels").asText()).isEqualTo("model");
        assertThat(first.get("modelRuns").get(0).asText()).isEqualTo("ball run 4: ball-tt");
        assertThat(first.get("sha256OfFirstMiB").asText()).hasSize(64);
        assertThat(first.get("counts").get("visible").asLong()).isEqualTo(clip.truth().ball().visibleCount());
    }

    @Test
    void theSameSeedSplitsTheVideosTheSameWay() throws Exception {
        DatasetOptions options = DatasetOptions.defaults(DatasetFormat.RALLYCUT).withShares(new Shares(1, 1, 1))
                .withSeed(5);

        DatasetReport a = new DatasetExporter().export(Clips.truthVideos(), dir.resolve("a"), options,
                ProgressListener.NONE);
        List<DatasetVideo> reversed = new ArrayList<>(Clips.truthVideos());
        Collections.reverse(reversed);
        DatasetReport b = new DatasetExporter().export(reversed, dir.resolve("b"), options, ProgressListener.NONE);

        assertThat(b.splits()).containsExactlyInAnyOrderEntriesOf(a.splits());
    }
}
