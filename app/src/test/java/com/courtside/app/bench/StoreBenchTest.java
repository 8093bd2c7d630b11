package com.courtside.app.bench;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The label-store rows at small sizes: what is measured and how it is reported, not how fast. */
class StoreBenchTest {

    private static final StoreBench.Sizes SMALL = new StoreBench.Sizes(20_000, 20, 5, 10_000, 2_000, 0.05);

    @TempDir
    static Path dir;
    private static BenchContext ctx;
    private static List<BenchRow> rows;

    @BeforeAll
    @Timeout(120)
    static void runSmall() throws Exception {
        BenchOptions options = new BenchOptions(dir, List.of(144), 30, 2, 250, 2, 1, 7, 1, 1, false, 0.1, false, true);
        // The store rows have no peer, so no ffmpeg is looked for.
        ctx = new BenchContext(options, null, new PrintWriter(new StringWriter()));
        rows = new StoreBench(SMALL, dir).run(ctx);
    }

    @Test
    void reportsTheFourDesignFiguresWithTheirCountsAndTargets() {
        assertThat(rows).extracting(BenchRow::measurement).containsExactly(
                "label store: write 20,000 ball samples (one writeBall)",
                "label store: one ball edit committed, analysis writing, p50 of 20 edits",
                "label store: one ball edit committed, analysis writing, p95 of 20 edits",
                "label store: open a project of 20,000 ball labels + first frame's labels",
                "label store: effective labels of 10,000 frames, p50 of 5 queries",
                "label store: effective labels of 10,000 frames, p95 of 5 queries");
        assertThat(rows).extracting(r -> r.target().describe()).containsExactly(
                "≤ 2000.0 ms", "—", "≤ 5.00 ms", "≤ 1000.0 ms", "—", "≤ 20.0 ms");
    }

    @Test
    void everyFigureIsAPositiveTimeWithoutAPeer() {
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.unit()).isEqualTo(Units.MS);
            assertThat(r.value()).isPositive().isFinite();
            assertThat(r.peerLabel()).isNull();
            assertThat(r.verdict()).isIn(r.target().kind() == Target.Kind.NONE
                    ? List.of(Verdict.INFO) : List.of(Verdict.PASS, Verdict.FAIL));
        });
        assertThat(rows.get(2).value()).isGreaterThanOrEqualTo(rows.get(1).value());
        assertThat(rows.get(5).value()).isGreaterThanOrEqualTo(rows.get(4).value());
    }

    @Test
    void notesTheHumanShareAndTheBackgroundWrites() {
        assertThat(ctx.notes()).singleElement().satisfies(note -> {
            assertThat(note).matches("(?s).*of 20,000 frames labelled by hand \\((4|5|6)\\.\\d %\\).*");
            assertThat(note).containsPattern("background run wrote [0-9,]+ samples in [1-9]\\d* writes");
        });
    }

    @Test
    void leavesNothingInTheTempFolder() throws Exception {
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void refusesAWindowLongerThanTheTrack() {
        assertThatThrownBy(() -> new StoreBench.Sizes(1_000, 20, 5, 10_000, 500, 0.05))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
