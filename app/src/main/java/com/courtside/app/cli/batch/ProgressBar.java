package com.courtside.app.cli.batch;

import com.courtside.timeline.task.ProgressListener;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * The progress of one input of a batch on stderr: {@code [2/5] match.mp4 ██████░░░░ 62 %  0:14 left  frame 930 of
 * 1500}. On a terminal the line is redrawn in place; into a file or a pipe (a CI log) it is written once per tenth,
 * so logs stay short.
 */
public final class ProgressBar implements ProgressListener {

    static final int WIDTH = 20;

    private final PrintWriter err;
    private final String label;
    private final boolean terminal;
    private final LongSupplier clock;
    private final long startNs;
    private long lastTenth = -1;
    private long lastDrawNs;
    private boolean drawn;

    /** @param label "[2/5] match.mp4" */
    public ProgressBar(PrintWriter err, String label, boolean terminal, LongSupplier clock) {
        this.err = err;
        this.label = label;
        this.terminal = terminal;
        this.clock = clock;
        this.startNs = clock.getAsLong();
    }

    public static ProgressBar forInput(PrintWriter err, int index, int count, String name) {
        return new ProgressBar(err, "[" + index + "/" + count + "] " + name, System.console() != null,
                System::nanoTime);
    }

    @Override
    public synchronized void progress(long done, long total, String message) {
        long now = clock.getAsLong();
        if (terminal) {
            if (now - lastDrawNs < 100_000_000L && done < total) {
                return;
            }
            lastDrawNs = now;
            err.print("\r" + line(done, total, message, now) + "\u001b[K");
            drawn = true;
        } else {
            long tenth = total > 0 ? done * 10 / total : -1;
            if (tenth <= lastTenth) {
                return;
            }
            lastTenth = tenth;
            err.println(line(done, total, message, now));
        }
        err.flush();
    }

    /** Ends the line on a terminal so what follows starts on its own. */
    public synchronized void finish() {
        if (terminal && drawn) {
            err.println();
            err.flush();
        }
    }

    String line(long done, long total, String message, long now) {
        StringBuilder b = new StringBuilder(label).append(' ');
        if (total > 0) {
            double share = Math.min(1, Math.max(0, done / (double) total));
            int full = (int) Math.round(share * WIDTH);
            b.append("█".repeat(full)).append("░".repeat(WIDTH - full));
            b.append(String.format(Locale.ROOT, " %3d %%", Math.round(100 * share)));
            double seconds = (now - startNs) / 1e9;
            boolean saysItself = message != null && message.contains(" left");
            if (!saysItself && share > 0.02 && share < 1 && seconds > 1) {
                b.append("  ").append(clockTime(seconds * (1 - share) / share)).append(" left");
            }
        }
        if (message != null && !message.isBlank()) {
            b.append("  ").append(message);
        }
        return b.toString();
    }

    /** 75 s → "1:15"; 3700 s → "1:01:40". */
    static String clockTime(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
