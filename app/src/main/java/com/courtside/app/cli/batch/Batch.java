package com.courtside.app.cli.batch;

import com.courtside.app.cli.CommandFailure;
import com.courtside.timeline.task.CancelledException;
import com.courtside.timeline.task.ProgressListener;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs one step per input of a batch command: a progress bar per input on stderr, a failure of one input reported
 * and the others carried on (a batch of hundreds is not lost to one damaged file), and a {@link BatchSummary} at
 * the end. What was done before (a kept analysis) is reported as skipped, so a stopped batch can be run again and
 * resumes where it stopped.
 */
public final class Batch {

    /** The work of one input. */
    public interface Step {
        Outcome run(Path input, ProgressListener progress);
    }

    /** What one input gave: a line for the summary, and whether it was done before. */
    public record Outcome(boolean skipped, String detail) {
        public static Outcome done(String detail) {
            return new Outcome(false, detail);
        }

        public static Outcome skipped(String detail) {
            return new Outcome(true, detail);
        }
    }

    private Batch() {
    }

    public static BatchSummary run(List<Path> inputs, PrintWriter err, Step step) {
        BatchSummary summary = new BatchSummary();
        for (int i = 0; i < inputs.size(); i++) {
            Path input = inputs.get(i);
            String name = input.getFileName() == null ? input.toString() : input.getFileName().toString();
            ProgressBar bar = ProgressBar.forInput(err, i + 1, inputs.size(), name);
            long start = System.nanoTime();
            try {
                Outcome outcome = step.run(input, bar);
                bar.finish();
                summary.add(new BatchSummary.Row(input.toString(), outcome.skipped() ? BatchSummary.Status.SKIPPED
                        : BatchSummary.Status.DONE, outcome.detail(), seconds(start), 0));
            } catch (CommandFailure e) {
                bar.finish();
                err.println("error: " + name + ": " + e.getMessage());
                err.flush();
                summary.add(new BatchSummary.Row(input.toString(), BatchSummary.Status.FAILED, e.getMessage(),
                        seconds(start), e.exitCode()));
            } catch (CancelledException e) {
                bar.finish();
                throw e;
            }
        }
        return summary;
    }

    private static double seconds(long startNs) {
        return (System.nanoTime() - startNs) / 1e9;
    }
}
