package com.courtside.app.eval;

import com.courtside.timeline.eval.BallMetrics;
import com.courtside.timeline.eval.EventMetrics;
import com.courtside.timeline.eval.RallyMetrics;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A {@link Comparison} as two CSV files, so each stays one table a spreadsheet opens as it is:
 * {@code OUT} holds a row per rally ({@link RallyMetrics#toCsv}: {@value RallyMetrics#CSV_HEADER}) and
 * {@code OUT-summary.csv} (the {@code .csv} of {@code OUT} dropped first) the summary as {@code metric,value} rows.
 * Frames are counted from 0; errors are given in frames and in seconds; a value that does not exist (precision
 * without predictions) is an empty cell. Each file is written under a temporary name and renamed.
 */
public final class ComparisonCsv {

    public static final String SUMMARY_HEADER = "metric,value";

    private ComparisonCsv() {
    }

    /** Where the summary of {@code rallyCsv} goes: {@code rallies.csv} → {@code rallies-summary.csv}. */
    public static Path summaryFile(Path rallyCsv) {
        String name = rallyCsv.getFileName().toString();
        String stem = name.toLowerCase(Locale.ROOT).endsWith(".csv") ? name.substring(0, name.length() - 4) : name;
        return rallyCsv.resolveSibling(stem + "-summary.csv");
    }

    /** Writes both files; returns the summary's path. */
    public static Path write(Comparison c, Path rallyCsv) throws IOException {
        Path summary = summaryFile(rallyCsv);
        writeAtomically(rallyCsv, c.rallies().toCsv());
        writeAtomically(summary, summary(c));
        return summary;
    }

    public static String summary(Comparison c) {
        StringBuilder csv = new StringBuilder(SUMMARY_HEADER).append('\n');
        metrics(c).forEach((metric, value) -> csv.append(metric).append(',')
                .append(cell(value instanceof Double d ? number(d) : String.valueOf(value))).append('\n'));
        return csv.toString();
    }

    /**
     * The summary's metrics in order, each a String, an Integer or a Double (NaN where the value does not exist):
     * the CSV's rows and the keys of {@code evaluate --json}.
     */
    public static Map<String, Object> metrics(Comparison c) {
        Map<String, Object> rows = new LinkedHashMap<>();
        rows.put("labels", c.labels());
        rows.put("against", c.truth());
        rows.put("fps", c.fps());
        RallyMetrics r = c.rallies();
        rows.put("rally_min_iou", r.minIou());
        rows.put("rally_truth", r.truthCount());
        rows.put("rally_predicted", r.predictedCount());
        rows.put("rally_matched", r.matched());
        rows.put("rally_precision", r.precision());
        rows.put("rally_recall", r.recall());
        rows.put("rally_f1", r.f1());
        rows.put("rally_mean_start_error_frames", r.meanStartError());
        rows.put("rally_mean_end_error_frames", r.meanEndError());
        rows.put("rally_mean_start_error_seconds", c.seconds(r.meanStartError()));
        rows.put("rally_mean_end_error_seconds", c.seconds(r.meanEndError()));
        rows.put("ball_compared_frames", c.comparedFrames());
        BallMetrics b = c.ball();
        if (b != null) {
            rows.put("ball_radius_px", b.radius());
            rows.put("ball_detection_rate", b.detectionRate());
            rows.put("ball_rmse_px", b.rmse());
            rows.put("ball_false_positive_rate", b.falsePositiveRate());
        }
        for (EventMetrics e : c.events()) {
            String kind = "event_" + e.kind().wireName();
            rows.put(kind + "_truth", e.truth());
            rows.put(kind + "_found", e.found());
            rows.put(kind + "_matched", e.matched());
            rows.put(kind + "_tolerance_frames", e.tolerance());
            rows.put(kind + "_pce", e.recall());
            rows.put(kind + "_precision", e.precision());
        }
        return rows;
    }

    private static String number(double value) {
        return Double.isNaN(value) ? ""
                : BigDecimal.valueOf(value).round(new MathContext(6)).stripTrailingZeros().toPlainString();
    }

    /** Quotes a cell holding a comma, a quote or a line break (RFC 4180). */
    private static String cell(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }

    private static void writeAtomically(Path file, String text) throws IOException {
        AtomicFiles.write(file, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }
}
