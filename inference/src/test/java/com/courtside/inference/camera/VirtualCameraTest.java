package com.courtside.inference.camera;

import com.courtside.timeline.camera.Aspect;
import com.courtside.timeline.camera.CameraSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Arrays;
import java.util.Map;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class VirtualCameraTest {

    /** The camera's centre x, centre y, width and height per frame for a ball given per frame (NaN: missing). */
    static double[][] film(CameraSettings s, double fps, int w, int h, double[] xs, double[] ys) {
        VirtualCamera camera = new VirtualCamera(s, fps, w, h);
        double[][] out = new double[4][xs.length];
        for (int f = 0; f < xs.length; f++) {
            boolean present = !Double.isNaN(xs[f]);
            camera.step(present, xs[f], ys[f]);
            out[0][f] = camera.centreX();
            out[1][f] = camera.centreY();
            out[2][f] = camera.width();
            out[3][f] = camera.height();
        }
        return out;
    }

    static CameraSettings with(CameraSettings s, Object... keyValues) {
        Map<String, Object> map = s.toMap();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1]);
        }
        return CameraSettings.fromMap(map);
    }

    private static double[] constant(int n, double v) {
        double[] a = new double[n];
        Arrays.fill(a, v);
        return a;
    }

    @ParameterizedTest
    @CsvSource({"1920, 1080, 30", "1280, 720, 60", "480, 270, 25"})
    void aStillBallGivesAStillCropOnceSettled(int w, int h, double fps) {
        int n = (int) (40 * fps);
        double[][] crop = film(CameraSettings.DEFAULT, fps, w, h, constant(n, w * 0.62), constant(n, h * 0.64));

        int lastMove = 0;
        for (int f = 1; f < n; f++) {
            for (int k = 0; k < 4; k++) {
                if ((float) crop[k][f] != (float) crop[k][f - 1]) {
                    lastMove = f;
                }
            }
        }
        // The still ball's filter has a 2 s time constant and the zoom a 1 s one: exact rest takes some 20 s.
        assertThat(lastMove / fps).as("seconds until the crop stops").isLessThan(30);
        assertThat(crop[2][n - 1]).as("the still ball's tighter zoom")
                .isCloseTo(Aspect.WIDE.widestCropWidth(w, h) / CameraSettings.DEFAULT.stableZoom(), within(0.01));
        assertThat(Math.abs(crop[0][n - 1] - w * 0.62)).isLessThan(crop[2][n - 1] / 2 * 0.2 + 1);
    }

    @ParameterizedTest
    @CsvSource({"1920, 1080, 30, 400", "1920, 1080, 30, -300", "1280, 720, 60, 400", "960, 540, 30, 200"})
    void aStepOfTheBallIsFollowedWithinTheLimitAndWithoutOvershoot(int w, int h, double fps, double jumpRef) {
        double scale = w / 1920.0;
        double limitRef = 20;
        CameraSettings s = with(CameraSettings.DEFAULT, "normalZoom", 2.0, "stableZoom", 2.0, "chaosZoom", 2.0,
                "maxStepPx", limitRef, "stableStepPx", limitRef);
        int n = (int) (12 * fps);
        int jumpAt = n / 3;
        double from = w / 2.0;
        double to = from + jumpRef * scale;
        double[] xs = new double[n];
        for (int f = 0; f < n; f++) {
            xs[f] = f < jumpAt ? from : to;
        }
        double[][] crop = film(s, fps, w, h, xs, constant(n, h / 2.0));

        assertThat(crop[0][jumpAt - 1]).as("settled on the ball before the jump").isCloseTo(from, within(1e-6));
        double limit = limitRef * scale * 30 / fps;
        for (int f = jumpAt; f < n; f++) {
            assertThat(Math.abs(crop[0][f] - crop[0][f - 1])).as("move at frame %d", f)
                    .isLessThanOrEqualTo(limit + 1e-9);
            assertThat((crop[0][f] - to) * Math.signum(jumpRef)).as("past the ball at frame %d", f)
                    .isLessThan(0.5 * scale);
        }
        double zone = s.deadZone() * crop[2][n - 1] / 2;
        assertThat(Math.abs(to - crop[0][n - 1])).as("settled within the dead zone").isLessThanOrEqualTo(zone + 1);
    }

    @ParameterizedTest
    @EnumSource(Aspect.class)
    void theCropNeverLeavesTheFrameAndKeepsItsShapeAndZoomRange(Aspect aspect) {
        SplittableRandom random = new SplittableRandom(aspect.ordinal() + 17);
        int[][] sizes = {{1920, 1080}, {1280, 720}, {1080, 1920}, {640, 480}};
        for (int trial = 0; trial < 24; trial++) {
            int[] size = sizes[trial % sizes.length];
            double minZoom = 1 + random.nextDouble();
            double maxZoom = minZoom + random.nextDouble() * 3;
            CameraSettings s = with(CameraSettings.DEFAULT.withAspect(aspect), "minZoom", minZoom, "maxZoom", maxZoom,
                    "normalZoom", zoomIn(random, minZoom, maxZoom), "stableZoom", zoomIn(random, minZoom, maxZoom),
                    "chaosZoom", zoomIn(random, minZoom, maxZoom), "missingZoom", zoomIn(random, minZoom, maxZoom),
                    "deadZone", random.nextDouble() * 0.9, "paddingPx", random.nextDouble() * 400);
            double[][] ball = randomTrack(random, 900, size[0], size[1]);
            double fps = trial % 3 == 0 ? 60 : 30;
            double[][] crop = film(s, fps, size[0], size[1], ball[0], ball[1]);

            double widest = aspect.widestCropWidth(size[0], size[1]);
            for (int f = 0; f < ball[0].length; f++) {
                double cw = crop[2][f];
                double ch = crop[3][f];
                String at = "trial " + trial + ", frame " + f;
                assertThat(crop[0][f] - cw / 2).as(at).isGreaterThanOrEqualTo(-1e-6);
                assertThat(crop[0][f] + cw / 2).as(at).isLessThanOrEqualTo(size[0] + 1e-6);
                assertThat(crop[1][f] - ch / 2).as(at).isGreaterThanOrEqualTo(-1e-6);
                assertThat(crop[1][f] + ch / 2).as(at).isLessThanOrEqualTo(size[1] + 1e-6);
                assertThat(cw / ch).as(at).isCloseTo(aspect.ratio(), within(1e-6));
                assertThat(cw).as(at).isBetween(widest / maxZoom - 1e-6, widest / minZoom + 1e-6);
            }
        }
    }

    private static double zoomIn(SplittableRandom random, double min, double max) {
        return min + random.nextDouble() * (max - min);
    }

    /** A ball that wanders, jumps, vanishes and goes past the frame's edges. */
    private static double[][] randomTrack(SplittableRandom random, int n, int w, int h) {
        double[] xs = new double[n];
        double[] ys = new double[n];
        double x = w / 2.0;
        double y = h / 2.0;
        double vx = 0;
        double vy = 0;
        for (int f = 0; f < n; f++) {
            double r = random.nextDouble();
            if (r < 0.01) {
                x = random.nextDouble(-0.1, 1.1) * w;
                y = random.nextDouble(-0.1, 1.1) * h;
            } else {
                vx = 0.9 * vx + random.nextGaussian() * w * 0.004;
                vy = 0.9 * vy + random.nextGaussian() * h * 0.004;
                x += vx;
                y += vy;
            }
            boolean gone = (f / 60) % 5 == 4 || r > 0.97;
            xs[f] = gone ? Double.NaN : x;
            ys[f] = gone ? Double.NaN : y;
        }
        return new double[][] {xs, ys};
    }

    @Test
    void aMissingBallIsHeldForASecondThenTheShotWidens() {
        double fps = 30;
        int n = 450;
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int f = 0; f < n; f++) {
            boolean seen = f < 150;
            xs[f] = seen ? 1100 + 150 * Math.sin(f / 10.0) : Double.NaN;
            ys[f] = seen ? 600 : Double.NaN;
        }
        double[][] crop = film(CameraSettings.DEFAULT, fps, 1920, 1080, xs, ys);

        double widthWhenLost = crop[2][149];
        for (int f = 150; f < 150 + 30; f++) {
            assertThat(crop[2][f]).as("held at frame %d", f).isLessThanOrEqualTo(widthWhenLost + 1e-9);
        }
        assertThat(crop[2][n - 1]).as("the wide shot").isCloseTo(1920, within(1.0));
        assertThat(crop[2][200]).isBetween(widthWhenLost, 1920.0);
    }

    @Test
    void aBallLongMissingLeavesANarrowWideShotInTheMiddleOfTheFrame() {
        int n = 450;
        double[] xs = new double[n];
        for (int f = 0; f < n; f++) {
            xs[f] = f < 90 ? 300 : Double.NaN;
        }
        double[][] crop = film(CameraSettings.DEFAULT.withAspect(Aspect.PORTRAIT), 30, 1920, 1080, xs,
                constant(n, 600));

        assertThat(crop[0][89]).as("on the ball").isLessThan(500);
        assertThat(crop[0][119]).as("held for a second").isLessThan(500);
        assertThat(crop[0][n - 1]).as("then in the middle").isCloseTo(960, within(1.0));
        assertThat(crop[2][n - 1]).isCloseTo(Aspect.PORTRAIT.widestCropWidth(1920, 1080), within(0.5));
    }

    @Test
    void aJumpOfTheBallZoomsOutForAWhile() {
        CameraSettings s = with(CameraSettings.DEFAULT, "paddingPx", 0);
        int n = 300;
        double[] calm = new double[n];
        double[] jump = new double[n];
        for (int f = 0; f < n; f++) {
            calm[f] = f < 60 ? 900 : 1000 + (f - 60);
            jump[f] = f < 60 ? 900 : 1030 + (f - 60);
        }
        double[][] a = film(s, 30, 1920, 1080, calm, constant(n, 540));
        double[][] b = film(s, 30, 1920, 1080, jump, constant(n, 540));

        double normal = 1920 / s.normalZoom();
        double chaos = 1920 / s.chaosZoom();
        assertThat(a[2][75]).as("a 100 px move is play").isLessThan(normal + 50);
        assertThat(b[2][72]).as("a 130 px jump is chaos").isGreaterThan(normal + 100);
        assertThat(b[2][72]).isLessThanOrEqualTo(chaos);
        assertThat(b[2][n - 1]).as("and it passes").isCloseTo(a[2][n - 1], within(5.0));
    }

    @Test
    void steppingResumesExactlyFromASavedState() {
        SplittableRandom random = new SplittableRandom(3);
        double[][] ball = randomTrack(random, 400, 1920, 1080);
        VirtualCamera whole = new VirtualCamera(CameraSettings.DEFAULT, 30, 1920, 1080);
        CameraState saved = null;
        double[] later = new double[400];
        for (int f = 0; f < 400; f++) {
            if (f == 150) {
                saved = whole.state();
            }
            whole.step(!Double.isNaN(ball[0][f]), ball[0][f], ball[1][f]);
            later[f] = whole.centreX() + 7 * whole.centreY() + 13 * whole.width();
        }
        VirtualCamera resumed = new VirtualCamera(CameraSettings.DEFAULT, 30, 1920, 1080);
        resumed.restore(saved);
        assertThat(resumed.frame()).isEqualTo(150);
        for (int f = 150; f < 400; f++) {
            resumed.step(!Double.isNaN(ball[0][f]), ball[0][f], ball[1][f]);
            assertThat(resumed.centreX() + 7 * resumed.centreY() + 13 * resumed.width()).isEqualTo(later[f]);
        }
    }
}
