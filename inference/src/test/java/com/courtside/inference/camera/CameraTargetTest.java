package com.courtside.inference.camera;

import com.courtside.timeline.BallTrack;
import com.courtside.timeline.LabelSet;
import com.courtside.timeline.camera.Aspect;
import com.courtside.timeline.camera.CameraPath;
import com.courtside.timeline.camera.CameraSettings;
import com.courtside.timeline.eval.CameraMetrics;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The target for the shipped settings, on rendered matches' true ball: the ball inside the crop in at least
 * 99 % of the frames that show it, with a mean jerk of at most a fifth of the centring camera's (which uses the same
 * zoom). Each match is measured as rendered (480×270) and scaled to 720p and 1080p, where the pixel thresholds
 * scale with it.
 */
class CameraTargetTest {

    static final double MIN_INSIDE = 0.99;
    static final double MAX_JERK_RATIO = 0.2;

    @ParameterizedTest(name = "seed {0}, {1}x{2}, {3}")
    @CsvSource({"2, 1920, 1080, 16:9", "2, 1280, 720, 16:9", "3, 1920, 1080, 16:9", "3, 1280, 720, 16:9",
            "3, 480, 270, 16:9", "2, 1920, 1080, 9:16", "3, 1280, 720, 1:1"})
    void theDefaultCameraKeepsTheBallInSightAtAFifthOfTheCentringCamerasJerk(long seed, int width, int height,
                                                                               String aspect) {
        LabelSet match = RenderedMatches.truth(seed, 40);
        BallTrack ball = RenderedMatches.scaled(match.ball(), width / (double) RenderedMatches.WIDTH);
        CameraSettings settings = CameraSettings.DEFAULT.withAspect(Aspect.fromWire(aspect));
        double fps = match.fps().toDouble();

        CameraPath ours = CameraPlanner.plan(ball, match.events(), settings, List.of(), fps, width, height);
        CameraMetrics m = CameraMetrics.of(ball, ours);
        CameraMetrics centring = CameraMetrics.of(ball, CentringCamera.plan(ball, settings, width, height));

        double ratio = m.meanJerk() / centring.meanJerk();
        System.out.printf("camera target, seed %d, %dx%d, %s: ball inside %.2f %% of %d frames, jerk %.3f px/frame³ "
                        + "(centring %.3f, ratio %.3f), lag %d frames, mean zoom %.2f of the width%n", seed, width,
                height, aspect, 100 * m.insideShare(), m.visibleFrames(), m.meanJerk(), centring.meanJerk(), ratio,
                m.lagFrames(), m.meanWidthShare());
        assertThat(m.visibleFrames()).isGreaterThan(200);
        assertThat(m.insideShare()).as("ball inside").isGreaterThanOrEqualTo(MIN_INSIDE);
        assertThat(ratio).as("jerk over the centring camera's").isLessThanOrEqualTo(MAX_JERK_RATIO);
    }
}
