package com.courtside.ui.analysis;

import com.courtside.inference.onnx.Device;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import static org.assertj.core.api.Assertions.assertThat;

class AnalysisSettingsTest {

    @TempDir
    Path dir;

    private final Preferences node = Preferences.userRoot().node("courtside-test-" + UUID.randomUUID());

    @AfterEach
    void removeNode() throws BackingStoreException {
        node.removeNode();
    }

    @Test
    void withoutBundledModelsTheClassicalDetectorIsTheDefault() {
        AnalysisSettings settings = new AnalysisSettings(node, List.of());
        assertThat(settings.choice()).isEqualTo(AnalyzerChoice.CLASSICAL);
        assertThat(settings.device()).isEqualTo(Device.AUTO);
    }

    @Test
    void theBundledBallModelIsTheDefaultWhenTheBuildHasIt() {
        AnalysisSettings settings = new AnalysisSettings(node, List.of("ball-heatmap-tt"));
        assertThat(settings.choice()).isEqualTo(AnalyzerChoice.bundled("ball-heatmap-tt"));
    }

    @Test
    void choiceAndDeviceSurviveARestart() throws Exception {
        Path model = Files.writeString(dir.resolve("mine.onnx"), "x");
        AnalysisSettings before = new AnalysisSettings(node, List.of());
        before.setChoice(AnalyzerChoice.file(model));
        before.setDevice(Device.CPU);

        AnalysisSettings after = new AnalysisSettings(Preferences.userRoot().node(node.absolutePath()), List.of());
        assertThat(after.choice()).isEqualTo(AnalyzerChoice.file(model));
        assertThat(after.choice().label()).isEqualTo("mine.onnx");
        assertThat(after.device()).isEqualTo(Device.CPU);
    }

    @Test
    void aDeletedModelFileGivesWayToTheDefault() throws Exception {
        Path model = Files.writeString(dir.resolve("gone.onnx"), "x");
        AnalysisSettings settings = new AnalysisSettings(node, List.of());
        settings.setChoice(AnalyzerChoice.file(model));
        Files.delete(model);
        assertThat(settings.choice()).isEqualTo(AnalyzerChoice.CLASSICAL);
    }

    @Test
    void aBundledModelThisBuildLacksGivesWayToTheDefault() {
        new AnalysisSettings(node, List.of("ball-heatmap-tt")).setChoice(AnalyzerChoice.bundled("ball-heatmap-tt"));
        assertThat(new AnalysisSettings(node, List.of()).choice()).isEqualTo(AnalyzerChoice.CLASSICAL);
    }

    @ParameterizedTest
    @CsvSource({"classical, CLASSICAL, classical", "bundled:ball-heatmap-tt, BUNDLED, ball-heatmap-tt",
            "file:/models/x.onnx, FILE, /models/x.onnx"})
    void choicesRoundTripThroughTheirPreferenceText(String text, AnalyzerChoice.Kind kind, String value) {
        AnalyzerChoice choice = AnalyzerChoice.fromPreference(text).orElseThrow();
        assertThat(choice).isEqualTo(new AnalyzerChoice(kind, value));
        assertThat(choice.toPreference()).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource({"''", "bundled:", "file:", "yolo"})
    void unreadablePreferenceTextNamesNoChoice(String text) {
        assertThat(AnalyzerChoice.fromPreference(text)).isEmpty();
    }

    @Test
    void anUnknownRememberedDeviceFallsBackToAuto() {
        node.put(AnalysisSettings.DEVICE_KEY, "tpu");
        assertThat(new AnalysisSettings(node, List.of()).device()).isEqualTo(Device.AUTO);
    }
}
