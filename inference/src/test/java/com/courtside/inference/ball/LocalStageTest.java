package com.courtside.inference.ball;

import com.courtside.inference.onnx.Device;
import com.courtside.inference.onnx.LoadedModel;
import com.courtside.inference.onnx.OnnxRuntime;
import com.courtside.inference.video.FrameImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * The local stage on the tiny models of tools/models/make_local_test_models.py: tiny-local's peak is crop pixel
 * (161, 65) whatever it sees, so its answer in video pixels is the crop's origin plus that.
 */
class LocalStageTest {

    static Path model(String name) throws Exception {
        return Path.of(LocalStageTest.class.getResource("/models/" + name + ".onnx").toURI());
    }

    @ParameterizedTest(name = "{0}x{1}, estimate ({2}, {3}) -> ({4}, {5})")
    @CsvSource({
            "1920, 1080,  960.3,  540.6,  961,  542",   // crop (800, 477)
            "1920, 1080, 1915.0, 1075.0, 1761, 1017",   // crop clamped to (1600, 952)
            "1280,  720,   20.0,  700.0,  161,  657",   // crop clamped to (0, 592)
            "1280,  720,  640.0,  360.0,  641,  361"})  // crop (480, 296)
    void localPeakIsTheCropOriginPlusThePeakInVideoPixels(int width, int height, double x, double y,
                                                          double expectedX, double expectedY) throws Exception {
        try (LoadedModel global = OnnxRuntime.open(model("tiny-global-local"), Device.CPU, 1);
             LocalStage local = LocalStage.open(global, HeatmapContract.of(global), Device.CPU, 1).orElseThrow()) {
            assertThat(local.name()).isEqualTo("tiny-local");
            assertThat(local.fits(width, height)).isTrue();
            List<FrameImage> window = Collections.nCopies(5, new FrameImage(width, height));
            HeatmapDecoder.Peak peak = local.refine(window, x, y);
            assertThat(peak.x()).isCloseTo((float) expectedX, within(1e-3f));
            assertThat(peak.y()).isCloseTo((float) expectedY, within(1e-3f));
            assertThat(peak.confidence()).isGreaterThan(local.threshold());
        }
    }

    @Test
    void modelWithoutLocalStageHasNone() throws Exception {
        try (LoadedModel global = OnnxRuntime.open(model("tiny-heatmap"), Device.CPU, 1)) {
            assertThat(LocalStage.open(global, HeatmapContract.of(global), Device.CPU, 1)).isEmpty();
        }
    }

    @Test
    void windowOfTheWrongLengthIsRefused() throws Exception {
        try (LoadedModel global = OnnxRuntime.open(model("tiny-global-local"), Device.CPU, 1);
             LocalStage local = LocalStage.open(global, HeatmapContract.of(global), Device.CPU, 1).orElseThrow()) {
            List<FrameImage> window = Collections.nCopies(3, new FrameImage(640, 360));
            assertThatThrownBy(() -> local.refine(window, 100, 100)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("takes 5");
        }
    }
}
