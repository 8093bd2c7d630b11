package com.courtside.inference.synth.basketball;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BasketballOptionsTest {

    @Test
    void defaultsAre720pAt30FramesASecond() {
        BasketballOptions scene = BasketballOptions.scene();
        assertThat(scene.width()).isEqualTo(1280);
        assertThat(scene.height()).isEqualTo(720);
        assertThat(scene.fps()).isEqualTo(30);
        assertThat(scene.frameCount()).isEqualTo(150);
        assertThat(BasketballOptions.match().mode()).isEqualTo(BasketballOptions.Mode.MATCH);
        assertThat(scene.describe()).containsEntry("sport", "basketball").containsEntry("mode", "scene");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "odd width         | 641 | 360 | 30 | 5  | scene | frame size must be even",
        "scene too short   | 640 | 360 | 30 | 3  | scene | a one-shot scene needs at least 3.5 s",
        "no duration       | 640 | 360 | 30 | 0  | match | duration must be more than 0",
        "fps out of range  | 640 | 360 | 0  | 5  | match | fps must be 1..240",
    })
    void refusesOptionsThatCannotBeRendered(String what, int w, int h, int fps, double seconds, String mode,
                                            String message) {
        BasketballOptions.Mode m = BasketballOptions.Mode.valueOf(mode.trim().toUpperCase(java.util.Locale.ROOT));
        assertThatThrownBy(() -> new BasketballOptions(w, h, fps, seconds, 1, m, 2, 0.05, 0, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message.trim());
    }

    @Test
    void sceneSeedsDifferBetweenScenesAndRepeatForTheSameSet() {
        Set<Long> seeds = new HashSet<>();
        for (int i = 0; i < 500; i++) {
            seeds.add(BasketballOptions.sceneSeed(7, i));
        }
        assertThat(seeds).hasSize(500);
        assertThat(BasketballOptions.sceneSeed(7, 3)).isEqualTo(BasketballOptions.sceneSeed(7, 3))
                .isNotEqualTo(BasketballOptions.sceneSeed(8, 3));
    }
}
