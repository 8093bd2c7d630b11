package com.courtside.timeline.eval;

import com.courtside.timeline.EventKind;
import com.courtside.timeline.MatchEvent;

import java.util.List;

/**
 * Events of one kind matched to the truth within a tolerance of frames (each true event matched at most once).
 * The design's tolerance is ±2 frames at 120 fps, which {@link #toleranceFor} scales to other rates (never below
 * one frame).
 */
public record EventMetrics(EventKind kind, int truth, int found, int matched, int tolerance) {

    public static int toleranceFor(double fps) {
        return Math.max(1, (int) Math.round(2 * fps / 120));
    }

    public static EventMetrics compare(List<MatchEvent> truth, List<MatchEvent> found, EventKind kind, int tolerance) {
        int[] t = truth.stream().filter(e -> e.kind() == kind).mapToInt(MatchEvent::frame).sorted().toArray();
        int[] f = found.stream().filter(e -> e.kind() == kind).mapToInt(MatchEvent::frame).sorted().toArray();
        boolean[] used = new boolean[t.length];
        int matched = 0;
        for (int frame : f) {
            int best = -1;
            for (int i = 0; i < t.length; i++) {
                if (!used[i] && Math.abs(t[i] - frame) <= tolerance
                        && (best < 0 || Math.abs(t[i] - frame) < Math.abs(t[best] - frame))) {
                    best = i;
                }
            }
            if (best >= 0) {
                used[best] = true;
                matched++;
            }
        }
        return new EventMetrics(kind, t.length, f.length, matched, tolerance);
    }

    /** Share of true events found within the tolerance (PCE, percentage of correct events, as a fraction). */
    public double recall() {
        return truth == 0 ? Double.NaN : matched / (double) truth;
    }

    public double precision() {
        return found == 0 ? Double.NaN : matched / (double) found;
    }
}
