package com.courtside.app.bench;

import com.courtside.app.cli.CourtsideCommand;
import com.courtside.app.cli.ExitCodes;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** One small real run of {@code courtside bench}; asserts the shape of the output, never a timing. */
class BenchCommandTest {

    @TempDir
    Path dir;

    private record Result(int code, String out, String err) {
    }

    private static Result bench(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = new String[args.length + 1];
        all[0] = "bench";
        System.arraycopy(args, 0, all, 1, args.length);
        int code = CourtsideCommand.execute(all, new PrintWriter(out), new PrintWriter(err));
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    @Timeout(120)
    void tinyRunPrintsEveryRowAndWritesJson() throws Exception {
        Path work = dir.resolve("work");
        Path json = dir.resolve("bench.json");
        long start = System.nanoTime();
        Result r = bench("--skip-export", "--duration", "2", "--playback-seconds", "2", "--resolutions", "144",
                "--seeks", "6",
                "--skip-heap", "--skip-store", "--model", "classical", "--work", work.toString(), "--json", json.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).contains("machine: ").contains("bench-144p30-2s-gop250.mp4")
                .containsAnyOf("peer: bundled ffmpeg", "peer unavailable:")
                .contains("measurement").contains("| Courtside").contains("| verdict")
                .contains("decode 144p30 → BGRA").contains("decode 144p30 vs ffmpeg without BGRA")
                .contains("CPU time per frame")
                .contains("seek cold 144p30").contains("neighbouring-frame step 144p30")
                .contains("proxy seek 144p30").contains("playback 144p30")
                .contains("frames dropped").contains("effective rate")
                .contains("analysis 720p30 end to end, classical").contains("analysis 1080p60 end to end, classical")
                .contains("heap: not measured (--skip-heap)");
        assertThat(r.err()).contains("bench: ");
        assertThat(Files.isRegularFile(work.resolve("bench-144p30-2s-gop250.mp4"))).isTrue();
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        assertThat(root.get("rows").size()).isGreaterThanOrEqualTo(12);
        assertThat(root.get("clips").get(0).get("frames").asInt()).isEqualTo(60);
        System.out.printf("tiny bench run took %.1f s%n", (System.nanoTime() - start) / 1e9);

        Result again = bench("--skip-export", "--duration", "2", "--playback-seconds", "1", "--resolutions", "144",
                "--seeks", "3",
                "--no-peer-seeks", "--skip-heap", "--skip-store", "--model", "classical", "--work", work.toString());
        assertThat(again.code()).as(again.err()).isEqualTo(ExitCodes.OK);
        assertThat(again.err()).contains("reusing").doesNotContain("rendering");
    }

    @Test
    void unwritableWorkFolderIsAnOutputError() throws Exception {
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        Result r = bench("--work", file.resolve("sub").toString(), "--duration", "1");
        assertThat(r.code()).isEqualTo(ExitCodes.OUTPUT);
        assertThat(r.err()).contains("cannot write the bench work folder").contains("--work");
    }

    @Test
    void nonsenseOptionsAreConfigurationErrors() {
        assertThat(bench("--threads", "0", "--work", dir.toString()).code()).isEqualTo(ExitCodes.CONFIGURATION);
        assertThat(bench("--resolutions", "abc").code()).isEqualTo(ExitCodes.CONFIGURATION);
        assertThat(bench("--heap-minutes", "0", "--work", dir.toString()).code()).isEqualTo(ExitCodes.CONFIGURATION);
    }
}
