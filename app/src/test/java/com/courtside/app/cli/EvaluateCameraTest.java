package com.courtside.app.cli;

import com.courtside.app.cli.CliRun.Result;
import com.courtside.inference.synth.DemoMatchRenderer;
import com.courtside.inference.synth.RenderOptions;
import com.courtside.inference.synth.RenderResult;
import com.courtside.timeline.task.ProgressListener;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code courtside evaluate --camera} in-process on a small rendered match with the classical ball detector. */
class EvaluateCameraTest {

    @TempDir
    static Path dir;
    static RenderResult clip;
    private static String previousCache;

    @BeforeAll
    static void renderClip() throws Exception {
        previousCache = CliRun.useCache(dir.resolve("cache"));
        RenderOptions options = RenderOptions.defaults().withSize(480, 270).withDuration(20).withSeed(2)
                .withOpenTtGames(false);
        clip = new DemoMatchRenderer().render(options, dir.resolve("match.mp4"), ProgressListener.NONE);
    }

    @AfterAll
    static void restoreCache() {
        CliRun.restoreCache(previousCache);
    }

    private static Result evaluate(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "evaluate";
        all[1] = clip.video().toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return CliRun.courtside(all);
    }

    @Test
    void printsThreeCamerasDrivenByEachBallAndWhetherTheTargetHolds() {
        Result r = evaluate("--camera", "--model", "classical");

        assertThat(r.code()).as(r.err()).isZero();
        System.out.println(r.out());
        assertThat(r.out()).contains("virtual camera   16:9 crop, default settings")
                .contains("driven by the analysed ball:").contains("driven by the true ball:")
                .contains("      follow-cam ").contains("      centring ")
                .containsPattern("fixed wide +100\\.0 % +0\\.000 px/f³ +\\d+ fr +1\\.00")
                .containsPattern("target \\(inside ≥ 99 %, jerk ≤ 0\\.20 × centring\\): (met|NOT met)");
        String truthSection = r.out().substring(r.out().indexOf("driven by the true ball:"));
        assertThat(truthSection).as("the true ball meets the target").contains("): met (inside");
    }

    @Test
    void aPortraitCropIsMeasuredWhenAsked() {
        Result r = evaluate("--camera", "--aspect", "9:16", "--model", "classical");

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("virtual camera   9:16 crop")
                .containsPattern("fixed wide +\\d+\\.\\d % +0\\.000 px/f³ +\\d+ fr +0\\.32");
    }

    @Test
    void anUnknownAspectIsAConfigurationErrorBeforeAnyAnalysis() {
        Result r = evaluate("--camera", "--aspect", "4:3");

        assertThat(r.code()).isEqualTo(ExitCodes.CONFIGURATION);
        assertThat(r.err()).contains("--aspect").contains("unknown aspect '4:3'").contains("16:9, 9:16, 1:1");
    }

    @Test
    void withoutTheFlagNoCameraIsMeasured() {
        Result r = evaluate("--model", "classical");

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).doesNotContain("virtual camera");
    }
}
