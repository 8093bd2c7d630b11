package com.courtside.timeline.camera;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class AspectTest {

    @ParameterizedTest
    @CsvSource({"WIDE, 16:9, 1.7777777", "PORTRAIT, 9:16, 0.5625", "SQUARE, 1:1, 1.0"})
    void eachAspectHasItsRatioAndWireName(Aspect aspect, String wire, double ratio) {
        assertThat(aspect.wireName()).isEqualTo(wire);
        assertThat(aspect.ratio()).isCloseTo(ratio, within(1e-6));
    }

    @ParameterizedTest
    @EnumSource(Aspect.class)
    void theWireNameFindsTheAspectAgain(Aspect aspect) {
        assertThat(Aspect.fromWire(" " + aspect.wireName() + " ")).isEqualTo(aspect);
    }

    @Test
    void anUnknownAspectIsRefusedWithTheChoices() {
        assertThatThrownBy(() -> Aspect.fromWire("4:3"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'4:3'").hasMessageContaining("16:9, 9:16, 1:1");
    }

    @ParameterizedTest
    @CsvSource({"WIDE, 1920, 1080, 1920", "PORTRAIT, 1920, 1080, 607.5", "SQUARE, 1920, 1080, 1080",
            "WIDE, 1080, 1920, 1080", "PORTRAIT, 1080, 1920, 1080", "SQUARE, 1280, 720, 720"})
    void theWidestCropIsTheLargestOfItsShapeInTheFrame(Aspect aspect, int w, int h, double widest) {
        assertThat(aspect.widestCropWidth(w, h)).isCloseTo(widest, within(1e-9));
        assertThat(widest / aspect.ratio()).isLessThanOrEqualTo(h + 1e-9);
    }
}
