package com.courtside.inference.analysis;

import com.courtside.inference.track.TrackResult;
import com.courtside.timeline.BallTrack;
import com.courtside.timeline.EventKind;
import com.courtside.timeline.MatchEvent;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Events from a model's event head, placed and checked by the ball track. The head tells that a bounce happened
 * about here; the track tells exactly when, and whether it was a bounce at all:
 *
 * <ul>
 *   <li>A bounce is a frame where the ball's motion down the image turns sharply upward (the second difference
 *       of y, over 1/30 s steps, is a local minimum below −{@value #MIN_TURN_PX} px at 1080p) while its motion
 *       across the image runs on (|second difference of x| at most {@value #MAX_SIDEWAYS} of it: a racket turns
 *       the ball sideways too), and the head scores at least {@value #SUPPORT_SCORE} within two steps of it.</li>
 *   <li>A track that ends with the ball coming down, with the head at or above the event threshold on its last
 *       detection, and sees no ball again for {@value #LOST_SECONDS} s, ends in a bounce on that detection.</li>
 *   <li>Where the track cannot tell (it has no three detected frames to measure the turn on near the head's
 *       peak: the ball was hidden or missed), a head peak at or above the event threshold stands on its own,
 *       provided the track holds the ball nearby.</li>
 *   <li>A head peak where the track saw the ball and it did not turn is dropped: the head fires on hits too.</li>
 *   <li>Other kinds (net, …) are head peaks at or above the threshold with the ball nearby.</li>
 * </ul>
 */
final class HeadEvents {

    /** The sharpest turn counts from this many pixels per step², at 1080p. */
    static final double MIN_TURN_PX = 6.0;
    /** At most this share of the vertical turn may be horizontal for a bounce. */
    static final double MAX_SIDEWAYS = 0.3;
    /** A turn is a bounce only where the head agrees this much. */
    static final float SUPPORT_SCORE = 0.4f;
    /** A track that sees no ball again for this long after its last detection has lost the ball for good. */
    static final double LOST_SECONDS = 1.0;

    private HeadEvents() {
    }

    /**
     * @param scores    the head's score per kind and frame
     * @param threshold the event threshold of a head peak
     * @param minGap    two events of one kind at least this many frames apart
     * @param near      a head-only event needs the track to hold the ball within this many frames
     */
    static List<MatchEvent> fuse(TrackResult track, float[][] scores, List<EventKind> kinds, double fps,
                                 int width, int height, float threshold, int minGap, int near) {
        List<MatchEvent> events = new ArrayList<>();
        for (int k = 0; k < kinds.size() && k < scores.length; k++) {
            List<Integer> frames = kinds.get(k) == EventKind.BOUNCE
                    ? bounces(track, scores[k], fps, width, height, threshold, minGap, near)
                    : headOnly(track, scores[k], threshold, minGap, near);
            for (int frame : frames) {
                events.add(new MatchEvent(frame, kinds.get(k)));
            }
        }
        Collections.sort(events);
        return List.copyOf(events);
    }

    private static List<Integer> headOnly(TrackResult track, float[] scores, float threshold, int minGap, int near) {
        List<Integer> frames = new ArrayList<>();
        for (int frame : EventPeaks.pick(scores, threshold, minGap)) {
            if (ballNear(track, frame, near)) {
                frames.add(frame);
            }
        }
        return frames;
    }

    private static List<Integer> bounces(TrackResult track, float[] scores, double fps, int width, int height,
                                         float threshold, int minGap, int near) {
        int n = Math.min(track.frameCount(), scores.length);
        int step = Math.max(1, (int) Math.round(fps / 30));
        int support = 2 * step;
        double minTurn = MIN_TURN_PX * Math.min(width, height) / 1080.0;
        float supportScore = Math.min(SUPPORT_SCORE, threshold);
        BallTrack ball = track.ballTrack();
        double[] ay = new double[n];
        double[] ax = new double[n];
        java.util.Arrays.fill(ay, Double.NaN);
        for (int f = step; f + step < n; f++) {
            if (detected(track, f - step) && detected(track, f) && detected(track, f + step)) {
                ay[f] = ball.y(f + step) - 2.0 * ball.y(f) + ball.y(f - step);
                ax[f] = ball.x(f + step) - 2.0 * ball.x(f) + ball.x(f - step);
            }
        }
        List<Integer> found = new ArrayList<>();
        for (int f = 0; f < n; f++) {
            double a = ay[f];
            if (!(a < -minTurn)
                    || (f > 0 && a > ay[f - 1]) || (f + 1 < n && a >= ay[f + 1])
                    || Math.abs(ax[f]) > MAX_SIDEWAYS * -a
                    || max(scores, f - support, f + support) < supportScore) {
                continue;
            }
            int last = found.isEmpty() ? -1 : found.get(found.size() - 1);
            if (last >= 0 && f - last < minGap) {
                if (a < ay[last]) {
                    found.set(found.size() - 1, f);
                }
                continue;
            }
            found.add(f);
        }
        for (int landing : landings(track, scores, n, step, (int) Math.round(LOST_SECONDS * fps), threshold)) {
            if (!nearAny(found, landing, 2 * step + 1)) {
                found.add(landing);
            }
        }
        Collections.sort(found);
        List<Integer> headOnly = new ArrayList<>();
        for (int peak : EventPeaks.pick(scores, threshold, minGap)) {
            if (!nearAny(found, peak, minGap) && !measured(ay, peak - step, peak + step)
                    && ballNear(track, peak, near)) {
                headOnly.add(peak);
            }
        }
        found.addAll(headOnly);
        Collections.sort(found);
        return found;
    }

    /**
     * The last detections of tracks that end on the table: the ball came down onto it with the head at or above the
     * event threshold, and was not seen again for {@code lost} frames (it dropped out of sight as it landed, or the
     * rally ended there). The turn cannot be measured on a frame with nothing after it, so the head decides.
     */
    private static List<Integer> landings(TrackResult track, float[] scores, int n, int step, int lost,
                                          float threshold) {
        List<Integer> frames = new ArrayList<>();
        BallTrack ball = track.ballTrack();
        int f = 0;
        while (f < n) {
            if (!detected(track, f)) {
                f++;
                continue;
            }
            int start = f;
            while (f + 1 < n && detected(track, f + 1)) {
                f++;
            }
            int end = f;
            f++;
            boolean seenAgain = false;
            for (int g = end + 1; g < Math.min(n, end + 1 + lost) && !seenAgain; g++) {
                seenAgain = detected(track, g);
            }
            if (end - start >= 2 * step && !seenAgain && scores[end] >= threshold
                    && ball.y(end) - ball.y(end - step) > 0) {
                frames.add(end);
            }
        }
        return frames;
    }

    private static boolean detected(TrackResult track, int frame) {
        return track.hasBall(frame) && !track.isPredicted(frame);
    }

    private static float max(float[] values, int from, int to) {
        float best = Float.NEGATIVE_INFINITY;
        for (int i = Math.max(0, from); i <= Math.min(values.length - 1, to); i++) {
            best = Math.max(best, values[i]);
        }
        return best;
    }

    private static boolean measured(double[] turn, int from, int to) {
        for (int i = Math.max(0, from); i <= Math.min(turn.length - 1, to); i++) {
            if (!Double.isNaN(turn[i])) {
                return true;
            }
        }
        return false;
    }

    private static boolean nearAny(List<Integer> frames, int frame, int gap) {
        for (int f : frames) {
            if (Math.abs(f - frame) < gap) {
                return true;
            }
        }
        return false;
    }

    static boolean ballNear(TrackResult track, int frame, int radius) {
        for (int f = Math.max(0, frame - radius); f <= Math.min(track.frameCount() - 1, frame + radius); f++) {
            if (track.hasBall(f)) {
                return true;
            }
        }
        return false;
    }
}
