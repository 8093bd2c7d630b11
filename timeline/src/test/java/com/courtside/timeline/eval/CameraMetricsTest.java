package com.courtside.timeline.eval;

import com.courtside.timeline.BallTrack;
import com.courtside.timeline.camera.CameraPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CameraMetricsTest {

    /** A path of crops 100×50 in a 400×200 frame with these centres along x, all at y = 100. */
    private static CameraPath alongX(double... cx) {
        CameraPath path = new CameraPath(cx.length, 400, 200);
        for (int f = 0; f < cx.length; f++) {
            path.set(f, (float) cx[f], 100, 100, 50);
        }
        return path;
    }

    @Test
    void countsTheVisibleBallsInsideTheCropEdgesIncluded() {
        CameraPath path = alongX(200, 200, 200, 200, 200);
        BallTrack ball = new BallTrack(5);
        ball.set(0, 200, 100);                                        // the centre
        ball.set(1, 250, 125);                                        // the bottom-right corner
        ball.set(2, 251, 100);                                        // 1 px beyond the right edge
        ball.setHidden(3, BallTrack.Visibility.OCCLUDED, 390, 10);    // hidden: not counted
        ball.set(4, 160, 80);

        CameraMetrics m = CameraMetrics.of(ball, path);

        assertThat(m.visibleFrames()).isEqualTo(4);
        assertThat(m.insideFrames()).isEqualTo(3);
        assertThat(m.insideShare()).isEqualTo(0.75);
    }

    @ParameterizedTest
    @CsvSource({
            "'0, 10, 20, 30, 40, 50', 0",              // constant speed
            "'0, 1, 4, 9, 16, 25', 0",                 // constant acceleration
            "'0, 1, 8, 27, 64, 125', 6",               // x = f³: third difference 6 everywhere
            "'0, 0, 0, 10, 10, 10', 13.333333333",     // a step: 10, −20, 10 over three frames
            "'5, 5, 5', 0"})                           // too short to have a third difference
    void jerkIsTheMeanLengthOfTheCentresThirdDifference(String centres, double jerk) {
        double[] cx = Arrays.stream(centres.split(",")).mapToDouble(s -> Double.parseDouble(s.trim())).toArray();

        CameraMetrics m = CameraMetrics.of(new BallTrack(cx.length), alongX(cx));

        assertThat(m.meanJerk()).isCloseTo(jerk, within(1e-6));
    }

    @Test
    void jerkCountsBothAxes() {
        CameraPath path = new CameraPath(4, 400, 200);
        path.set(3, 3, 4, 10, 10);

        assertThat(CameraMetrics.of(new BallTrack(4), path).meanJerk()).isCloseTo(5, within(1e-9));
    }

    @ParameterizedTest
    @CsvSource({"0, 0", "3, 3", "7, 7"})
    void lagIsTheShiftThatBringsTheCentreOntoTheBall(int trail, int lag) {
        int n = 60;
        BallTrack ball = new BallTrack(n);
        double[] cx = new double[n];
        for (int f = 0; f < n; f++) {
            ball.set(f, 100 + 4 * f, 100);
            cx[f] = 100 + 4 * Math.max(0, f - trail);
        }

        assertThat(CameraMetrics.of(ball, alongX(cx)).lagFrames()).isEqualTo(lag);
    }

    @Test
    void withoutAVisibleBallThereIsNoLagAndNoInsideShare() {
        CameraMetrics m = CameraMetrics.of(new BallTrack(5), alongX(200, 200, 200, 200, 200));

        assertThat(m.lagFrames()).isEqualTo(-1);
        assertThat(m.insideShare()).isNaN();
    }

    @Test
    void meanZoomIsTheMeanCropWidthOverTheFrameWidth() {
        CameraPath path = new CameraPath(2, 1920, 1080);
        path.set(0, 960, 540, 960, 540);
        path.set(1, 960, 540, 1920, 1080);

        assertThat(CameraMetrics.of(new BallTrack(2), path).meanWidthShare()).isCloseTo(0.75, within(1e-9));
    }
}
