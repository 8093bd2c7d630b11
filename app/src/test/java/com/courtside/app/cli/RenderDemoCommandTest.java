package com.courtside.app.cli;

import com.courtside.app.cli.CliRun.Result;
import com.courtside.timeline.io.BasketballTruthJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code courtside render-demo --sport basketball} in-process, on tiny scenes. */
class RenderDemoCommandTest {

    @TempDir
    Path dir;

    private static Result run(String... args) {
        return CliRun.courtside(args);
    }

    @Test
    void basketballScenesAreWrittenWithTheirTruthAndAOneShotEach() throws Exception {
        Path video = dir.resolve("shots.mp4");
        Result r = run("render-demo", "--sport", "basketball", "--scenes", "2", "--resolution", "360p",
                "--duration", "3.5", "--seed", "3", "-o", video.toString());

        assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).contains("Rendered 2 basketball scenes").contains("Shots: 2");
        assertThat(r.err()).contains("Rendering basketball");
        for (String name : new String[] {"shots-000", "shots-001"}) {
            assertThat(dir.resolve(name + ".mp4")).isNotEmptyFile();
            assertThat(BasketballTruthJson.read(dir.resolve(name + ".basketball.json")).shots()).hasSize(1);
        }
        assertThat(Files.exists(video)).isFalse();
    }

    @Test
    void scenesAreRefusedForTableTennisAndTooShortScenesForBasketball() {
        Result tt = run("render-demo", "--scenes", "3", "-o", dir.resolve("a.mp4").toString());
        assertThat(tt.code()).isEqualTo(ExitCodes.CONFIGURATION);
        assertThat(tt.err()).contains("--scenes is for --sport basketball");

        Result shortScene = run("render-demo", "--sport", "basketball", "--scenes", "3", "--duration", "2",
                "-o", dir.resolve("b.mp4").toString());
        assertThat(shortScene.code()).isEqualTo(ExitCodes.CONFIGURATION);
        assertThat(shortScene.err()).contains("at least 3.5 seconds");

        Result sport = run("render-demo", "--sport", "tennis", "-o", dir.resolve("c.mp4").toString());
        assertThat(sport.code()).isEqualTo(ExitCodes.CONFIGURATION);
        assertThat(sport.err()).contains("--sport must be table-tennis or basketball");

        Result small = run("render-demo", "--resolution", "360p", "-o", dir.resolve("d.mp4").toString());
        assertThat(small.code()).isEqualTo(ExitCodes.CONFIGURATION);
        assertThat(small.err()).contains("--resolution must be 720p or 1080p");
        assertThat(dir.toFile().list()).isEmpty();
    }
}
