package com.courtside.ui.timeline;

import com.courtside.timeline.EventKind;
import com.courtside.timeline.MatchEvent;
import com.courtside.ui.overlay.OverlayPainter;

import java.util.ArrayList;
import java.util.List;

/** What a coach reads off the rallies: how many, how long, and how the length changes through the match. */
public final class RallyStats {

    /** A histogram bar: rallies whose duration is in [from, to) seconds. */
    public record Bin(double from, double to, int count) {
    }

    /** A stretch of the match and the mean length of the rallies that start in it (NaN where none does). */
    public record Segment(double fromSeconds, double toSeconds, int rallies, double meanSeconds) {
    }

    private RallyStats() {
    }

    /** Every rally as a row, numbered in match order, with its bounces counted. */
    public static List<RallyRow> rows(TimelineData data) {
        List<RallyRow> rows = new ArrayList<>();
        List<MatchEvent> events = data.events();
        double fps = data.fps() > 0 ? data.fps() : 30;
        int number = 0;
        for (TimelineData.RallyMark r : data.rallies()) {
            number++;
            int bounces = 0;
            for (int i = OverlayPainter.firstAtOrAfter(events, r.start()); i < events.size(); i++) {
                MatchEvent e = events.get(i);
                if (e.frame() > r.end()) {
                    break;
                }
                bounces += e.kind() == EventKind.BOUNCE ? 1 : 0;
            }
            rows.add(new RallyRow(number, r.start(), r.end(), r.length() / fps, bounces, r.review(), r.human()));
        }
        return rows;
    }

    /** Durations in bins of a round width (1, 2, 5, 10, 20 … s) chosen so there are at most {@code maxBins}. */
    public static List<Bin> histogram(List<RallyRow> rows, int maxBins) {
        if (rows.isEmpty()) {
            return List.of();
        }
        double longest = rows.stream().mapToDouble(RallyRow::seconds).max().orElse(0);
        double width = 1;
        for (double w : new double[] {1, 2, 5, 10, 20, 30, 60, 120, 300}) {
            width = w;
            if (Math.ceil((longest + 1e-9) / w) <= maxBins) {
                break;
            }
        }
        int bins = Math.max(1, (int) Math.ceil((longest + 1e-9) / width));
        int[] counts = new int[bins];
        for (RallyRow r : rows) {
            counts[Math.min(bins - 1, (int) Math.floor(r.seconds() / width))]++;
        }
        List<Bin> out = new ArrayList<>();
        for (int i = 0; i < bins; i++) {
            out.add(new Bin(i * width, (i + 1) * width, counts[i]));
        }
        return out;
    }

    /**
     * The match cut into {@code parts} equal stretches (fewer for a short match: none under a minute), each with the
     * mean length of the rallies starting in it.
     */
    public static List<Segment> segments(List<RallyRow> rows, int frameCount, double fps, int parts) {
        double total = frameCount / (fps > 0 ? fps : 30);
        if (total <= 0) {
            return List.of();
        }
        int n = Math.max(1, Math.min(parts, (int) Math.floor(total / 60)));
        double length = total / n;
        int[] counts = new int[n];
        double[] sums = new double[n];
        for (RallyRow r : rows) {
            int i = Math.min(n - 1, (int) Math.floor(r.start() / fps / length));
            counts[i]++;
            sums[i] += r.seconds();
        }
        List<Segment> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new Segment(i * length, (i + 1) * length, counts[i], counts[i] == 0 ? Double.NaN : sums[i] / counts[i]));
        }
        return out;
    }

    /** The start of the first rally starting after {@code frame}, or -1. */
    public static int nextStart(TimelineData data, int frame) {
        for (TimelineData.RallyMark r : data.rallies()) {
            if (r.start() > frame) {
                return r.start();
            }
        }
        return -1;
    }

    /** The start of the last rally starting before {@code frame}, or -1. */
    public static int previousStart(TimelineData data, int frame) {
        int found = -1;
        for (TimelineData.RallyMark r : data.rallies()) {
            if (r.start() >= frame) {
                break;
            }
            found = r.start();
        }
        return found;
    }
}
