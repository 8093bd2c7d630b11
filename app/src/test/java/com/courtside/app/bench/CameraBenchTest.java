package com.courtside.app.bench;

import com.courtside.inference.video.Ffmpeg;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The virtual-camera rows on a small rendered clip's truth: what is measured and how it is reported. */
class CameraBenchTest {

    @TempDir
    static Path dir;
    private static BenchContext ctx;
    private static BenchClip clip;

    @BeforeAll
    static void renderClip() throws Exception {
        Ffmpeg.init();
        BenchOptions options = new BenchOptions(dir, List.of(144), 30, 20, 250, 2, 1, 7, 1, 1, false, 0.1, false,
                false);
        ctx = new BenchContext(options, null, new PrintWriter(new StringWriter()));
        clip = BenchClips.ensure(BenchClip.of(dir, 144, 30, 20, 250), ctx);
    }

    @Test
    void reportsTheThreeCamerasTheJerkRatioTheLagAndTheCostWithTheirTargets() {
        List<BenchRow> rows = CameraBench.run(clip, ctx);

        String of = "virtual camera, 144p30 true ball, ";
        assertThat(rows).extracting(BenchRow::measurement).containsExactly(
                of + "ball inside, follow-cam", of + "ball inside, centring camera",
                of + "ball inside, fixed wide shot",
                of + "mean jerk, follow-cam ÷ centring camera", of + "lag behind the ball, follow-cam",
                of + "path per frame, batch", of + "preview, random scrub, p95 of 1000");
        assertThat(rows).extracting(r -> r.target().describe())
                .containsExactly("≥ 99.00 %", "—", "—", "≤ 0.20", "—", "—", "≤ 16.0 ms (a 60 Hz frame)");
        assertThat(rows.get(0).value()).isBetween(99.0, 100.0);
        assertThat(rows.get(2).value()).isEqualTo(100.0);
        assertThat(rows.get(3).value()).isPositive().isLessThanOrEqualTo(0.2);
        assertThat(rows.get(0).verdict()).isEqualTo(Verdict.PASS);
        assertThat(rows).allSatisfy(r -> assertThat(r.value()).isFinite().isGreaterThanOrEqualTo(0));
        assertThat(ctx.notes()).anySatisfy(n -> assertThat(n).startsWith("virtual camera: 144p30, 600 frames"));
        rows.forEach(r -> System.out.printf("%s: %s%n", r.measurement(), r.valueText()));
    }

    @Test
    void aClipWithoutItsTruthIsNotedAndNotMeasured(@TempDir Path other) throws Exception {
        BenchClip bare = BenchClip.of(other, 144, 30, 20, 250);
        Files.copy(clip.file(), bare.file());
        BenchContext quiet = new BenchContext(ctx.options(), null, new PrintWriter(new StringWriter()));

        assertThat(CameraBench.run(bare, quiet)).isEmpty();
        assertThat(quiet.notes())
                .anySatisfy(n -> assertThat(n).contains("bench-144p30-20s-gop250.truth.json is missing"));
    }
}
