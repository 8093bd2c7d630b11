package com.courtside.ui.timeline;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class FrameSummaryTest {

    @Test
    void everyRangeSummarisesLikeReadingEveryFrame() {
        Random random = new Random(3);
        float[] values = new float[70_001];
        for (int i = 0; i < values.length; i++) {
            values[i] = random.nextInt(5) == 0 ? Float.NaN : random.nextFloat();
        }
        FrameSummary summary = new FrameSummary(values);
        FrameSummary.Stats stats = new FrameSummary.Stats();
        for (int q = 0; q < 2_000; q++) {
            int from = random.nextInt(values.length);
            int to = from + 1 + random.nextInt(q % 2 == 0 ? 40 : 20_000);
            summary.query(from, to, stats);
            float min = Float.POSITIVE_INFINITY;
            float max = Float.NEGATIVE_INFINITY;
            double sum = 0;
            int count = 0;
            for (int f = from; f < Math.min(to, values.length); f++) {
                if (!Float.isNaN(values[f])) {
                    min = Math.min(min, values[f]);
                    max = Math.max(max, values[f]);
                    sum += values[f];
                    count++;
                }
            }
            assertThat(stats.count).as("count of %d..%d", from, to).isEqualTo(count);
            if (count > 0) {
                assertThat(stats.min).isEqualTo(min);
                assertThat(stats.max).isEqualTo(max);
                assertThat(stats.sum).isCloseTo(sum, within(1e-6 * count));
            }
        }
    }

    @Test
    void aRangeOfNoValuesIsEmpty() {
        float[] values = new float[5_000];
        java.util.Arrays.fill(values, Float.NaN);
        values[4_999] = 0.5f;
        FrameSummary summary = new FrameSummary(values);
        FrameSummary.Stats stats = new FrameSummary.Stats();

        summary.query(0, 4_999, stats);
        assertThat(stats.isEmpty()).isTrue();
        summary.query(0, 5_000, stats);
        assertThat(stats.count).isEqualTo(1);
        assertThat(stats.mean()).isEqualTo(0.5);
    }
}
