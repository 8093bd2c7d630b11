package com.courtside.app.cli;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BenchVideosTest {

    @Test
    void videosAreNamedByFileNameUnlessTwoShareOne() {
        Path a = Path.of("day1", "match.mp4");
        Path b = Path.of("day2", "match.mp4");
        Path c = Path.of("day2", "warmup.mp4");

        assertThat(BenchVideos.labels(List.of(a, b, c, a))).containsEntry(a, a.toString()).containsEntry(b, b.toString())
                .containsEntry(c, "warmup.mp4");
        assertThat(BenchVideos.labels(List.of(a, c, a))).containsEntry(a, "match.mp4");
    }
}
