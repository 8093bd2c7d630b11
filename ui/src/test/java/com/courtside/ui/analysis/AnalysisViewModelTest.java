package com.courtside.ui.analysis;

import com.courtside.inference.onnx.Device;
import com.courtside.timeline.BallTrack;
import com.courtside.timeline.LabelSet;
import com.courtside.timeline.Rational;
import com.courtside.ui.overlay.LabelLayer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AnalysisViewModelTest {

    private final AnalysisViewModel model = new AnalysisViewModel();

    private static LabelLayer layer() {
        return new LabelLayer("Ball analysis", new LabelSet("Classical detector", 64, 36, Rational.of(30, 1),
                new BallTrack(3), List.of(), List.of()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "812 | 1800 | Analyzing 45 % · 212 frames/s · 0:31 left | 812 / 1800 frames · 212 frames/s · 0:31 left",
            "0   | 1800 | Analyzing 0 % · 0 frames/s                | 0 / 1800 frames · 0 frames/s",
            "16  | 1800 | Analyzing 0 %                             | 16 / 1800 frames",
            "0   | -1   | Unpacking the model                       | Unpacking the model"})
    void detailShowsFramesDoneSpeedAndTimeLeft(long done, long total, String message, String detail) {
        assertThat(AnalysisViewModel.detailText(done, total, message)).isEqualTo(detail);
    }

    @ParameterizedTest
    @CsvSource({"-1, ''", "0, 0 %", "0.451, 45 %", "1, 100 %"})
    void percentBesideTheBar(double progress, String text) {
        assertThat(AnalysisViewModel.percentText(progress)).isEqualTo(text);
    }

    @Test
    void aModelIsNamedWithItsDeviceUntilItIsLoaded() {
        model.choose(AnalyzerChoice.bundled("ball-heatmap-tt"), Device.AUTO);
        assertThat(model.chipProperty().get()).isEqualTo("ball-heatmap-tt · auto");
        model.loaded("CPU · ball-heatmap-tt");
        assertThat(model.chipProperty().get()).isEqualTo("CPU · ball-heatmap-tt");
    }

    @Test
    void aRunShowsProgressThenItsLayer() {
        model.choose(AnalyzerChoice.CLASSICAL, Device.AUTO);
        model.started("Classical detector");
        assertThat(model.isRunning()).isTrue();
        assertThat(model.progressProperty().get()).isEqualTo(-1.0);
        model.progress(900, 1800, "Analyzing 50 % · 200 frames/s · 0:04 left");
        assertThat(model.progressProperty().get()).isEqualTo(0.5);
        LabelLayer result = layer();
        model.finished(result);
        assertThat(model.isRunning()).isFalse();
        assertThat(model.layerProperty().get()).isSameAs(result);
        assertThat(model.shownLayerBinding().get()).isSameAs(result);
    }

    @Test
    void hidingTheLayerKeepsTheResult() {
        model.finished(layer());
        model.layerVisibleProperty().set(false);
        assertThat(model.shownLayerBinding().get()).isNull();
        assertThat(model.layerProperty().get()).isNotNull();
    }

    @Test
    void cancellingLeavesNoLayer() {
        model.started("Classical detector");
        model.cancelled();
        assertThat(model.phaseProperty().get()).isEqualTo(AnalysisViewModel.Phase.IDLE);
        assertThat(model.layerProperty().get()).isNull();
    }

    @Test
    void aRefusedModelIsToldAndMarksTheChip() {
        model.choose(AnalyzerChoice.file(java.nio.file.Path.of("/m/broken.onnx")), Device.CPU);
        model.failed("Model refused: 'broken.onnx' is not a model", true);
        assertThat(model.phaseProperty().get()).isEqualTo(AnalysisViewModel.Phase.FAILED);
        assertThat(model.chipProperty().get()).isEqualTo("Model refused · broken.onnx");
        assertThat(model.chipWarningProperty().get()).isTrue();
        model.dismissError();
        assertThat(model.phaseProperty().get()).isEqualTo(AnalysisViewModel.Phase.IDLE);
        assertThat(model.errorProperty().get()).isEmpty();
    }

    @Test
    void anotherVideoDropsTheLayerAndTheError() {
        model.finished(layer());
        model.failed("Model failed: frame 3", false);
        model.videoChanged(true);
        assertThat(model.layerProperty().get()).isNull();
        assertThat(model.phaseProperty().get()).isEqualTo(AnalysisViewModel.Phase.IDLE);
        assertThat(model.videoOpenProperty().get()).isTrue();
    }
}
