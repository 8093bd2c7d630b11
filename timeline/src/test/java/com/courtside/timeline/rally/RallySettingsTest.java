package com.courtside.timeline.rally;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RallySettingsTest {

    @ParameterizedTest
    @EnumSource(RallyPreset.class)
    void everyPresetIsValidAndFoundByItsName(RallyPreset preset) {
        RallySettings s = preset.settings();
        assertThat(RallySettings.fromMap(s.toMap())).isEqualTo(s);
        assertThat(RallyPreset.fromWire(preset.wireName())).isEqualTo(preset);
        assertThat(s.extensionThreshold()).isLessThanOrEqualTo(s.playThreshold());
    }

    @Test
    void volleyballPresetsCarryRallyCutsNumbers() {
        RallySettings indoor = RallyPreset.INDOOR_VOLLEYBALL.settings();
        RallySettings beach = RallyPreset.BEACH_VOLLEYBALL.settings();
        assertThat(new double[] {indoor.continuationSeconds(), indoor.extensionThreshold(), indoor.minDensity(),
                indoor.minGapSeconds()}).containsExactly(2.0, 0.35, 0.25, 5.0);
        assertThat(new double[] {beach.continuationSeconds(), beach.extensionThreshold(), beach.minDensity(),
                beach.minGapSeconds()}).containsExactly(1.5, 0.4, 0.3, 3.0);
    }

    @Test
    void anUnknownPresetIsRefusedByName() {
        assertThatThrownBy(() -> RallyPreset.fromWire("squash"))
                .hasMessageContaining("'squash'").hasMessageContaining("table_tennis");
    }

    @ParameterizedTest
    @CsvSource({"minGapSeconds, -1", "playThreshold, 1", "minDensity, 1.5", "continuationSeconds, NaN",
            "smoothingSeconds, 61", "minBallSpeed, -0.1", "soloTrajectoryConfidence, 2", "extensionThreshold, 0.6"})
    void anOutOfRangeValueIsRefusedNamingTheField(String field, double value) {
        Map<String, Double> map = RallyPreset.TENNIS.settings().toMap();
        map.put(field, value);
        assertThatThrownBy(() -> RallySettings.fromMap(map))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(field).hasMessageContaining(String.valueOf(value));
    }

    @ParameterizedTest
    @CsvSource({"0, 1", "1.6, 1", "3.2, 3", "4.8, 3", "6.4, 5", "8.0, 5"})
    void smoothingSecondsBecomeAnOddNumberOfWindows(double seconds, int windows) {
        RallySettings s = new RallySettings(seconds, 0.5, 0.35, 2, 0.25, 1, 5, 0.1, 0.8, 0.8);
        assertThat(s.smoothingWindows(1.6)).isEqualTo(windows);
    }

    @ParameterizedTest
    @CsvSource({"1.5, 30, 45", "2.0, 59.94, 120", "0, 60, 0", "5.0, 25, 125"})
    void secondsBecomeFramesAtTheVideosRate(double seconds, double fps, int frames) {
        assertThat(RallySettings.frames(seconds, fps)).isEqualTo(frames);
    }
}
