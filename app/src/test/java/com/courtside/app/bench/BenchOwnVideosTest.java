package com.courtside.app.bench;

import com.courtside.app.cli.CourtsideCommand;
import com.courtside.app.cli.ExitCodes;
import com.courtside.inference.video.Ffmpeg;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code courtside bench VIDEO…} on two small rendered videos and two bad inputs, through the command line as a user
 * runs it; asserts the shape of the output and that every figure is there, never a timing.
 */
class BenchOwnVideosTest {

    @TempDir
    static Path dir;
    private static Path longer;
    private static Path shorter;

    @BeforeAll
    static void renderTwoVideos() throws Exception {
        Ffmpeg.init();
        BenchOptions options = new BenchOptions(dir, List.of(144), 30, 2, 250, 2, 1, 1, 1, 1, false, 0.1, false);
        BenchContext ctx = new BenchContext(options, null, new PrintWriter(new StringWriter()));
        longer = BenchClips.ensure(BenchClip.of(dir, 360, 30, 2, 250), ctx).file();
        shorter = BenchClips.ensure(BenchClip.of(dir, 720, 30, 1, 15), ctx).file();
    }

    private record Result(int code, String out, String err) {
    }

    private static Result bench(List<String> args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of("bench"));
        all.addAll(args);
        int code = CourtsideCommand.execute(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    @Timeout(180)
    void measuresEachReadableVideoAndReportsTheOthersWithExitCodeThree() throws Exception {
        Path damaged = Files.writeString(dir.resolve("x.mp4"), "this is not a video\n");
        Path missing = dir.resolve("missing.mp4");
        Path work = dir.resolve("work");
        Path json = dir.resolve("out").resolve("bench.json");
        Path list = Files.writeString(dir.resolve("videos.txt"), shorter + "\n" + missing + "\n");

        Result r = bench(List.of(longer.toString(), damaged.toString(), "@" + list, "--video-seconds", "1.5",
                "--repeat", "1", "--seeks", "4", "--model", "classical", "--work", work.toString(),
                "--json", json.toString()));

        assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.INPUT);
        String a = longer.getFileName().toString();
        String b = shorter.getFileName().toString();
        assertThat(r.out()).contains("measurement").contains("| Courtside").contains("| peer")
                .contains("clip " + a + ", first 1.5 s: " + a).contains("clip " + b + ": " + b)
                .contains("decode " + a + " → BGRA, 2 threads").contains("decode " + b + " → BGRA, 2 threads")
                .contains("seek cold " + a + ", mean GOP").contains("analysis " + b + " end to end, classical")
                .contains(a + ": measured on its first 1.5 s (45 of 60 frames)")
                .contains("2 done, 0 skipped (done before), 2 failed");
        assertThat(r.out().lines().filter(l -> l.startsWith(damaged.toString()) && l.contains("failed")))
                .hasSize(1);
        assertThat(r.err()).contains("[2/4] x.mp4").contains("error: x.mp4: ").contains("error: missing.mp4: ")
                .doesNotContain("Exception").doesNotContain("\tat ");

        JsonNode root = new ObjectMapper().readTree(json.toFile());
        for (Path video : List.of(longer, shorter)) {
            String name = video.getFileName().toString();
            List<JsonNode> rows = Stream.of(root.get("rows")).flatMap(n -> toList(n).stream())
                    .filter(n -> n.path("video").asText().equals(video.toAbsolutePath().toString())).toList();
            JsonNode decode = only(rows, "decode " + name + " → BGRA, 2 threads");
            assertThat(decode.get("value").asDouble()).isPositive();
            assertThat(decode.get("unit").asText()).isEqualTo(Units.FPS);
            assertThat(decode.get("peer").asText()).isEqualTo("ffmpeg → bgra");
            if (FfmpegPeer.locate().available()) {
                assertThat(decode.get("peerValue").asDouble()).isPositive();
                assertThat(decode.get("ratio").asDouble()).isPositive();
            }
            JsonNode analysis = only(rows, "analysis " + name + " end to end, classical");
            assertThat(analysis.get("value").asDouble()).isPositive();
            assertThat(analysis.get("peerValue").asDouble()).isPositive();
            assertThat(rows).anyMatch(n -> n.get("measurement").asText().startsWith("seek cold " + name));
        }
        assertThat(toList(root.get("clips"))).extracting(c -> c.get("frames").asInt()).containsExactly(45, 30);
        List<JsonNode> videos = toList(root.get("videos"));
        assertThat(videos).extracting(v -> v.get("status").asText()).containsExactly("done", "failed", "done", "failed");
        assertThat(videos.get(1).get("exitCode").asInt()).isEqualTo(ExitCodes.INPUT);
        assertThat(videos.get(1).get("video").asText()).isEqualTo(damaged.toAbsolutePath().toString());
        try (Stream<Path> left = Files.list(work.resolve("videos"))) {
            assertThat(left).as("the copied starts are removed").isEmpty();
        }
    }

    @Test
    void onlyAndNegativeSecondsAreConfigurationErrorsWithVideos() {
        assertThat(bench(List.of(longer.toString(), "--only", "export", "--work", dir.toString())).code())
                .isEqualTo(ExitCodes.CONFIGURATION);
        assertThat(bench(List.of(longer.toString(), "--video-seconds", "-1", "--work", dir.toString())).code())
                .isEqualTo(ExitCodes.CONFIGURATION);
    }

    private static JsonNode only(List<JsonNode> rows, String measurement) {
        List<JsonNode> found = rows.stream().filter(n -> n.get("measurement").asText().equals(measurement)).toList();
        assertThat(found).as(measurement).hasSize(1);
        return found.get(0);
    }

    private static List<JsonNode> toList(JsonNode array) {
        List<JsonNode> list = new ArrayList<>();
        array.forEach(list::add);
        return list;
    }
}
