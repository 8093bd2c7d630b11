package com.courtside.app.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class BenchReportTest {

    @TempDir
    Path dir;

    private static BenchReport report() {
        List<BenchRow> rows = List.of(
                BenchRow.own("decode 1080p30 → BGRA, 2 threads", 118.2, Units.FPS, Target.ratioAtLeast(0.9))
                        .withPeer("ffmpeg → bgra", 110.0, true),
                BenchRow.own("decode 720p30 → BGRA, 2 threads", 250, Units.FPS, Target.ratioAtLeast(0.9))
                        .withPeer("ffmpeg → bgra", null, true),
                BenchRow.own("seek cold, p95", 900, Units.MS, Target.atMost(150, Units.MS).withRemark("design goal")),
                BenchRow.own("playback: frames dropped", 0, Units.FRAMES, Target.atMost(0, Units.FRAMES)));
        BenchReport.ClipSummary clip = new BenchReport.ClipSummary("1080p30", Path.of("bench-1080p30.mp4"), 45_000_000,
                "h264", 1920, 1080, 1800, 30, 250, 8);
        return new BenchReport(new MachineInfo(2, "Test CPU @ 2.5GHz", "Linux", "Java 17"), "load 0.10",
                2, List.of(clip), FfmpegPeer.NEEDS_PULSE, rows, List.of("ratio explained here"));
    }

    @Test
    void tableHasAllColumnsAligned() {
        String table = report().table();
        List<String> lines = table.lines().toList();
        assertThat(lines).hasSize(2 + 4);
        assertThat(lines.get(0)).startsWith("measurement").contains("| Courtside").contains("| peer")
                .contains("| ratio").contains("| target").endsWith("| verdict");
        int[] bars = bars(lines.get(0));
        for (String line : lines.subList(2, lines.size())) {
            assertThat(bars(line)).as(line).containsExactly(bars);
        }
        assertThat(lines.get(1)).matches("-+(-\\+-+)+");
        assertThat(lines.get(2)).contains("118.2 fps").contains("110.0 fps (ffmpeg → bgra)").contains("1.07")
                .endsWith("PASS");
        assertThat(lines.get(3)).contains("unavailable").endsWith("no peer");
        assertThat(lines.get(4)).contains("≤ 150.0 ms (design goal)").endsWith("FAIL");
        assertThat(lines.get(5)).endsWith("PASS");
    }

    private static int[] bars(String line) {
        return IntStream.range(0, line.length()).filter(i -> line.charAt(i) == '|').toArray();
    }

    @Test
    void textNamesTheMachineTheClipsAndThePeer() {
        String text = report().text();
        assertThat(text).contains("machine: 2 cores, Test CPU @ 2.5GHz")
                .contains("bench-1080p30.mp4 (h264 1920×1080, 1800 frames at 30.0 fps, GOP 250: 8 key frames, 45.0 MB)")
                .contains("peer unavailable: the bundled ffmpeg needs libpulse.so.0 — install it with: "
                        + "apt-get install -y libpulse0")
                .contains("* ratio explained here");
    }

    @Test
    void jsonCarriesNumbersUnitsAndVerdicts() throws Exception {
        Path file = dir.resolve("out/bench.json");
        report().writeJson(file);
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        assertThat(root.get("machine").get("cores").asInt()).isEqualTo(2);
        assertThat(root.get("clips").get(0).get("frames").asInt()).isEqualTo(1800);
        JsonNode first = root.get("rows").get(0);
        assertThat(first.get("value").asDouble()).isEqualTo(118.2);
        assertThat(first.get("unit").asText()).isEqualTo("fps");
        assertThat(first.get("peerValue").asDouble()).isEqualTo(110.0);
        assertThat(first.get("ratio").asDouble()).isGreaterThan(1.0);
        assertThat(first.get("verdict").asText()).isEqualTo("PASS");
        JsonNode second = root.get("rows").get(1);
        assertThat(second.get("peerValue").isNull()).isTrue();
        assertThat(second.get("verdict").asText()).isEqualTo("NO_PEER");
    }
}
