package com.courtside.app.cli.batch;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The table a batch command prints at the end: one row per input with what became of it (done, skipped because
 * it was done before, failed with the reason), what it gave and how long it took.
 */
public final class BatchSummary {

    /** What became of one input. */
    public enum Status { DONE, SKIPPED, FAILED }

    /** One input's row. */
    public record Row(String input, Status status, String detail, double seconds, int exitCode) {
    }

    private final List<Row> rows = new ArrayList<>();

    public synchronized void add(Row row) {
        rows.add(row);
    }

    public synchronized List<Row> rows() {
        return List.copyOf(rows);
    }

    /** The first failure's exit code, or 0 when every input was done or skipped. */
    public synchronized int exitCode() {
        return rows.stream().filter(r -> r.status() == Status.FAILED).mapToInt(Row::exitCode).findFirst().orElse(0);
    }

    public synchronized void print(PrintWriter out) {
        int inputWidth = Math.max(5, rows.stream().mapToInt(r -> r.input().length()).max().orElse(0));
        String format = "%-" + inputWidth + "s  %-7s  %8s  %s%n";
        out.printf(Locale.ROOT, format, "INPUT", "STATUS", "SECONDS", "RESULT");
        for (Row r : rows) {
            out.printf(Locale.ROOT, format, r.input(), r.status().name().toLowerCase(Locale.ROOT),
                    String.format(Locale.ROOT, "%.1f", r.seconds()), r.detail());
        }
        long done = rows.stream().filter(r -> r.status() == Status.DONE).count();
        long skipped = rows.stream().filter(r -> r.status() == Status.SKIPPED).count();
        long failed = rows.stream().filter(r -> r.status() == Status.FAILED).count();
        out.printf(Locale.ROOT, "%d done, %d skipped (done before), %d failed%n", done, skipped, failed);
    }
}
