package com.courtside.timeline.rally;

import com.courtside.timeline.BallTrack;
import com.courtside.timeline.Rally;

import java.util.ArrayList;
import java.util.List;

/**
 * Rallies from a ball track alone, for when no game-state model is loaded: play is where the tracked ball is
 * visible and moving faster than {@link RallySettings#minBallSpeed()} frame diagonals a second (so the threshold
 * means the same at any frame size and rate), runs of it joined across gaps up to the continuation time, then the
 * post-processor's minimum play time and minimum gap.
 *
 * <p>Only {@link BallTrack.Visibility#VISIBLE} frames count: the track does not say which of them a detector saw
 * and which a filter predicted, and occluded or out-of-frame positions are last-known guesses, not motion.
 * A visible frame's speed is taken to the previous visible frame, or failing that the next, when it is within the
 * continuation time; a ball seen once with nothing near it is noise and does not move.
 */
public final class TrajectoryRallies {

    private TrajectoryRallies() {
    }

    public static List<Rally> rallies(BallTrack track, double fps, int width, int height, RallySettings settings) {
        return detect(track, fps, width, height, settings).stream().map(ScoredRally::rally).toList();
    }

    /** The rallies, each with the share of its frames in which the ball is visible and moving. */
    public static List<ScoredRally> detect(BallTrack track, double fps, int width, int height,
                                           RallySettings settings) {
        if (!(fps > 0) || width <= 0 || height <= 0) {
            throw new IllegalArgumentException("need positive fps and frame size, got " + fps + ", " + width + "x" + height);
        }
        int continuation = RallySettings.frames(settings.continuationSeconds(), fps);
        boolean[] moving = moving(track, fps, Math.hypot(width, height), settings.minBallSpeed(),
                Math.max(1, continuation));
        List<Rally> rallies = runs(moving, continuation);
        rallies = RallyPostProcessor.dropShort(rallies, RallySettings.frames(settings.minPlaySeconds(), fps));
        rallies = RallyPostProcessor.mergeClose(rallies, RallySettings.frames(settings.minGapSeconds(), fps));
        List<ScoredRally> scored = new ArrayList<>();
        for (Rally rally : rallies) {
            int count = 0;
            for (int f = rally.startFrame(); f <= rally.endFrame(); f++) {
                if (moving[f]) {
                    count++;
                }
            }
            scored.add(new ScoredRally(rally, count / (double) rally.length()));
        }
        return scored;
    }

    /**
     * Per frame: the ball is visible and its speed to the nearest visible frame within {@code maxPairGap} frames
     * (the previous one preferred) is above {@code minSpeed} diagonals per second.
     */
    static boolean[] moving(BallTrack track, double fps, double diagonal, double minSpeed, int maxPairGap) {
        int n = track.frameCount();
        int[] nextVisible = new int[n];
        int next = -1;
        for (int f = n - 1; f >= 0; f--) {
            nextVisible[f] = next;
            if (track.isVisible(f)) {
                next = f;
            }
        }
        boolean[] moving = new boolean[n];
        int previous = -1;
        for (int f = 0; f < n; f++) {
            if (!track.isVisible(f)) {
                continue;
            }
            int other = previous >= 0 && f - previous <= maxPairGap ? previous
                    : nextVisible[f] >= 0 && nextVisible[f] - f <= maxPairGap ? nextVisible[f] : -1;
            if (other >= 0) {
                double pixels = Math.hypot(track.x(f) - track.x(other), track.y(f) - track.y(other));
                double speed = pixels / Math.abs(f - other) * fps / diagonal;
                moving[f] = speed > minSpeed;
            }
            previous = f;
        }
        return moving;
    }

    /** Runs of moving frames, joined across gaps of at most {@code maxGapFrames} frames. */
    static List<Rally> runs(boolean[] moving, int maxGapFrames) {
        List<Rally> out = new ArrayList<>();
        int start = -1;
        int last = -1;
        for (int f = 0; f < moving.length; f++) {
            if (!moving[f]) {
                continue;
            }
            if (start >= 0 && f - last - 1 > maxGapFrames) {
                out.add(new Rally(start, last));
                start = -1;
            }
            if (start < 0) {
                start = f;
            }
            last = f;
        }
        if (start >= 0) {
            out.add(new Rally(start, last));
        }
        return out;
    }
}
