package com.courtside.e2e.analysis;

import com.courtside.inference.analysis.AnalysisResult;
import com.courtside.inference.analysis.Analyzers;
import com.courtside.inference.analysis.BallAnalyzer;
import com.courtside.inference.onnx.Device;
import com.courtside.inference.synth.DemoMatchRenderer;
import com.courtside.inference.synth.Difficulty;
import com.courtside.inference.synth.RenderOptions;
import com.courtside.inference.video.OpenedVideo;
import com.courtside.inference.video.VideoProbe;
import com.courtside.resources.BundledModels;
import com.courtside.timeline.EventKind;
import com.courtside.timeline.LabelSet;
import com.courtside.timeline.eval.BallMetrics;
import com.courtside.timeline.eval.EventMetrics;
import com.courtside.timeline.io.TruthJson;
import com.courtside.timeline.task.ProgressListener;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped ball model on a rendered 1080p match whose seed was never trained on, through the real pipeline
 * (FFmpeg decoding, ONNX Runtime on the CPU, the Kalman tracker, the event head), measured against the renderer's
 * ground truth, with floors the shipped model must keep.
 */
class ShippedBallModelTest {

    /** Not among the training seeds (101–110) nor the held-out seeds of the manifest (901, 902). */
    static final long SEED = 951;
    static Path video;

    @BeforeAll
    static void renderHeldOutClip() throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "e2e-clips")).toAbsolutePath();
        video = dir.resolve("heldout-1080p-60s-" + SEED + ".mp4");
        if (!Files.isRegularFile(video) || !Files.isRegularFile(truth())) {
            RenderOptions options = new RenderOptions(1920, 1080, 30, 60, SEED, Difficulty.NORMAL, 0, 0, false);
            new DemoMatchRenderer().render(options, video, ProgressListener.NONE);
        }
    }

    static Path truth() {
        return video.resolveSibling(video.getFileName().toString().replace(".mp4", ".truth.json"));
    }

    @Test
    void theBuildShipsTheBallModel() {
        assertThat(BundledModels.names()).contains(BundledModels.DEFAULT_BALL);
    }

    @Test
    void shippedModelKeepsItsAccuracyOnAHeldOutMatch(@org.junit.jupiter.api.io.TempDir Path cache) throws Exception {
        Path onnx = BundledModels.resolve(BundledModels.DEFAULT_BALL, cache).orElseThrow();
        LabelSet truth = TruthJson.readLabels(truth());
        OpenedVideo opened = new VideoProbe(null, 2).open(video, ProgressListener.NONE);
        AnalysisResult result;
        try (BallAnalyzer analyzer = Analyzers.forModel(onnx, Device.CPU, 0)) {
            result = analyzer.run(opened, 2, ProgressListener.NONE);
        }
        BallMetrics ball = BallMetrics.compare(truth.ball(), result.track().ballTrack(), 10);
        int tolerance = EventMetrics.toleranceFor(30);
        EventMetrics bounces = EventMetrics.compare(truth.events(), result.events(), EventKind.BOUNCE, tolerance);
        System.out.printf("shipped model on held-out 1080p seed %d: detection %.1f %% of %d, RMSE %.2f px, "
                        + "false positives %.1f %% of %d, bounce PCE %.1f %% (%d of %d), precision %.1f %%, %.0f frames/s%n",
                SEED, 100 * ball.detectionRate(), ball.truthVisible(), ball.rmse(), 100 * ball.falsePositiveRate(),
                ball.truthAbsent(), 100 * bounces.recall(), bounces.matched(), bounces.truth(),
                100 * bounces.precision(), result.framesPerSecond());
        assertThat(result.method()).as("the track-event model its manifest names is unpacked beside it and used")
                .contains("events read off the track by ball-events-tt");
        assertThat(ball.truthVisible()).as("visible-ball frames in the clip").isGreaterThan(100);
        assertThat(ball.detectionRate()).as("detection rate").isGreaterThanOrEqualTo(TARGET_DETECTION);
        assertThat(ball.rmse()).as("RMSE (px)").isLessThanOrEqualTo(TARGET_RMSE);
        assertThat(ball.falsePositiveRate()).as("false-positive rate").isLessThanOrEqualTo(TARGET_FALSE_POSITIVES);
        assertThat(bounces.recall()).as("bounce PCE").isGreaterThanOrEqualTo(TARGET_PCE);
    }

    // Floors the shipped model must keep (it measured 95.5-96.8 % detection, 1.9-2.1 px, 0.6-1.4 % false positives
    // and, with its track-event model, 97.4-100 % bounce PCE on the held-out matches of its manifest, and 92.9 %,
    // 2.4 px, 0.9 %, 96.9 % on this clip). The targets are 95 %, 4 px, 2 % and 95 %; the floors leave room
    // for one clip's spread.
    static final double TARGET_DETECTION = 0.88;
    static final double TARGET_RMSE = 4.0;
    static final double TARGET_FALSE_POSITIVES = 0.03;
    static final double TARGET_PCE = 0.90;
}
