package com.courtside.ui.main;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class TextFormatsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Indexing frames | 0.45 | Indexing frames 45 %",
            "Opening a.mp4   | -1   | Opening a.mp4"})
    void statusShowsTaskPercentage(String message, double progress, String expected) {
        assertThat(StatusBar.taskText(message, progress)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"0 | ''", "1 | ▶ 1×", "-2 | ◀ 2×", "0.25 | ▶ 0.25×"})
    void shuttleIndicatorShowsDirectionAndSpeed(double rate, String expected) {
        assertThat(TransportBar.shuttleText(rate)).isEqualTo(expected);
    }
}
