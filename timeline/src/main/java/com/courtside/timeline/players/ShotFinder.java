package com.courtside.timeline.players;

import com.courtside.timeline.BallTrack;

import java.util.ArrayList;
import java.util.List;

/**
 * Basketball shots from the ball track: a release followed by a high arc. A shot's ball climbs far above the hands
 * that let it go (more than {@link #MIN_RISE} of the frame's height, for at least {@link #MIN_RISE_SECONDS}) with a
 * steady upward speed that gravity slows, then comes down, toward the rim where one is given. A dribble climbs only
 * to the waist and a pass flies flat, so neither passes. The release is the first frame of the climb: the first
 * frame of free flight, where the ball is still at the shooter's hands.
 */
public final class ShotFinder {

    /** The climb from release to apex, as a share of the frame's height. */
    static final double MIN_RISE = 0.12;
    static final double MIN_RISE_SECONDS = 0.25;
    /** With a rim: the falling ball comes within this share of the frame's width of it. */
    static final double RIM_REACH = 0.08;
    /** Frames of a climb may be missing (a hand, a head in front) without ending it. */
    static final int MAX_GAP = 3;

    private ShotFinder() {
    }

    /** Shots without a rim position: every high arc. */
    public static List<Shot> find(BallTrack ball, double fps, int width, int height) {
        return find(ball, fps, width, height, Float.NaN, Float.NaN);
    }

    /**
     * Shots whose arc, where a rim position is known ({@code rimX}, {@code rimY} in frame pixels; NaN for none),
     * comes down within reach of it. The shooter of each is unknown (null): the shooter scores name him.
     */
    public static List<Shot> find(BallTrack ball, double fps, int width, int height, float rimX, float rimY) {
        List<Shot> shots = new ArrayList<>();
        int n = ball.frameCount();
        int minRiseFrames = Math.max(3, (int) Math.round(MIN_RISE_SECONDS * fps));
        int f = 0;
        while (f < n) {
            int apex = climbApex(ball, f, n);
            if (apex < 0) {
                f++;
                continue;
            }
            int release = fastest(ball, f, apex);
            float rise = ball.y(release) - ball.y(apex);
            if (apex - release >= minRiseFrames && rise >= MIN_RISE * height && steady(ball, release, apex)
                    && reachesRim(ball, apex, n, width, rimX, rimY)) {
                shots.add(new Shot(release, null, ball.x(release), ball.y(release)));
                f = fallEnd(ball, apex, n);
            } else {
                f++;
            }
        }
        return shots;
    }

    /** From a visible frame where the ball rises, the frame where it stops rising (its apex), or −1. */
    private static int climbApex(BallTrack ball, int start, int n) {
        if (!ball.isVisible(start)) {
            return -1;
        }
        int last = start;
        int gap = 0;
        for (int f = start + 1; f < n; f++) {
            if (!ball.isVisible(f)) {
                if (++gap > MAX_GAP) {
                    break;
                }
                continue;
            }
            gap = 0;
            if (ball.y(f) >= ball.y(last)) {
                break;
            }
            last = f;
        }
        return last > start ? last : -1;
    }

    /**
     * The release: the start of the climb's fastest step. A hand lifts the ball slower than it throws it, and after
     * the release gravity only slows it, so free flight starts where the climb is fastest.
     */
    private static int fastest(BallTrack ball, int from, int apex) {
        int best = from;
        double bestSpeed = -1;
        int prev = from;
        for (int f = from + 1; f <= apex; f++) {
            if (!ball.isVisible(f)) {
                continue;
            }
            double speed = (ball.y(prev) - ball.y(f)) / (f - prev);
            if (speed > bestSpeed + 1e-6) {
                bestSpeed = speed;
                best = prev;
            }
            prev = f;
        }
        return best;
    }

    /**
     * Gravity slows a free flight evenly: the climb's speed falls from its start to its apex, and the release starts
     * it at its fastest (a ball still carried up by a hand speeds up first).
     */
    private static boolean steady(BallTrack ball, int from, int apex) {
        int mid = (from + apex) / 2;
        while (mid > from && !ball.isVisible(mid)) {
            mid--;
        }
        if (mid <= from || mid >= apex) {
            return true;
        }
        double firstHalf = (ball.y(from) - ball.y(mid)) / (mid - from);
        double secondHalf = (ball.y(mid) - ball.y(apex)) / (apex - mid);
        return firstHalf > secondHalf;
    }

    private static boolean reachesRim(BallTrack ball, int apex, int n, int width, float rimX, float rimY) {
        if (Float.isNaN(rimX) || Float.isNaN(rimY)) {
            return true;
        }
        double reach = RIM_REACH * width;
        for (int f = apex; f < fallEnd(ball, apex, n); f++) {
            if (ball.isVisible(f) && Math.hypot(ball.x(f) - rimX, ball.y(f) - rimY) <= reach) {
                return true;
            }
        }
        return false;
    }

    /** One past the last frame of the fall after {@code apex}: where the ball stops falling or is lost. */
    private static int fallEnd(BallTrack ball, int apex, int n) {
        int last = apex;
        int gap = 0;
        for (int f = apex + 1; f < n; f++) {
            if (!ball.isVisible(f)) {
                if (++gap > MAX_GAP) {
                    break;
                }
                continue;
            }
            gap = 0;
            if (ball.y(f) < ball.y(last)) {
                break;
            }
            last = f;
        }
        return last + 1;
    }
}
