package com.courtside.app.cli.batch;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

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

    /**
     * One input's row; {@code seconds} NaN where the input's own time is not known (a dataset is written for all its
     * videos at once), {@code data} the facts behind its detail for {@code --json}, or null.
     */
    public record Row(String input, Status status, String detail, double seconds, int exitCode, ObjectNode data) {
        public Row(String input, Status status, String detail, double seconds, int exitCode) {
            this(input, status, detail, seconds, exitCode, null);
        }
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

    /**
     * The table for machines: {@code {"done": n, "skipped": n, "failed": n, "exitCode": n, "inputs": [{"input",
     * "status", "detail", "seconds", "exitCode", ...the facts of the row's data}]}}.
     */
    public synchronized ObjectNode toJson() {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("done", count(Status.DONE));
        root.put("skipped", count(Status.SKIPPED));
        root.put("failed", count(Status.FAILED));
        root.put("exitCode", exitCode());
        ArrayNode list = root.putArray("inputs");
        for (Row r : rows) {
            ObjectNode row = list.addObject().put("input", r.input())
                    .put("status", r.status().name().toLowerCase(Locale.ROOT)).put("detail", r.detail())
                    .put("exitCode", r.exitCode());
            if (Double.isNaN(r.seconds())) {
                row.putNull("seconds");
            } else {
                row.put("seconds", Math.round(r.seconds() * 1000) / 1000.0);
            }
            if (r.data() != null) {
                row.setAll(r.data());
            }
        }
        return root;
    }

    private long count(Status status) {
        return rows.stream().filter(r -> r.status() == status).count();
    }

    public synchronized void print(PrintWriter out) {
        int inputWidth = Math.max(5, rows.stream().mapToInt(r -> r.input().length()).max().orElse(0));
        String format = "%-" + inputWidth + "s  %-7s  %8s  %s%n";
        out.printf(Locale.ROOT, format, "INPUT", "STATUS", "SECONDS", "RESULT");
        for (Row r : rows) {
            out.printf(Locale.ROOT, format, r.input(), r.status().name().toLowerCase(Locale.ROOT),
                    Double.isNaN(r.seconds()) ? "-" : String.format(Locale.ROOT, "%.1f", r.seconds()), r.detail());
        }
        out.printf(Locale.ROOT, "%d done, %d skipped (done before), %d failed%n", count(Status.DONE),
                count(Status.SKIPPED), count(Status.FAILED));
    }
}
