package com.courtside.ui.scrubber;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class RulerScaleTest {

    @ParameterizedTest
    @CsvSource({
            "1200, 12,   1",       // 100 px per second
            "1200, 60,   5",       // 20 px/s: 5 s labels are 100 px apart
            "1200, 3600, 300",     // an hour
            "1200, 7200, 600"})    // two hours
    void labelsAreAtLeastSeventyTwoPixelsApart(double width, double seconds, double step) {
        assertThat(RulerScale.majorStep(width, seconds)).isEqualTo(step);
        assertThat(step * width / seconds).isGreaterThanOrEqualTo(RulerScale.MIN_LABEL_SPACING);
    }

    @ParameterizedTest
    @CsvSource({"0, 0:00", "5, 0:05", "90, 1:30", "3720, 1:02:00"})
    void labelsReadAsClockTime(double seconds, String label) {
        assertThat(RulerScale.label(seconds)).isEqualTo(label);
    }
}
