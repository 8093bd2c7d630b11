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
        Map<String, String> rows = new LinkedHashMap<>();
        rows.put("labels", c.labels());
        rows.put("against", c.truth());
        rows.put("fps", number(c.fps()));
        RallyMetrics r = c.rallies();
        rows.put("rally_min_iou", number(r.minIou()));
        rows.put("rally_truth", Integer.toString(r.truthCount()));
        rows.put("rally_predicted", Integer.toString(r.predictedCount()));
        rows.put("rally_matched", Integer.toString(r.matched()));
        rows.put("rally_precision", number(r.precision()));
        rows.put("rally_recall", number(r.recall()));
        rows.put("rally_f1", number(r.f1()));
        rows.put("rally_mean_start_error_frames", number(r.meanStartError()));
        rows.put("rally_mean_end_error_frames", number(r.meanEndError()));
        rows.put("rally_mean_start_error_seconds", number(c.seconds(r.meanStartError())));
        rows.put("rally_mean_end_error_seconds", number(c.seconds(r.meanEndError())));
        rows.put("ball_compared_frames", Integer.toString(c.comparedFrames()));
        BallMetrics b = c.ball();
        if (b != null) {
            rows.put("ball_radius_px", number(b.radius()));
            rows.put("ball_detection_rate", number(b.detectionRate()));
            rows.put("ball_rmse_px", number(b.rmse()));
            rows.put("ball_false_positive_rate", number(b.falsePositiveRate()));
        }
        for (EventMetrics e : c.events()) {
            String kind = "event_" + e.kind().wireName();
            rows.put(kind + "_truth", Integer.toString(e.truth()));
            rows.put(kind + "_found", Integer.toString(e.found()));
            rows.put(kind + "_matched", Integer.toString(e.matched()));
            rows.put(kind + "_tolerance_frames", Integer.toString(e.tolerance()));
            rows.put(kind + "_pce", number(e.recall()));
            rows.put(kind + "_precision", number(e.precision()));
        }
        StringBuilder csv = new StringBuilder(SUMMARY_HEADER).append('\n');
        rows.forEach((metric, value) -> csv.append(metric).append(',').append(cell(value)).append('\n'));
        return csv.toString();
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
