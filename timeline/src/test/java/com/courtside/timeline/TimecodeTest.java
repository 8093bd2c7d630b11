package com.courtside.timeline;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class TimecodeTest {

    @ParameterizedTest
    @CsvSource({"0, 30, 1, 00:00:00:00", "29, 30, 1, 00:00:00:29", "30, 30, 1, 00:00:01:00",
            "108000, 30, 1, 01:00:00:00", "125, 25, 1, 00:00:05:00", "239, 120, 1, 00:00:01:119"})
    void formatsFrameAsHoursMinutesSecondsFrames(int frame, long num, long den, String expected) {
        assertThat(Timecode.format(frame, Rational.of(num, den))).isEqualTo(expected);
    }
}
