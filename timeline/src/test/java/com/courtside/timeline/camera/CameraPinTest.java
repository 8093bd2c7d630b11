package com.courtside.timeline.camera;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CameraPinTest {

    @ParameterizedTest
    @CsvSource({"-1, 10, 10, 1, frame", "0, NaN, 10, 1, centre", "0, 10, Infinity, 1, centre",
            "0, 10, 10, 0.9, zoom", "0, 10, 10, 21, zoom"})
    void aBadPinIsRefusedNamingWhatIsWrong(int frame, double x, double y, double zoom, String word) {
        assertThatThrownBy(() -> new CameraPin(frame, x, y, zoom))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(word);
    }

    @Test
    void pinsSortByFrame() {
        List<CameraPin> pins = new ArrayList<>(List.of(new CameraPin(90, 1, 1, 1), new CameraPin(3, 1, 1, 2)));
        pins.sort(null);
        assertThat(pins).extracting(CameraPin::frame).containsExactly(3, 90);
    }
}
