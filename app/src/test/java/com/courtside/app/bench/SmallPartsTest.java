package com.courtside.app.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SmallPartsTest {

    @TempDir
    Path dir;

    @Test
    void cpuModelComesFromCpuinfo() throws Exception {
        Path cpuinfo = dir.resolve("cpuinfo");
        Files.writeString(cpuinfo, "processor\t: 0\nvendor_id\t: GenuineIntel\nmodel name\t: Intel(R) Xeon(R) @ 2.50GHz\n"
                + "processor\t: 1\nmodel name\t: Intel(R) Xeon(R) @ 2.50GHz\n");
        assertThat(MachineInfo.cpuModel(cpuinfo)).isEqualTo("Intel(R) Xeon(R) @ 2.50GHz");
        assertThat(MachineInfo.cpuModel(dir.resolve("missing"))).isEqualTo("unknown CPU");
        assertThat(MachineInfo.detect().cores()).isPositive();
    }

    @Test
    void seekPlansAreRepeatableInRangeAndFarApart() {
        int[] a = SeekPlan.farApart(1800, 100, 42, 450);
        int[] b = SeekPlan.farApart(1800, 100, 42, 450);
        assertThat(a).containsExactly(b);
        for (int i = 0; i < a.length; i++) {
            assertThat(a[i]).isBetween(0, 1799);
            if (i > 0) {
                assertThat(Math.abs(a[i] - a[i - 1])).isGreaterThanOrEqualTo(450);
            }
        }
        assertThat(SeekPlan.farApart(1800, 100, 43, 450)).isNotEqualTo(a);
        assertThat(IntStream.of(SeekPlan.within(2, 57, 50, 1)).allMatch(f -> f >= 2 && f <= 57)).isTrue();
        assertThat(IntStream.of(SeekPlan.farApart(3, 10, 1, 450)).allMatch(f -> f >= 0 && f <= 2)).isTrue();
    }

    @Test
    void clipsAreNamedByWhatTheyAre() {
        BenchClip clip = BenchClip.of(dir, 1080, 30, 60, 250);
        assertThat(clip.file().getFileName().toString()).isEqualTo("bench-1080p30-60s-gop250.mp4");
        assertThat(clip.width()).isEqualTo(1920);
        assertThat(clip.expectedFrames()).isEqualTo(1800);
        assertThat(BenchClip.of(dir, 720, 30, 2.5, 250).file().getFileName().toString())
                .isEqualTo("bench-720p30-2_50s-gop250.mp4");
        assertThat(BenchClip.of(dir, 144, 30, 2, 250).width()).isEqualTo(256);
    }

    @Test
    void optionsPutTheLargestClipFirstAndRefuseNonsense() {
        BenchOptions o = new BenchOptions(dir, List.of(720, 1080, 720), 30, 60, 250, 2, 100, 42, 60, 1, true, 30, true);
        assertThat(o.resolutions()).containsExactly(1080, 720);
        assertThatThrownBy(() -> new BenchOptions(dir, List.of(1080), 30, 60, 250, 0, 100, 42, 60, 1, true, 30, true))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BenchOptions(dir, List.of(8), 30, 60, 250, 2, 100, 42, 60, 1, true, 30, true))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BenchOptions(dir, List.of(1080), 30, 60, 250, 2, 100, 42, 60, 1, true, 0, true))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
