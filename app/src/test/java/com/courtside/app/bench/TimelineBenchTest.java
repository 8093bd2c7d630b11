package com.courtside.app.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The timeline rows: what is drawn and how it is reported, not how fast. */
class TimelineBenchTest {

    @TempDir
    Path dir;

    @Test
    void drawsTheTwoHourMatchAtBothZoomsAndReportsFourTimesWithTheirTargets() {
        BenchOptions options = new BenchOptions(dir, List.of(144), 30, 2, 250, 2, 1, 7, 1, 1, false, 0.1, false, true);
        StringWriter notes = new StringWriter();
        BenchContext ctx = new BenchContext(options, null, new PrintWriter(notes));

        List<BenchRow> rows = TimelineBench.run(ctx);

        assertThat(rows).extracting(BenchRow::measurement).containsExactly(
                "timeline redraw, 2-hour 120 fps match, whole match, p50 of 200",
                "timeline redraw, 2-hour 120 fps match, whole match, p95 of 200",
                "timeline redraw, 2-hour 120 fps match, single frames, p50 of 200",
                "timeline redraw, 2-hour 120 fps match, single frames, p95 of 200");
        assertThat(rows).extracting(r -> r.target().describe()).containsExactly("—", "≤ 16.0 ms", "—", "≤ 16.0 ms");
        assertThat(rows).allSatisfy(r -> assertThat(r.value()).isPositive().isFinite());
        assertThat(ctx.notes()).anySatisfy(n -> assertThat(n).contains("864,000").doesNotContain("0 rallies,"));
        rows.forEach(r -> System.out.printf("%s: %.2f ms%n", r.measurement(), r.value()));
    }
}
