package com.courtside.inference.analysis;

import com.courtside.inference.video.OpenedVideo;
import com.courtside.inference.video.VideoProbe;
import com.courtside.timeline.eval.BallMetrics;
import com.courtside.timeline.LabelSet;
import com.courtside.timeline.io.TruthJson;
import com.courtside.timeline.task.CancelledException;
import com.courtside.timeline.task.ProgressListener;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The classical analysis on the bundled demo match, measured against the renderer's ground truth. */
class BallAnalysisTest {

    static Path demo;
    static OpenedVideo video;

    @BeforeAll
    static void findDemo() throws Exception {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("resources/demo/demo-match.mp4");
            if (Files.isRegularFile(candidate)) {
                demo = candidate;
                break;
            }
        }
        Assumptions.assumeTrue(demo != null, "the demo match is not in this checkout");
        video = new VideoProbe(null, 2).open(demo, ProgressListener.NONE);
    }

    @Test
    void tracksTheDemoBallCloseToTheTruth(@TempDir Path dir) throws Exception {
        AnalysisResult result = BallAnalysis.run(video, 2, ProgressListener.NONE);
        LabelSet truth = TruthJson.readLabels(demo.resolveSibling("demo-match.truth.json"));
        BallMetrics m = BallMetrics.compare(truth.ball(), result.track().ballTrack(), 10);
        System.out.printf("classical analysis of the demo: %.1f %% of %d visible-ball frames within 10 px, RMSE %.2f px, "
                        + "false positives on %.1f %% of %d ball-free frames, %.0f frames/s%n",
                m.detectionRate() * 100, m.truthVisible(), m.rmse(), m.falsePositiveRate() * 100, m.truthAbsent(),
                result.framesPerSecond());
        assertThat(m.detectionRate()).as("detection rate").isGreaterThan(0.5);
        assertThat(m.rmse()).as("RMSE of the hits").isLessThan(4.0);

        Path json = dir.resolve("demo.trajectory.json");
        TrajectoryJson.write(result, json);
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        assertThat(root.get("status").asText()).isEqualTo("success");
        assertThat(root.get("total_frames").asInt()).isEqualTo(1800);
        assertThat(root.get("tracked_frames").asInt()).isEqualTo(root.get("trajectory").size()).isPositive();
        JsonNode first = root.get("trajectory").get(0);
        assertThat(first.has("frame") && first.has("x") && first.has("y") && first.has("confidence")).isTrue();
        assertThat(first.get("bbox").size()).isEqualTo(4);
        assertThat(root.get("events").size()).isEqualTo(result.events().size()).isPositive();
        assertThat(root.get("events").get(0).get("kind").asText()).isEqualTo("bounce");
        assertThat(root.get("video_info").get("width").asInt()).isEqualTo(1280);
    }

    @Test
    void cancelStopsTheRun() {
        ProgressListener cancelAfterStart = new ProgressListener() {
            @Override
            public void progress(long done, long total, String message) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        assertThatThrownBy(() -> BallAnalysis.run(video, 1, cancelAfterStart)).isInstanceOf(CancelledException.class);
    }
}
