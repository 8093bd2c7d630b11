package com.courtside.inference.analysis;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EventPeaksTest {

    @Test
    void picksLocalMaximaAboveTheThreshold() {
        float[] s = {0, 0.2f, 0.9f, 0.3f, 0, 0, 0.6f, 0.7f, 0.1f, 0.4f, 0};
        assertThat(EventPeaks.pick(s, 0.5, 2)).containsExactly(2, 7);
    }

    @Test
    void keepsTheHigherOfTwoCloseAnswers() {
        float[] s = {0, 0.6f, 0.1f, 0.8f, 0, 0, 0, 0};
        assertThat(EventPeaks.pick(s, 0.5, 3)).containsExactly(3);
    }

    @Test
    void aPlateauCountsOnce() {
        float[] s = {0, 0.7f, 0.7f, 0.7f, 0};
        assertThat(EventPeaks.pick(s, 0.5, 1)).containsExactly(3);
    }

    @Test
    void peaksAtTheEdgesCount() {
        float[] s = {0.9f, 0.1f, 0, 0.2f, 0.8f};
        assertThat(EventPeaks.pick(s, 0.5, 1)).containsExactly(0, 4);
    }

    @Test
    void nothingAboveTheThresholdGivesNothing() {
        assertThat(EventPeaks.pick(new float[] {0.1f, 0.4f, 0.2f}, 0.5, 1)).isEmpty();
    }
}
