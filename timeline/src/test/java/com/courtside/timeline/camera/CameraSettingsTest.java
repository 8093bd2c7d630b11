package com.courtside.timeline.camera;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CameraSettingsTest {

    @Test
    void theDefaultsSurviveAMapRoundTripInKeyOrder() {
        Map<String, Object> map = CameraSettings.DEFAULT.toMap();
        assertThat(map.keySet()).containsExactlyElementsOf(CameraSettings.KEYS);
        assertThat(map.get("aspect")).isEqualTo("16:9");
        assertThat(CameraSettings.fromMap(map)).isEqualTo(CameraSettings.DEFAULT);
    }

    @Test
    void theDefaultsCarryTheDesignsFilterAndControllerValues() {
        CameraSettings s = CameraSettings.DEFAULT;
        assertThat(new double[] {s.minCutoffHz(), s.stableCutoffHz(), s.beta(), s.derivativeCutoffHz()})
                .containsExactly(0.6, 0.08, 0.004, 1.0);
        assertThat(new double[] {s.kp(), s.ki(), s.kd(), s.maxStepPx(), s.stableStepPx()})
                .containsExactly(0.8, 0.01, 0.15, 500, 100);
        assertThat(new double[] {s.stillPx(), s.chaosJumpPx()}).containsExactly(5, 120);
        assertThat(s.stableZoom()).isGreaterThan(s.normalZoom()).isGreaterThan(s.chaosZoom());
    }

    @ParameterizedTest
    @CsvSource({"minZoom, 0.5", "maxZoom, 0.8", "normalZoom, 3.5", "stableZoom, 0.9", "deadZone, 0.95",
            "paddingPx, -1", "minCutoffHz, 0", "beta, NaN", "fastSpeedPx, 4", "kp, 1.5", "ki, -0.01",
            "stableStepPx, 600", "stillSeconds, 61", "zoomOutSeconds, -1", "lookaheadSeconds, 3"})
    void anOutOfRangeValueIsRefusedNamingTheField(String field, double value) {
        Map<String, Object> map = CameraSettings.DEFAULT.toMap();
        map.put(field, value);
        assertThatThrownBy(() -> CameraSettings.fromMap(map))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("camera setting " + field).hasMessageContaining(String.valueOf(value));
    }

    @Test
    void aMissingKeyOrAWordForANumberIsRefused() {
        Map<String, Object> missing = CameraSettings.DEFAULT.toMap();
        missing.remove("kd");
        Map<String, Object> word = CameraSettings.DEFAULT.toMap();
        word.put("kp", "fast");

        assertThatThrownBy(() -> CameraSettings.fromMap(missing)).hasMessageContaining("kd is missing");
        assertThatThrownBy(() -> CameraSettings.fromMap(word)).hasMessageContaining("kp must be a number, got 'fast'");
    }

    @Test
    void numbersMayComeAsTextAndTheAspectByItsWireName() {
        Map<String, Object> map = CameraSettings.DEFAULT.toMap();
        map.put("normalZoom", "2.0");
        map.put("aspect", "9:16");

        CameraSettings s = CameraSettings.fromMap(map);

        assertThat(s.normalZoom()).isEqualTo(2.0);
        assertThat(s.aspect()).isEqualTo(Aspect.PORTRAIT);
        assertThat(CameraSettings.DEFAULT.withAspect(Aspect.SQUARE).aspect()).isEqualTo(Aspect.SQUARE);
    }
}
