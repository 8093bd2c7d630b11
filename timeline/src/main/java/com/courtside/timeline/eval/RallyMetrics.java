package com.courtside.timeline.eval;

import com.courtside.timeline.Rally;
import com.courtside.timeline.rally.RallyOverlap;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Predicted rallies against the truth: each true rally matched to at most one predicted rally and back, at
 * IoU &ge; {@code minIou} (0.5 by default, as RallyCut evaluates), greedily by IoU ({@link RallyOverlap#match}).
 * Start and end errors are in frames, averaged over the matched pairs.
 *
 * @param truth     the true rallies, sorted
 * @param predicted the predicted rallies, sorted
 * @param matches   the matched pairs, in truth order
 */
public record RallyMetrics(List<Rally> truth, List<Rally> predicted, List<Match> matches, double minIou) {

    public static final double DEFAULT_MIN_IOU = 0.5;
    public static final String CSV_HEADER = "truth_start,truth_end,predicted_start,predicted_end,iou";

    /** A true rally, the predicted rally matched to it, and their IoU. */
    public record Match(Rally truth, Rally predicted, double iou) {
    }

    public RallyMetrics {
        truth = List.copyOf(truth);
        predicted = List.copyOf(predicted);
        matches = List.copyOf(matches);
    }

    public static RallyMetrics compare(List<Rally> truth, List<Rally> predicted) {
        return compare(truth, predicted, DEFAULT_MIN_IOU);
    }

    public static RallyMetrics compare(List<Rally> truth, List<Rally> predicted, double minIou) {
        if (!(minIou > 0 && minIou <= 1)) {
            throw new IllegalArgumentException("minIou must lie in (0, 1], got " + minIou);
        }
        List<Rally> t = truth.stream().sorted().toList();
        List<Rally> p = predicted.stream().sorted().toList();
        List<Match> matches = RallyOverlap.match(t, p, minIou).stream()
                .map(pair -> new Match(t.get(pair.left()), p.get(pair.right()), pair.iou())).toList();
        return new RallyMetrics(t, p, matches, minIou);
    }

    public int truthCount() {
        return truth.size();
    }

    public int predictedCount() {
        return predicted.size();
    }

    public int matched() {
        return matches.size();
    }

    /** Share of predicted rallies that match a true one; NaN without predictions. */
    public double precision() {
        return predicted.isEmpty() ? Double.NaN : matched() / (double) predicted.size();
    }

    /** Share of true rallies found; NaN without truth. */
    public double recall() {
        return truth.isEmpty() ? Double.NaN : matched() / (double) truth.size();
    }

    /** 2·matched / (truth + predicted), the harmonic mean of the two where both exist; 0 when only one side is empty. */
    public double f1() {
        int both = truth.size() + predicted.size();
        return both == 0 ? Double.NaN : 2.0 * matched() / both;
    }

    /** Mean |predicted start − true start| in frames over the matched pairs; NaN without matches. */
    public double meanStartError() {
        return matches.stream().mapToInt(m -> Math.abs(m.predicted().startFrame() - m.truth().startFrame()))
                .average().orElse(Double.NaN);
    }

    public double meanEndError() {
        return matches.stream().mapToInt(m -> Math.abs(m.predicted().endFrame() - m.truth().endFrame()))
                .average().orElse(Double.NaN);
    }

    /**
     * One row per rally, in frame order: a matched pair with its IoU, a missed true rally with empty predicted
     * cells, a false prediction with empty truth cells; empty cells also for the IoU of unmatched rows.
     */
    public String toCsv() {
        record Row(int key, String text) {
        }
        List<Row> rows = new ArrayList<>();
        List<Rally> matchedPredictions = new ArrayList<>();
        int next = 0;
        for (Rally t : truth) {
            Match m = next < matches.size() && matches.get(next).truth().equals(t) ? matches.get(next++) : null;
            if (m == null) {
                rows.add(new Row(t.startFrame(), t.startFrame() + "," + t.endFrame() + ",,,"));
            } else {
                matchedPredictions.add(m.predicted());
                rows.add(new Row(t.startFrame(), t.startFrame() + "," + t.endFrame() + "," + m.predicted().startFrame()
                        + "," + m.predicted().endFrame() + "," + String.format(Locale.ROOT, "%.4f", m.iou())));
            }
        }
        List<Rally> unmatched = new ArrayList<>(predicted);
        matchedPredictions.forEach(unmatched::remove);
        for (Rally p : unmatched) {
            rows.add(new Row(p.startFrame(), ",," + p.startFrame() + "," + p.endFrame() + ","));
        }
        rows.sort(Comparator.comparingInt(Row::key));
        StringBuilder csv = new StringBuilder(CSV_HEADER).append('\n');
        rows.forEach(r -> csv.append(r.text()).append('\n'));
        return csv.toString();
    }
}
