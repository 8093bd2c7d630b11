package com.courtside.inference.events;

import com.courtside.timeline.BallTrack;
import com.courtside.timeline.EventKind;
import com.courtside.timeline.MatchEvent;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Ball events read off the trajectory alone, for when no model event head is loaded.
 *
 * <p>BOUNCE: the ball moves down the image (y increasing) fast enough, then its vertical velocity falls
 * sharply to an upward or stalled motion: the table's impulse. The y apex of a flight (y decreasing, then
 * increasing) is the opposite turn and never counts; a turn where the ball also reverses horizontally is a hit
 * and is left out. NET: in the net band the ball's speed drops sharply or its motion across the net reverses.
 *
 * <p>Only frames with a visible, measured ball take part: frames marked {@code predicted} (filled in by a
 * tracker) and hidden frames are gaps, and no event is reported whose measuring window touches a gap.
 */
public final class TrajectoryEvents {

    private TrajectoryEvents() {
    }

    /** Detection with {@link EventSettings#forVideo} defaults. {@code predicted} and {@code net} may be null. */
    public static List<MatchEvent> detect(BallTrack track, boolean[] predicted, double fps, int width, int height,
                                          NetLine net) {
        return detect(track, predicted, net, EventSettings.forVideo(width, height, fps));
    }

    /** Events sorted by frame; bounces always, NET only when {@code net} is given. */
    public static List<MatchEvent> detect(BallTrack track, boolean[] predicted, NetLine net, EventSettings s) {
        if (track == null || s == null) {
            throw new IllegalArgumentException("track and settings are required");
        }
        int n = track.frameCount();
        if (predicted != null && predicted.length != n) {
            throw new IllegalArgumentException("predicted has " + predicted.length + " flags for " + n + " frames");
        }
        boolean[] usable = new boolean[n];
        for (int i = 0; i < n; i++) {
            usable[i] = track.isVisible(i) && (predicted == null || !predicted[i])
                    && Float.isFinite(track.x(i)) && Float.isFinite(track.y(i));
        }
        // runEnd[i]: last frame of the usable run that holds i; runStart likewise.
        int[] runStart = new int[n];
        int[] runEnd = new int[n];
        for (int i = 0; i < n; i++) {
            runStart[i] = usable[i] ? (i > 0 && usable[i - 1] ? runStart[i - 1] : i) : -1;
        }
        for (int i = n - 1; i >= 0; i--) {
            runEnd[i] = usable[i] ? (i < n - 1 && usable[i + 1] ? runEnd[i + 1] : i) : -1;
        }
        double[] xs = smooth(track, usable, runStart, runEnd, s.smoothHalfWindow(), true);
        double[] ys = smooth(track, usable, runStart, runEnd, s.smoothHalfWindow(), false);

        int k = s.baseline();
        List<double[]> bounces = new ArrayList<>();
        List<double[]> nets = new ArrayList<>();
        for (int i = k; i + k < n; i++) {
            if (!usable[i] || runStart[i] > i - k || runEnd[i] < i + k) {
                continue;                                   // window touches a gap
            }
            double vyBefore = (ys[i] - ys[i - k]) / k;
            double vyAfter = (ys[i + k] - ys[i]) / k;
            double vxBefore = (xs[i] - xs[i - k]) / k;
            double vxAfter = (xs[i + k] - xs[i]) / k;
            double drop = vyBefore - vyAfter;
            if (vyBefore >= s.minDownSpeed() && drop >= s.minVerticalDrop()
                    && vyAfter <= Math.max(s.maxSpeedAfter(), s.maxAfterRatio() * vyBefore)
                    && !xReversesNear(xs, runStart, runEnd, i, k, s.minHorizontalSpeed())) {
                bounces.add(new double[] {i, drop});
            }
            if (net != null && net.near(xs[i], ys[i], s.netMargin())) {
                double speedBefore = Math.hypot(vxBefore, vyBefore);
                double speedAfter = Math.hypot(vxAfter, vyAfter);
                boolean crossReverses = net.axis() == NetLine.Axis.X
                        ? vxBefore * vxAfter < 0 && Math.abs(vxBefore) >= s.minHorizontalSpeed()
                        : vyBefore * vyAfter < 0 && Math.abs(vyBefore) >= s.minHorizontalSpeed();
                if (speedBefore >= s.minNetSpeed()
                        && (speedAfter <= s.netSpeedRatio() * speedBefore || crossReverses)) {
                    nets.add(new double[] {i, speedBefore - speedAfter + (crossReverses ? speedBefore : 0)});
                }
            }
        }
        List<MatchEvent> out = new ArrayList<>();
        for (int f : suppress(bounces, s.minBounceSpacing())) {
            out.add(new MatchEvent(f, EventKind.BOUNCE));
        }
        for (int f : suppress(nets, s.minNetSpacing())) {
            out.add(new MatchEvent(f, EventKind.NET));
        }
        Collections.sort(out);
        return out;
    }

    /** Whether x reverses (a hit) at {@code i} or a neighbouring frame, measured over {@code k} frames. */
    private static boolean xReversesNear(double[] xs, int[] runStart, int[] runEnd, int i, int k, double minSpeed) {
        for (int j = i - 1; j <= i + 1; j++) {
            if (j < 0 || j >= xs.length || runStart[j] < 0 || runStart[j] > j - k || runEnd[j] < j + k) {
                continue;
            }
            double before = (xs[j] - xs[j - k]) / k;
            double after = (xs[j + k] - xs[j]) / k;
            if (before * after < 0 && Math.min(Math.abs(before), Math.abs(after)) >= minSpeed) {
                return true;
            }
        }
        return false;
    }

    /** Centred moving average inside each usable run (the window shrinks symmetrically at run ends). */
    private static double[] smooth(BallTrack t, boolean[] usable, int[] runStart, int[] runEnd, int half,
                                   boolean isX) {
        int n = usable.length;
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            if (!usable[i]) {
                out[i] = Double.NaN;
                continue;
            }
            int h = Math.min(half, Math.min(i - runStart[i], runEnd[i] - i));
            double sum = 0;
            for (int j = i - h; j <= i + h; j++) {
                sum += isX ? t.x(j) : t.y(j);
            }
            out[i] = sum / (2 * h + 1);
        }
        return out;
    }

    /** Non-maximum suppression: strongest candidates first, none closer than {@code spacing} frames. */
    private static List<Integer> suppress(List<double[]> candidates, int spacing) {
        List<double[]> byScore = new ArrayList<>(candidates);
        byScore.sort((a, b) -> a[1] != b[1] ? Double.compare(b[1], a[1]) : Double.compare(a[0], b[0]));
        List<Integer> kept = new ArrayList<>();
        for (double[] c : byScore) {
            int f = (int) c[0];
            boolean clear = true;
            for (int g : kept) {
                if (Math.abs(g - f) < spacing) {
                    clear = false;
                    break;
                }
            }
            if (clear) {
                kept.add(f);
            }
        }
        Collections.sort(kept);
        return kept;
    }
}
