package com.courtside.app.bench;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class PercentilesTest {

    @Test
    void interpolatesBetweenRanksLikeNumpy() {
        double[] values = new double[100];
        for (int i = 0; i < 100; i++) {
            values[i] = 100 - i; // 100..1, unsorted on purpose
        }
        Percentiles p = Percentiles.of(values);
        assertThat(p.count()).isEqualTo(100);
        assertThat(p.p50()).isCloseTo(50.5, within(1e-9));
        assertThat(p.p95()).isCloseTo(95.05, within(1e-9));
        assertThat(p.mean()).isCloseTo(50.5, within(1e-9));
        assertThat(p.min()).isEqualTo(1);
        assertThat(p.max()).isEqualTo(100);
    }

    @Test
    void smallSamples() {
        assertThat(Percentiles.of(new double[] {7}).p95()).isEqualTo(7);
        Percentiles two = Percentiles.of(new double[] {10, 20});
        assertThat(two.p50()).isCloseTo(15, within(1e-9));
        assertThat(two.p95()).isCloseTo(19.5, within(1e-9));
        assertThat(Percentiles.percentile(new double[] {1, 2, 3}, 0)).isEqualTo(1);
        assertThat(Percentiles.percentile(new double[] {1, 2, 3}, 100)).isEqualTo(3);
    }

    @Test
    void nanosAreReportedInMilliseconds() {
        Percentiles p = Percentiles.ofNanos(new long[] {1_000_000, 3_000_000, 2_000_000});
        assertThat(p.p50()).isCloseTo(2.0, within(1e-9));
        assertThat(p.max()).isCloseTo(3.0, within(1e-9));
    }

    @Test
    void refusesEmptySamplesAndBadPercentiles() {
        assertThatThrownBy(() -> Percentiles.of(new double[0])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Percentiles.percentile(new double[] {1}, 101))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void inputIsNotReordered() {
        double[] values = {3, 1, 2};
        Percentiles.of(values);
        assertThat(values).containsExactly(3, 1, 2);
    }
}
