package com.courtside.inference.events;

import com.courtside.timeline.BallTrack;
import com.courtside.timeline.EventKind;
import com.courtside.timeline.MatchEvent;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TrajectoryEventsTest {

    private static final double FPS = 30;
    private static final int W = 1280;
    private static final int H = 720;
    private static final double FLOOR = 600;

    /** Parabolic hops between consecutive (possibly fractional) bounce times; y is largest at a bounce. */
    static double hopY(double t, double[] bounceTimes, double a) {
        double prev = bounceTimes[0] - (bounceTimes[1] - bounceTimes[0]);
        double next = bounceTimes[0];
        for (int i = 0; i < bounceTimes.length && t > bounceTimes[i]; i++) {
            prev = bounceTimes[i];
            next = i + 1 < bounceTimes.length ? bounceTimes[i + 1] : bounceTimes[i] + (bounceTimes[i] - prev);
        }
        return FLOOR - a * (t - prev) * (next - t);
    }

    static BallTrack hops(int frames, double[] bounces, double noise, long seed) {
        Random rnd = new Random(seed);
        BallTrack t = new BallTrack(frames);
        for (int f = 0; f < frames; f++) {
            double n = noise == 0 ? 0 : (rnd.nextDouble() * 2 - 1) * noise;
            double m = noise == 0 ? 0 : (rnd.nextDouble() * 2 - 1) * noise;
            t.set(f, (float) (200 + 6 * f + m), (float) (hopY(f, bounces, 0.8) + n));
        }
        return t;
    }

    static List<Integer> bounceFrames(List<MatchEvent> events) {
        return events.stream().filter(e -> e.kind() == EventKind.BOUNCE).map(MatchEvent::frame).toList();
    }

    static void assertMatches(double[] expected, List<Integer> got, int tolerance) {
        assertEquals(expected.length, got.size(), "bounces " + got);
        for (int i = 0; i < expected.length; i++) {
            assertTrue(Math.abs(got.get(i) - expected[i]) <= tolerance,
                    "bounce " + i + " at " + got.get(i) + ", expected " + expected[i]);
        }
    }

    @Test
    void parabolicBouncesFoundWithinOneFrame() {
        double[] bounces = {20, 45, 70, 92.4, 118.6};
        List<MatchEvent> ev = TrajectoryEvents.detect(hops(140, bounces, 0, 1), null, FPS, W, H, null);
        assertMatches(bounces, bounceFrames(ev), 1);
        assertTrue(ev.stream().allMatch(e -> e.kind() == EventKind.BOUNCE), "no net line, no NET");
    }

    @Test
    void apexOfFlightIsNotABounce() {
        BallTrack t = new BallTrack(61);
        for (int f = 0; f <= 60; f++) {
            t.set(f, 300 + 5 * f, (float) (200 + 0.5 * (f - 30) * (f - 30)));   // up, apex at 30, down
        }
        assertEquals(List.of(), bounceFrames(TrajectoryEvents.detect(t, null, FPS, W, H, null)));
    }

    @Test
    void pixelNoiseAddsNoBounces() {
        double[] bounces = {20, 45, 70, 92.4, 118.6};
        for (long seed = 1; seed <= 25; seed++) {
            List<Integer> got = bounceFrames(TrajectoryEvents.detect(hops(140, bounces, 1.0, seed), null, FPS, W, H,
                    null));
            assertMatches(bounces, got, 1);
        }
    }

    @Test
    void smoothedSixtyFpsStillFindsBounces() {
        // 60 fps: twice the frames per hop, half the per-frame speeds; the defaults smooth over 3 frames.
        double[] bounces = {40, 90, 140};
        BallTrack t = new BallTrack(180);
        Random rnd = new Random(3);
        for (int f = 0; f < 180; f++) {
            t.set(f, 200 + 3 * f, (float) (hopY(f, bounces, 0.2) + rnd.nextDouble() * 2 - 1));
        }
        assertMatches(bounces, bounceFrames(TrajectoryEvents.detect(t, null, 60, W, H, null)), 1);
    }

    @Test
    void turnsInsideGapsAndPredictedFramesAreIgnored() {
        double[] bounces = {20, 45, 70};
        BallTrack t = hops(90, bounces, 0, 1);
        for (int f = 43; f <= 46; f++) {
            t.clear(f);
        }
        boolean[] predicted = new boolean[90];
        for (int f = 69; f <= 71; f++) {
            predicted[f] = true;
        }
        assertEquals(List.of(20), bounceFrames(TrajectoryEvents.detect(t, predicted, FPS, W, H, null)));
    }

    @Test
    void horizontalReversalIsAHitNotABounce() {
        // y turns like a bounce, but x reverses at the same frame: a racket, not the table.
        BallTrack t = new BallTrack(40);
        for (int f = 0; f < 40; f++) {
            double y = f <= 20 ? 400 + 10 * f : 600 - 8 * (f - 20);
            double x = f <= 20 ? 300 + 12 * f : 540 - 12 * (f - 20);
            t.set(f, (float) x, (float) y);
        }
        assertEquals(List.of(), bounceFrames(TrajectoryEvents.detect(t, null, FPS, W, H, null)));
    }

    @Test
    void bouncesAreSpacedApart() {
        EventSettings s = EventSettings.forVideo(W, H, FPS);
        List<Integer> got = bounceFrames(TrajectoryEvents.detect(hops(140, new double[] {20, 45, 70}, 0, 1), null,
                null, s));
        for (int i = 1; i < got.size(); i++) {
            assertTrue(got.get(i) - got.get(i - 1) >= s.minBounceSpacing());
        }
    }

    @Test
    void netHitSlowsTheBallAtTheNetLine() {
        // Side view: the ball flies right at 18 px/frame, hits the net at x ~ 640 (frame 20) and dribbles on.
        BallTrack t = new BallTrack(40);
        double x = 280;
        for (int f = 0; f < 40; f++) {
            t.set(f, (float) x, (float) (400 - 2 * f));
            x += f < 20 ? 18 : 2;
        }
        NetLine net = NetLine.xRange(635, 645);
        List<MatchEvent> ev = TrajectoryEvents.detect(t, null, FPS, W, H, net);
        List<Integer> netFrames = ev.stream().filter(e -> e.kind() == EventKind.NET).map(MatchEvent::frame).toList();
        assertEquals(1, netFrames.size(), "net events " + ev);
        assertTrue(Math.abs(netFrames.get(0) - 20) <= 1, "net at " + netFrames.get(0));
        // Same flight without a net line: nothing.
        assertEquals(List.of(), TrajectoryEvents.detect(t, null, FPS, W, H, null));
    }

    @Test
    void ballCrossingTheNetAtSpeedIsNoNetEvent() {
        BallTrack t = new BallTrack(40);
        for (int f = 0; f < 40; f++) {
            t.set(f, 280 + 18 * f, 400);
        }
        assertEquals(List.of(), TrajectoryEvents.detect(t, null, FPS, W, H, NetLine.xRange(635, 645)));
    }
}
