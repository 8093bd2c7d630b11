package com.courtside.app.eval;

import com.courtside.timeline.eval.BallMetrics;
import com.courtside.timeline.eval.EventMetrics;
import com.courtside.timeline.eval.RallyMetrics;

import java.io.PrintWriter;
import java.util.Locale;

/** A {@link Comparison} as the lines {@code courtside evaluate} prints, two-space indented under a heading. */
public final class ComparisonReport {

    private ComparisonReport() {
    }

    public static void print(Comparison c, PrintWriter out) {
        printBall(c.ball(), out);
        for (EventMetrics e : c.events()) {
            printEvents(e, out);
        }
        printRallies(c, out);
    }

    private static void printBall(BallMetrics m, PrintWriter out) {
        if (m == null) {
            out.println("  ball             not compared: no frame is labelled by both sources");
            return;
        }
        out.printf(Locale.ROOT, "  ball detection   %5.1f %%  (%d of %d frames with the ball found within %.0f px)%n",
                percent(m.detectionRate()), m.hits(), m.truthVisible(), m.radius());
        out.printf(Locale.ROOT, "  ball RMSE        %5.2f px over the detected frames%n", m.rmse());
        out.printf(Locale.ROOT, "  misplaced        %5.1f %%  (%d frames with the ball placed farther away)%n",
                100.0 * m.misplaced() / Math.max(1, m.truthVisible()), m.misplaced());
        out.printf(Locale.ROOT, "  false positives  %5.1f %%  (%d of %d frames with no ball in sight; %d more found a "
                        + "hidden ball within %.0f px of its place)%n",
                100 * m.falsePositiveRate(), m.falsePositives(), m.truthAbsent(), m.hiddenFound(), m.radius());
    }

    private static void printEvents(EventMetrics e, PrintWriter out) {
        String name = e.kind().wireName() + "s";
        if (e.truth() == 0) {
            out.printf(Locale.ROOT, "  %-16s none in the truth; %d reported%n", name, e.found());
            return;
        }
        out.printf(Locale.ROOT, "  %-16s %5.1f %% found (PCE, %d of %d within ±%d frames), precision %s (%d reported)%n",
                name, 100 * e.recall(), e.matched(), e.truth(), e.tolerance(), percentText(e.precision()), e.found());
    }

    private static void printRallies(Comparison c, PrintWriter out) {
        RallyMetrics r = c.rallies();
        if (r.truthCount() == 0 && r.predictedCount() == 0) {
            out.println("  rallies          none in either source");
            return;
        }
        out.printf(Locale.ROOT, "  rallies          F1 %s, precision %s, recall %s at IoU ≥ %.2f "
                        + "(%d true, %d found, %d matched)%n", number(r.f1(), "%.3f"), percentText(r.precision()),
                percentText(r.recall()), r.minIou(), r.truthCount(), r.predictedCount(), r.matched());
        if (r.matched() > 0) {
            out.printf(Locale.ROOT, "  rally edges      start off by %.1f frames (%.2f s), end by %.1f frames (%.2f s) "
                            + "on average over the matched rallies%n", r.meanStartError(), c.seconds(r.meanStartError()),
                    r.meanEndError(), c.seconds(r.meanEndError()));
        }
    }

    private static double percent(double share) {
        return 100 * share;
    }

    private static String percentText(double share) {
        return Double.isNaN(share) ? "n/a" : String.format(Locale.ROOT, "%.1f %%", 100 * share);
    }

    private static String number(double value, String format) {
        return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, format, value);
    }
}
