package com.courtside.timeline.players;

import com.courtside.timeline.BallTrack;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Shots in hand-made 720p30 ball tracks: arcs, dribbles and passes. */
class ShotFinderTest {

    private static final int W = 1280;
    private static final int H = 720;
    private static final double FPS = 30;
    /** Gravity in px/frame² for a court about 15 m across 1280 px: 9.8 m/s² ≈ 0.93 px/frame². */
    private static final double G = 0.93;

    /** A free flight from (x0, y0) with velocity (vx, vy) px/frame from frame f0 for n frames. */
    private static void arc(BallTrack ball, int f0, int n, double x0, double y0, double vx, double vy) {
        for (int i = 0; i < n; i++) {
            ball.set(f0 + i, (float) (x0 + vx * i), (float) (y0 + vy * i + G * i * i / 2));
        }
    }

    /** The ball carried in a hand: it rises slowly from the waist to the release point. */
    private static void gather(BallTrack ball, int f0, int n, double x, double fromY, double toY) {
        for (int i = 0; i < n; i++) {
            ball.set(f0 + i, (float) x, (float) (fromY + (toY - fromY) * i / n));
        }
    }

    @Test
    void aHighArcIsAShotReleasedAtItsFirstFrame() {
        BallTrack ball = new BallTrack(120);
        gather(ball, 20, 10, 400, 520, 470);
        arc(ball, 30, 40, 400, 470, 9, -16);
        List<Shot> shots = ShotFinder.find(ball, FPS, W, H);
        assertThat(shots).hasSize(1);
        assertThat(shots.get(0).releaseFrame()).isEqualTo(30);
        assertThat(shots.get(0).originX()).isEqualTo(400f);
        assertThat(shots.get(0).shooter()).isNull();
    }

    @Test
    void dribblesAndAFlatPassAreNoShots() {
        BallTrack ball = new BallTrack(200);
        for (int d = 0; d < 5; d++) {
            // Floor to waist and back: 60 px up at 720p.
            int f0 = 10 + d * 16;
            for (int i = 0; i < 16; i++) {
                double t = i / 15.0;
                ball.set(f0 + i, 300 + d * 4, (float) (560 - 60 * Math.sin(Math.PI * t)));
            }
        }
        arc(ball, 120, 30, 300, 450, 20, -4);
        assertThat(ShotFinder.find(ball, FPS, W, H)).isEmpty();
    }

    @Test
    void aRimKeepsOnlyTheArcsThatComeDownNearIt() {
        BallTrack ball = new BallTrack(200);
        arc(ball, 10, 40, 300, 470, 12, -16);
        arc(ball, 100, 40, 700, 470, -12, -16);
        // The first arc comes down at x ≈ 300 + 12·t: near (700, 420) around t = 33; the second drifts left, away.
        List<Shot> shots = ShotFinder.find(ball, FPS, W, H, 700, 420);
        assertThat(shots).extracting(Shot::releaseFrame).containsExactly(10);
        assertThat(ShotFinder.find(ball, FPS, W, H)).extracting(Shot::releaseFrame).containsExactly(10, 100);
    }

    @Test
    void aFewHiddenFramesInTheClimbDoNotBreakIt() {
        BallTrack ball = new BallTrack(100);
        arc(ball, 10, 40, 400, 470, 9, -16);
        ball.clear(14);
        ball.clear(15);
        assertThat(ShotFinder.find(ball, FPS, W, H)).extracting(Shot::releaseFrame).containsExactly(10);
    }
}
