package com.courtside.app.cli.batch;

import com.courtside.app.cli.CommandFailure;
import com.courtside.timeline.task.CancelledException;
import com.courtside.timeline.task.ProgressListener;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * Runs one step per input of a batch command: a progress bar per input on stderr, a failure of one input reported
 * and the others carried on (a batch of hundreds is not lost to one damaged file), and a {@link BatchSummary} at
 * the end. What was done before (a kept analysis) is reported as skipped, so a stopped batch can be run again and
 * resumes where it stopped.
 */
public final class Batch {

    /** The work of one input. */
    public interface Step<T> {
        Outcome run(T input, ProgressListener progress);
    }

    /**
     * What one input gave: a line for the summary, whether it was done before, and for {@code --json} the facts
     * behind the line (null: none beyond it).
     */
    public record Outcome(boolean skipped, String detail, ObjectNode data) {
        public Outcome(boolean skipped, String detail) {
            this(skipped, detail, null);
        }

        /** This outcome with the facts for machines. */
        public Outcome with(ObjectNode facts) {
            return new Outcome(skipped, detail, facts);
        }

        public static Outcome done(String detail) {
            return new Outcome(false, detail);
        }

        public static Outcome skipped(String detail) {
            return new Outcome(true, detail);
        }
    }

    private Batch() {
    }

    /** One step per file, the bar named by the file's name and the summary's row by its path. */
    public static BatchSummary run(List<Path> inputs, PrintWriter err, Step<Path> step) {
        return run(inputs, Path::toString, Batch::fileName, err, step);
    }

    /**
     * One step per input of any kind (a video and its label file, an output to render), the summary's row named by
     * {@code row} and the progress bar by {@code bar}.
     */
    public static <T> BatchSummary run(List<T> inputs, Function<T, String> row, Function<T, String> bar, PrintWriter err,
                                       Step<T> step) {
        BatchSummary summary = new BatchSummary();
        for (int i = 0; i < inputs.size(); i++) {
            T item = inputs.get(i);
            String input = row.apply(item);
            String name = bar.apply(item);
            ProgressBar progress = ProgressBar.forInput(err, i + 1, inputs.size(), name);
            long start = System.nanoTime();
            try {
                Outcome outcome = step.run(item, progress);
                progress.finish();
                summary.add(new BatchSummary.Row(input, outcome.skipped() ? BatchSummary.Status.SKIPPED
                        : BatchSummary.Status.DONE, outcome.detail(), seconds(start), 0, outcome.data()));
            } catch (CommandFailure e) {
                progress.finish();
                err.println("error: " + name + ": " + e.getMessage());
                err.flush();
                summary.add(new BatchSummary.Row(input, BatchSummary.Status.FAILED, e.getMessage(),
                        seconds(start), e.exitCode()));
            } catch (CancelledException e) {
                progress.finish();
                throw e;
            }
        }
        return summary;
    }

    /** A path's last part, as a progress bar names it. */
    public static String fileName(Path path) {
        return path.getFileName() == null ? path.toString() : path.getFileName().toString();
    }

    private static double seconds(long startNs) {
        return (System.nanoTime() - startNs) / 1e9;
    }
}
