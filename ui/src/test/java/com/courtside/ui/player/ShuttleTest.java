package com.courtside.ui.player;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ShuttleTest {

    @ParameterizedTest
    @CsvSource({
            "false, 4.0, 1.0",
            "true,  1.0, 2.0",
            "true,  2.0, 4.0",
            "true,  4.0, 4.0",
            "true,  0.25, 1.0",
            "true,  1.5, 2.0"})
    void nextRungOfTheLadder(boolean playingThatWay, double speed, double expected) {
        assertThat(Shuttle.next(playingThatWay, speed)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"1.0, 1×", "0.25, 0.25×", "1.5, 1.5×", "0.1, 0.1×", "4.0, 4×"})
    void labelsDropTrailingZeros(double speed, String label) {
        assertThat(Shuttle.label(speed)).isEqualTo(label);
    }
}
