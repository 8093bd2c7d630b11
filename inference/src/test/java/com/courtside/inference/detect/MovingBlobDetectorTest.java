package com.courtside.inference.detect;

import com.courtside.inference.video.FrameImage;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class MovingBlobDetectorTest {

    private static final int W = 640;
    private static final int H = 360;
    private static final int WHITE = 0xf5f5f0;
    private static final int ORANGE = 0xf08a2a;

    private final Canvas background = Canvas.textured(W, H, 7);

    private static double ballX(int f) {
        return 100.5 + 7.3 * f;
    }

    private static double ballY(int f) {
        return 80.25 + 3.1 * f + 0.2 * f * f;
    }

    /** Runs the detector over frames 0..count-1 painted by {@code scene}; one answer per middle frame. */
    private static List<FrameCandidates> run(MovingBlobDetector detector, int count,
                                             java.util.function.IntFunction<Canvas> scene) {
        List<FrameCandidates> out = new ArrayList<>();
        for (int f = 0; f < count; f++) {
            detector.push(scene.apply(f).toFrame()).ifPresent(out::add);
        }
        return out;
    }

    @Test
    void smallBallMovingOverTexturedBackgroundIsFoundEveryFrame() {
        MovingBlobDetector detector = MovingBlobDetector.forAnalysis(W, H, W, H);

        List<FrameCandidates> answers = run(detector, 30,
                f -> background.copy().disc(ballX(f), ballY(f), 2.5, WHITE));

        assertThat(answers).hasSize(28);
        for (FrameCandidates answer : answers) {
            BallCandidate best = answer.best().orElseThrow(() -> new AssertionError("nothing in " + answer.frame()));
            assertThat(best.distanceTo(ballX(answer.frame()), ballY(answer.frame())))
                    .as("frame %d", answer.frame()).isLessThan(1.0);
        }
    }

    @Test
    void answersForTheMiddleFrameOfThree() {
        MovingBlobDetector detector = MovingBlobDetector.forAnalysis(W, H, W, H);

        assertThat(detector.push(background.toFrame())).isEmpty();
        assertThat(detector.push(background.toFrame())).isEmpty();
        Optional<FrameCandidates> third = detector.push(background.toFrame());

        assertThat(third).map(FrameCandidates::frame).contains(1);
    }

    @Test
    void staticBrightObjectIsNotReported() {
        MovingBlobDetector detector = MovingBlobDetector.forAnalysis(W, H, W, H);
        Canvas withTowel = background.copy().rect(300, 200, 12, 6, WHITE).disc(320, 120, 3, WHITE);

        List<FrameCandidates> answers = run(detector, 10, f -> withTowel.copy());

        assertThat(answers).allSatisfy(a -> assertThat(a.candidates()).isEmpty());
    }

    @Test
    void playerSizedMovingObjectIsRejectedByArea() {
        java.util.function.IntFunction<Canvas> player =
                f -> background.copy().rect(60 + 30 * f, 150, 24, 60, 0xd0d0d0);
        DetectorSettings defaults = DetectorSettings.forVideo(W, H);
        DetectorSettings noAreaLimit = new DetectorSettings(defaults.diffThreshold(), true, defaults.minArea(),
                W * H, defaults.maxAspect(), defaults.minFill(), defaults.minLuma(), defaults.minScore(), 5);

        List<FrameCandidates> filtered = run(new MovingBlobDetector(defaults, W, H), 8, player);
        List<FrameCandidates> unfiltered = run(new MovingBlobDetector(noAreaLimit, W, H), 8, player);

        assertThat(filtered).allSatisfy(a -> assertThat(a.candidates()).isEmpty());
        assertThat(unfiltered).allSatisfy(a -> assertThat(a.best()).isPresent());
    }

    @Test
    void twoMovingBallsGiveTwoCandidatesBrightestFirst() {
        MovingBlobDetector detector = MovingBlobDetector.forAnalysis(W, H, W, H);

        List<FrameCandidates> answers = run(detector, 6, f -> background.copy()
                .disc(ballX(f), ballY(f), 2.5, WHITE)
                .disc(500 - 6.0 * f, 250 + 2.0 * f, 2.5, ORANGE));

        for (FrameCandidates answer : answers) {
            int f = answer.frame();
            assertThat(answer.candidates()).hasSize(2);
            assertThat(answer.candidates().get(0).distanceTo(ballX(f), ballY(f))).isLessThan(1.0);
            assertThat(answer.candidates().get(1).distanceTo(500 - 6.0 * f, 250 + 2.0 * f)).isLessThan(1.0);
            assertThat(answer.candidates().get(0).score()).isGreaterThan(answer.candidates().get(1).score());
        }
    }

    @Test
    void cameraNoiseAloneCreatesNoCandidates() {
        MovingBlobDetector detector = MovingBlobDetector.forAnalysis(W, H, W, H);
        Random random = new Random(11);

        List<FrameCandidates> answers = run(detector, 20, f -> background.copy().noise(random, 8));

        assertThat(answers).hasSize(18).allSatisfy(a -> assertThat(a.candidates()).isEmpty());
    }

    @Test
    void ballIsStillFoundUnderCameraNoise() {
        MovingBlobDetector detector = MovingBlobDetector.forAnalysis(W, H, W, H);
        Random random = new Random(12);

        List<FrameCandidates> answers = run(detector, 20,
                f -> background.copy().disc(ballX(f), ballY(f), 2.5, WHITE).noise(random, 8));

        assertThat(answers).allSatisfy(a -> assertThat(a.best()).hasValueSatisfying(
                best -> assertThat(best.distanceTo(ballX(a.frame()), ballY(a.frame()))).isLessThan(1.5)));
    }

    @Test
    void coordinatesAreInSourcePixelsWhenTheAnalysisFrameIsDownscaled() {
        Canvas sourceBackground = Canvas.textured(2 * W, 2 * H, 3);
        MovingBlobDetector detector = MovingBlobDetector.forAnalysis(W, H, 2 * W, 2 * H);

        List<FrameCandidates> answers = run(detector, 12, f -> sourceBackground.copy()
                .disc(2 * ballX(f) + 1.3, 2 * ballY(f) + 0.7, 4, WHITE).halved());

        assertThat(answers).hasSize(10).allSatisfy(a -> {
            BallCandidate best = a.best().orElseThrow();
            assertThat((double) best.x()).isCloseTo(2 * ballX(a.frame()) + 1.3, within(2.0));
            assertThat((double) best.y()).isCloseTo(2 * ballY(a.frame()) + 0.7, within(2.0));
        });
    }

    @Test
    void aSkippedFrameRestartsTheWindow() {
        MovingBlobDetector detector = MovingBlobDetector.forAnalysis(W, H, W, H);
        FrameImage frame = background.toFrame();
        detector.push(frame);
        detector.push(frame);

        FrameCandidates answer = detector.push(frame).orElseThrow();
        detector.reset();

        assertThat(answer.frame()).isEqualTo(1);
        assertThat(detector.push(frame)).isEmpty();
        assertThat(detector.push(frame)).isEmpty();
        assertThat(detector.push(frame)).map(FrameCandidates::frame).contains(4);
    }

    @Test
    void oneFrameAt640x360TakesWellUnderTenMilliseconds() {
        MovingBlobDetector detector = MovingBlobDetector.forAnalysis(W, H, 1280, 720);
        Random random = new Random(5);
        FrameImage[] frames = new FrameImage[8];
        for (int i = 0; i < frames.length; i++) {
            frames[i] = background.copy().disc(ballX(i), ballY(i), 2.5, WHITE).noise(random, 12).toFrame();
        }
        for (int i = 0; i < 200; i++) {
            detector.push(frames[i % frames.length]);
        }
        int n = 400;
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            detector.push(frames[i % frames.length]);
        }
        double ms = (System.nanoTime() - start) / 1e6 / n;
        System.out.printf("MovingBlobDetector: %.3f ms per 640x360 frame%n", ms);

        assertThat(ms).isLessThan(10.0);
    }
}
