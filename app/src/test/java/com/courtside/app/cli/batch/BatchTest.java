package com.courtside.app.cli.batch;

import com.courtside.app.cli.CommandFailure;
import com.courtside.app.cli.ExitCodes;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class BatchTest {

    @Test
    void aFailedInputIsReportedAndTheOthersAreStillDone() {
        StringWriter err = new StringWriter();
        List<Path> inputs = List.of(Path.of("a.mp4"), Path.of("bad.mp4"), Path.of("c.mp4"));

        BatchSummary summary = Batch.run(inputs, new PrintWriter(err), (input, progress) -> {
            progress.progress(5, 10, "half");
            if (input.toString().equals("bad.mp4")) {
                throw new CommandFailure(ExitCodes.INPUT, "bad.mp4 is damaged");
            }
            return input.toString().equals("c.mp4") ? Batch.Outcome.skipped("kept") : Batch.Outcome.done("ok");
        });

        assertThat(summary.rows()).extracting(BatchSummary.Row::status).containsExactly(BatchSummary.Status.DONE,
                BatchSummary.Status.FAILED, BatchSummary.Status.SKIPPED);
        assertThat(summary.exitCode()).isEqualTo(ExitCodes.INPUT);
        assertThat(err.toString()).contains("[2/3] bad.mp4").contains("error: bad.mp4: bad.mp4 is damaged");
        StringWriter table = new StringWriter();
        summary.print(new PrintWriter(table));
        assertThat(table.toString()).contains("bad.mp4  failed").contains("1 done, 1 skipped (done before), 1 failed");
    }

    @Test
    void intoALogTheBarIsWrittenOncePerTenthWithTheTimeLeft() {
        StringWriter err = new StringWriter();
        AtomicLong now = new AtomicLong();
        ProgressBar bar = new ProgressBar(new PrintWriter(err), "[1/1] m.mp4", false, now::get);
        for (int done = 0; done <= 100; done++) {
            now.set(done * 100_000_000L);
            bar.progress(done, 100, "frame " + done);
        }

        List<String> lines = err.toString().lines().toList();
        assertThat(lines).hasSize(11);
        assertThat(lines.get(5)).isEqualTo("[1/1] m.mp4 ██████████░░░░░░░░░░  50 %  0:05 left  frame 50");
        assertThat(lines.get(10)).startsWith("[1/1] m.mp4 ████████████████████ 100 %  frame 100");
        assertThat(ProgressBar.clockTime(3700)).isEqualTo("1:01:40");
    }
}
