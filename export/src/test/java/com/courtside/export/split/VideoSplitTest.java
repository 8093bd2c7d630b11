package com.courtside.export.split;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VideoSplitTest {

    private static List<String> videos(int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add("game-" + i);
        }
        return out;
    }

    @ParameterizedTest
    @CsvSource({"10, 8, 1, 1", "100, 80, 10, 10", "3, 1, 1, 1", "2, 1, 1, 0", "1, 1, 0, 0"})
    void sharesAreCutByVideo(int n, int train, int val, int test) {
        Map<String, String> split = VideoSplit.assign(videos(n), new double[] {0.8, 0.1, 0.1}, 7);
        assertThat(split).hasSize(n);
        assertThat(split.values().stream().filter("train"::equals).count()).isEqualTo(train);
        assertThat(split.values().stream().filter("val"::equals).count()).isEqualTo(val);
        assertThat(split.values().stream().filter("test"::equals).count()).isEqualTo(test);
    }

    @Test
    void theSameSeedGivesTheSameSplitWhateverTheOrder() {
        List<String> names = videos(20);
        List<String> reversed = new ArrayList<>(names);
        java.util.Collections.reverse(reversed);
        assertThat(VideoSplit.assign(reversed, new double[] {0.6, 0.2, 0.2}, 3))
                .containsExactlyInAnyOrderEntriesOf(VideoSplit.assign(names, new double[] {0.6, 0.2, 0.2}, 3));
        assertThat(VideoSplit.assign(names, new double[] {0.6, 0.2, 0.2}, 4))
                .isNotEqualTo(VideoSplit.assign(names, new double[] {0.6, 0.2, 0.2}, 3));
    }

    @Test
    void aBadSplitIsRefusedSayingWhatToGive() {
        assertThatThrownBy(() -> VideoSplit.parse("0.8,0.2")).hasMessageContaining("TRAIN,VAL,TEST");
        assertThatThrownBy(() -> VideoSplit.parse("0.8,x,0.1")).hasMessageContaining("'x'");
        assertThatThrownBy(() -> VideoSplit.assign(videos(3), new double[] {0, 0, 0}, 1))
                .hasMessageContaining("not all zero");
    }
}
