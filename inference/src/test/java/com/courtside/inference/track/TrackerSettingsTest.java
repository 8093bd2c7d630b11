package com.courtside.inference.track;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class TrackerSettingsTest {

    @ParameterizedTest
    @CsvSource({
        "1920, 1080, 30, 120, 80, 5, 10, 25",
        "1280,  720, 30,  80, 53.333, 3.333, 10, 25",
        "1920, 1080, 60,  60, 80, 5, 20, 50",
        "1080, 1920, 30, 120, 80, 5, 10, 25",
    })
    void seedThresholdsScaleWithShortSideAndFrameRate(int width, int height, double fps, double jump,
            double radius, double still, int maxPredicted, int stillFrames) {
        TrackerSettings s = TrackerSettings.forVideo(width, height, fps);

        assertThat(s.chaosJumpPx()).isCloseTo(jump, within(0.01));
        assertThat(s.stabilityRadiusPx()).isCloseTo(radius, within(0.01));
        assertThat(s.stillPx()).isCloseTo(still, within(0.01));
        assertThat(s.maxPredictedFrames()).isEqualTo(maxPredicted);
        assertThat(s.stillFrames()).isEqualTo(stillFrames);
    }
}
