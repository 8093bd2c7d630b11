package com.courtside.timeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * Fills frames without a visible ball from the visible frames around them: x at constant velocity, y at constant
 * acceleration (gravity in image space), each a least-squares fit to up to {@link #SIDE_SAMPLES} visible frames on
 * either side. A contact inside the gap splits it, since no single arc runs through a bounce or a hit.
 * The track is only read; storing (and marking) the estimates is the caller's concern.
 */
public final class GapFill {

    /** Visible frames taken on each side; more would reach into another stretch of flight. */
    public static final int SIDE_SAMPLES = 3;

    /** Contacts change the ball's velocity, so no fit may use samples from both sides of one. */
    private static final Set<EventKind> CONTACTS =
            EnumSet.of(EventKind.BOUNCE, EventKind.HIT, EventKind.NET, EventKind.SERVE, EventKind.SHOT);

    public sealed interface Result permits Filled, Refused {
    }

    /** Estimated positions for the frames filled, in frame order; visible frames never appear here. */
    public record Filled(int[] frames, float[] x, float[] y) implements Result {
        public Filled {
            if (frames.length != x.length || frames.length != y.length) {
                throw new IllegalArgumentException("columns differ in length");
            }
        }

        public int size() {
            return frames.length;
        }
    }

    public record Refused(Reason reason, String message) implements Result {
    }

    public enum Reason { NOTHING_TO_FILL, NO_BALL_BEFORE, NO_BALL_AFTER, TOO_LONG, SEVERAL_CONTACTS }

    private GapFill() {
    }

    /**
     * Fills every non-visible frame in {@code gapStart..gapEnd} (inclusive). A missing stretch that runs past the
     * range is fitted from its real neighbours but filled only inside the range. All stretches are checked before
     * any is filled, so a refusal leaves nothing half done.
     */
    public static Result fill(BallTrack track, int gapStart, int gapEnd, List<MatchEvent> events, int maxGap) {
        if (gapStart < 0 || gapEnd < gapStart || gapEnd >= track.frameCount()) {
            throw new IllegalArgumentException("range " + gapStart + ".." + gapEnd + " outside 0.." + (track.frameCount() - 1));
        }
        if (maxGap < 1) {
            throw new IllegalArgumentException("maxGap must be positive, got " + maxGap);
        }
        NavigableSet<Integer> contacts = new TreeSet<>();
        for (MatchEvent e : events) {
            if (CONTACTS.contains(e.kind())) {
                contacts.add(e.frame());
            }
        }
        List<int[]> holes = new ArrayList<>();
        int missing = 0;
        for (int f = gapStart; f <= gapEnd; f++) {
            if (track.isVisible(f)) {
                continue;
            }
            int first = f;
            while (first > 0 && !track.isVisible(first - 1)) {
                first--;
            }
            int last = f;
            while (last + 1 < track.frameCount() && !track.isVisible(last + 1)) {
                last++;
            }
            Refused refused = check(track, first, last, contacts, maxGap);
            if (refused != null) {
                return refused;
            }
            holes.add(new int[] {first, last});
            missing += Math.min(last, gapEnd) - f + 1;
            f = last;
        }
        if (holes.isEmpty()) {
            return new Refused(Reason.NOTHING_TO_FILL, "Every frame from " + gapStart + " to " + gapEnd
                    + " already has a visible ball; there is nothing to fill.");
        }
        Filled out = new Filled(new int[missing], new float[missing], new float[missing]);
        int n = 0;
        for (int[] hole : holes) {
            n = fillHole(track, hole[0], hole[1], Math.max(hole[0], gapStart), Math.min(hole[1], gapEnd),
                    contacts, maxGap, out, n);
        }
        return out;
    }

    private static Refused check(BallTrack track, int first, int last, NavigableSet<Integer> contacts, int maxGap) {
        if (first == 0) {
            return new Refused(Reason.NO_BALL_BEFORE, "No frame before frame " + (last + 1)
                    + " has a visible ball, so there is nothing to fill from. Label the ball in an earlier frame first.");
        }
        if (last == track.frameCount() - 1) {
            return new Refused(Reason.NO_BALL_AFTER, "No frame after frame " + (first - 1)
                    + " has a visible ball, so there is nothing to fill towards. Label the ball in a later frame first.");
        }
        int length = last - first + 1;
        if (length > maxGap) {
            return new Refused(Reason.TOO_LONG, "The gap from frame " + first + " to " + last + " is " + length
                    + " frames long, more than the maximum gap of " + maxGap
                    + " frames. Label the ball in a frame inside it, or raise the maximum gap setting.");
        }
        NavigableSet<Integer> inside = contacts.subSet(first, true, last, true);
        if (inside.size() > 1) {
            return new Refused(Reason.SEVERAL_CONTACTS, "The gap from frame " + first + " to " + last
                    + " holds " + inside.size() + " bounces or hits (frames " + inside
                    + "); only one can be bridged. Label the ball between them first.");
        }
        return null;
    }

    private static int fillHole(BallTrack track, int first, int last, int from, int to,
                                NavigableSet<Integer> contacts, int maxGap, Filled out, int n) {
        int[] before = samples(track, first - 1, -1, contacts, maxGap);
        int[] after = samples(track, last + 1, 1, contacts, maxGap);
        Integer contact = contacts.ceiling(first);
        boolean split = contact != null && contact <= last;
        int[] early = split ? before : concat(before, after);
        int[] late = split ? after : early;
        Fit xEarly = Fit.of(track, early, false, 1);
        Fit yEarly = Fit.of(track, early, true, 2);
        Fit xLate = split ? Fit.of(track, late, false, 1) : xEarly;
        Fit yLate = split ? Fit.of(track, late, true, 2) : yEarly;
        int meet = split ? contact : Integer.MIN_VALUE;
        for (int f = from; f <= to; f++) {
            out.frames()[n] = f;
            if (f == meet) {
                out.x()[n] = (float) ((xEarly.at(f) + xLate.at(f)) / 2);
                out.y()[n] = (float) ((yEarly.at(f) + yLate.at(f)) / 2);
            } else {
                boolean isEarly = !split || f < meet;
                out.x()[n] = (float) (isEarly ? xEarly : xLate).at(f);
                out.y()[n] = (float) (isEarly ? yEarly : yLate).at(f);
            }
            n++;
        }
        return n;
    }

    /**
     * Visible frames from {@code anchor} outward. A contact ends the walk after its own frame (the ball is at the
     * contact point on both arcs), and so does a stretch longer than maxGap: beyond it lies another flight.
     */
    private static int[] samples(BallTrack track, int anchor, int step, Set<Integer> contacts, int maxGap) {
        int[] frames = new int[SIDE_SAMPLES];
        int n = 0;
        int last = anchor;
        for (int f = anchor; f >= 0 && f < track.frameCount() && n < SIDE_SAMPLES && Math.abs(f - last) <= maxGap + 1;
                f += step) {
            if (track.isVisible(f)) {
                frames[n++] = f;
                last = f;
            }
            if (contacts.contains(f)) {
                break;
            }
        }
        return Arrays.copyOf(frames, n);
    }

    private static int[] concat(int[] a, int[] b) {
        int[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    /** A least-squares polynomial in frames, centred on the samples' mean frame to keep the normal equations sound. */
    private record Fit(double[] coef, double centre) {

        static Fit of(BallTrack track, int[] frames, boolean vertical, int degree) {
            // too few samples for the wanted order: the best lower-order fit, down to a constant from one frame
            int terms = Math.min(degree, frames.length - 1) + 1;
            double centre = Arrays.stream(frames).average().orElseThrow();
            double[][] a = new double[terms][terms + 1];
            for (int frame : frames) {
                double t = frame - centre;
                double v = vertical ? track.y(frame) : track.x(frame);
                for (int i = 0; i < terms; i++) {
                    for (int j = 0; j < terms; j++) {
                        a[i][j] += Math.pow(t, i + j);
                    }
                    a[i][terms] += v * Math.pow(t, i);
                }
            }
            return new Fit(solve(a), centre);
        }

        double at(int frame) {
            double t = frame - centre;
            double sum = 0;
            for (int i = coef.length - 1; i >= 0; i--) {
                sum = sum * t + coef[i];
            }
            return sum;
        }

        /** Gaussian elimination with partial pivoting on an augmented matrix; distinct frames keep it regular. */
        private static double[] solve(double[][] a) {
            int n = a.length;
            for (int col = 0; col < n; col++) {
                int pivot = col;
                for (int row = col + 1; row < n; row++) {
                    if (Math.abs(a[row][col]) > Math.abs(a[pivot][col])) {
                        pivot = row;
                    }
                }
                double[] swap = a[col];
                a[col] = a[pivot];
                a[pivot] = swap;
                for (int row = col + 1; row < n; row++) {
                    double factor = a[row][col] / a[col][col];
                    for (int k = col; k <= n; k++) {
                        a[row][k] -= factor * a[col][k];
                    }
                }
            }
            double[] c = new double[n];
            for (int row = n - 1; row >= 0; row--) {
                double sum = a[row][n];
                for (int k = row + 1; k < n; k++) {
                    sum -= a[row][k] * c[k];
                }
                c[row] = sum / a[row][row];
            }
            return c;
        }
    }
}
