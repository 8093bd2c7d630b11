package com.courtside.app.cli;

import com.courtside.app.cli.CliRun.Result;
import com.courtside.inference.synth.basketball.BasketballOptions;
import com.courtside.inference.synth.basketball.BasketballRenderer;
import com.courtside.inference.synth.basketball.BasketballResult;
import com.courtside.timeline.task.ProgressListener;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code evaluate --shooter} on rendered one-shot basketball scenes, in process, with the bundled model. */
class EvaluateShooterTest {

    @TempDir
    static Path dir;
    static List<BasketballResult> scenes;
    private static String previousCache;

    @BeforeAll
    static void render() throws Exception {
        previousCache = CliRun.useCache(dir.resolve("cache"));
        BasketballOptions options = BasketballOptions.scene().withSize(640, 360).withSeed(31);
        scenes = new BasketballRenderer().renderScenes(options, 3, dir.resolve("s.mp4"), ProgressListener.NONE);
    }

    @AfterAll
    static void restoreCache() {
        CliRun.restoreCache(previousCache);
    }

    private static Result courtside(String... args) {
        return CliRun.courtside(args);
    }

    private static String[] args(String... options) {
        return Stream.concat(Stream.concat(Stream.of("evaluate"), Stream.of(options)),
                scenes.stream().map(s -> s.video().toString())).toArray(String[]::new);
    }

    @Test
    void theModelAndTheBaselineAreMeasuredOverEveryShot() {
        Result r = courtside(args("--shooter"));
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("shooter top-1 over 3 shots of 3 clips: model ").contains("baseline ")
                .contains("target >= 90 % with the model");
    }

    @Test
    void withoutAModelTheBaselineAloneIsMeasured() {
        Result r = courtside(args("--shooter", "--shooter-model", "none"));
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("shooter top-1 over 3 shots of 3 clips: baseline ").contains("no model");
    }

    @Test
    void aClipWithoutItsBasketballLabelsIsAnInputError() throws Exception {
        Path lone = Files.copy(scenes.get(0).video(), dir.resolve("lone.mp4"));
        Result r = courtside("evaluate", "--shooter", lone.toString());
        assertThat(r.code()).isEqualTo(ExitCodes.INPUT);
        assertThat(r.err()).contains("No basketball truth for").contains("lone.basketball.json")
                .doesNotContain("\tat ");
    }

    @Test
    void withoutTheShooterModeEachClipWithoutABallTruthIsReportedAndTheBatchGoesOn() {
        Result r = courtside("evaluate", scenes.get(0).video().toString(), scenes.get(1).video().toString());
        assertThat(r.code()).isEqualTo(ExitCodes.INPUT);
        assertThat(r.err().split("Cannot read the ground truth", -1)).as(r.err()).hasSize(3);
        assertThat(r.out()).contains("0 done, 0 skipped (done before), 2 failed");
    }
}
