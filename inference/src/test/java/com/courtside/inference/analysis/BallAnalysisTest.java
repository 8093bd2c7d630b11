package com.courtside.inference.analysis;

import com.courtside.inference.video.OpenedVideo;
import com.courtside.inference.video.VideoProbe;
import com.courtside.timeline.BallTrack;
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
        BallTrack found = result.track().ballTrack();
        int visible = 0;
        int hit = 0;
        double squared = 0;
        int falsePositives = 0;
        int absent = 0;
        for (int f = 0; f < truth.frameCount(); f++) {
            boolean detected = result.track().hasBall(f) && !result.track().isPredicted(f);
            if (truth.ball().isVisible(f)) {
                visible++;
                if (detected) {
                    double d = Math.hypot(found.x(f) - truth.ball().x(f), found.y(f) - truth.ball().y(f));
                    if (d <= 10) {
                        hit++;
                        squared += d * d;
                    }
                }
            } else {
                absent++;
                if (detected) {
                    falsePositives++;
                }
            }
        }
        double detection = hit / (double) visible;
        double rmse = Math.sqrt(squared / Math.max(1, hit));
        System.out.printf("classical analysis of the demo: %.1f %% of %d visible-ball frames within 10 px, RMSE %.2f px, "
                        + "false positives on %.1f %% of %d ball-free frames, %.0f frames/s%n",
                detection * 100, visible, rmse, falsePositives * 100.0 / absent, absent, result.framesPerSecond());
        assertThat(detection).as("detection rate").isGreaterThan(0.5);
        assertThat(rmse).as("RMSE of the hits").isLessThan(4.0);

        Path json = dir.resolve("demo.trajectory.json");
        TrajectoryJson.write(result, json);
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        assertThat(root.get("status").asText()).isEqualTo("success");
        assertThat(root.get("total_frames").asInt()).isEqualTo(1800);
        assertThat(root.get("tracked_frames").asInt()).isEqualTo(root.get("trajectory").size()).isPositive();
        JsonNode first = root.get("trajectory").get(0);
        assertThat(first.has("frame") && first.has("x") && first.has("y") && first.has("confidence")).isTrue();
        assertThat(first.get("bbox").size()).isEqualTo(4);
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
