package com.courtside.inference.synth;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RenderOptionsTest {

    @Test
    void defaultsAre720pThirtyFpsOneMinuteWithTwoSecondGop() {
        RenderOptions o = RenderOptions.defaults();

        assertThat(o.width()).isEqualTo(1280);
        assertThat(o.height()).isEqualTo(720);
        assertThat(o.frameCount()).isEqualTo(1800);
        assertThat(o.effectiveGopFrames()).isEqualTo(60);
        assertThat(o.withFps(120).effectiveGopFrames()).isEqualTo(240);
    }

    @Test
    void explicitGopAndBitrateWin() {
        RenderOptions o = RenderOptions.defaults().withGopFrames(250).withBitrateKbps(900);

        assertThat(o.effectiveGopFrames()).isEqualTo(250);
        assertThat(o.effectiveBitrateKbps()).isEqualTo(900);
    }

    @ParameterizedTest
    @CsvSource({"1281, 720", "1280, 721", "32, 32"})
    void rejectsFrameSizesThatFourTwoZeroCannotHold(int w, int h) {
        assertThatThrownBy(() -> RenderOptions.defaults().withSize(w, h))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("frame size");
    }

    @Test
    void rejectsANonPositiveDuration() {
        assertThatThrownBy(() -> RenderOptions.defaults().withDuration(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("duration");
    }

    @Test
    void difficultyParsesItsWireNameInAnyCase() {
        assertThat(Difficulty.fromWire("HaRd")).isEqualTo(Difficulty.HARD);
        assertThatThrownBy(() -> Difficulty.fromWire("brutal")).hasMessageContaining("easy, normal or hard");
    }
}
