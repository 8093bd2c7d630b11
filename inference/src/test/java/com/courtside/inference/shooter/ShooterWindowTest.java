package com.courtside.inference.shooter;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ShooterWindowTest {

    @ParameterizedTest(name = "{0} fps, {1} frames, release {2}: from {3} step {4}, release in slot {5}")
    @CsvSource({
            "30, 1000, 500, 488, 1, 12",
            "25, 1000, 500, 488, 1, 12",
            "60, 1000, 500, 476, 2, 12",
            "120, 1000, 500, 452, 4, 12",
            "30, 1000, 5, 0, 1, 5",
            "30, 100, 98, 84, 1, 14",
            "60, 100, 99, 69, 2, 15",
            "60, 100, 98, 69, 2, 14",
            "60, 100, 3, 0, 2, 1"})
    void windowEndsThreeStepsAfterTheReleaseAndSlidesInsideTheVideo(double fps, int frames, int release, int first,
                                                                     int step, int releaseSlot) {
        ShooterWindow window = ShooterWindow.around(release, fps, frames);

        assertThat(window.frame(0)).isEqualTo(first);
        assertThat(window.step()).isEqualTo(step);
        assertThat(window.releaseSlot()).isEqualTo(releaseSlot);
        assertThat(window.frame(15)).isEqualTo(first + 15 * step).isLessThan(frames);
        assertThat(window.frame(window.releaseSlot())).isLessThanOrEqualTo(release);
    }

    @Test
    void aVideoShorterThanTheWindowRepeatsItsLastFrame() {
        ShooterWindow window = ShooterWindow.around(4, 30, 10);

        assertThat(window.frames()).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 9, 9, 9, 9, 9, 9);
        assertThat(window.releaseSlot()).isEqualTo(4);
    }

    @Test
    void aReleaseOutsideTheVideoIsRefused() {
        assertThatThrownBy(() -> ShooterWindow.around(100, 30, 100)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("release frame 100");
    }
}
