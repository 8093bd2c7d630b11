package com.courtside.inference.ball;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtSession;
import com.courtside.inference.onnx.Device;
import com.courtside.inference.onnx.LoadedModel;
import com.courtside.inference.onnx.OnnxRuntime;
import com.courtside.inference.video.FrameImage;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.FloatBuffer;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class HeatmapContractTest {

    private static FrameImage solid(int w, int h, int b, int g, int r) {
        FrameImage frame = new FrameImage(w, h);
        ByteBuffer px = frame.pixels();
        for (int i = 0; i < w * h; i++) {
            px.put(i * 4, (byte) b).put(i * 4 + 1, (byte) g).put(i * 4 + 2, (byte) r).put(i * 4 + 3, (byte) 255);
        }
        return frame;
    }

    @Test
    void inputIsRgbPlanesOldestFirstOverTwoHundredFiftyFive() {
        HeatmapInput input = new HeatmapInput(3, 8, 4);
        input.put(0, solid(8, 4, 10, 20, 255));
        input.put(2, solid(8, 4, 0, 51, 0));
        assertThat(input.shape()).containsExactly(1, 9, 4, 8);
        assertThat(input.valueAt(0, 0, 3, 2)).isEqualTo(1f);
        assertThat(input.valueAt(0, 1, 3, 2)).isCloseTo(20 / 255f, within(1e-6f));
        assertThat(input.valueAt(0, 2, 3, 2)).isCloseTo(10 / 255f, within(1e-6f));
        assertThat(input.valueAt(1, 0, 0, 0)).isZero();
        assertThat(input.valueAt(2, 1, 7, 3)).isCloseTo(0.2f, within(1e-6f));
    }

    @Test
    void decoderFindsThePeakOnEachAxisWithSubPixelRefinement() {
        float[] row = new float[20 + 10];
        row[12] = 0.9f;
        row[13] = 0.9f;
        row[20 + 4] = 0.7f;
        HeatmapDecoder.Peak peak = HeatmapDecoder.decode(row, 20, 10);
        assertThat(peak.x()).isCloseTo(12.5f, within(1e-4f));
        assertThat(peak.y()).isCloseTo(4f, within(1e-4f));
        assertThat(peak.confidence()).isCloseTo(0.7f, within(1e-6f));
    }

    @Test
    void tinyContractModelTakesTheInputAndGivesARowTheDecoderReads() throws Exception {
        Path model = Path.of(getClass().getResource("/models/tiny-heatmap.onnx").toURI());
        try (LoadedModel loaded = OnnxRuntime.open(model, Device.CPU, 1)) {
            int w = loaded.manifest().inputWidth();
            int h = loaded.manifest().inputHeight();
            HeatmapInput input = new HeatmapInput(loaded.manifest().frames(), w, h);
            for (int s = 0; s < loaded.manifest().frames(); s++) {
                input.put(s, solid(w, h, 40 * s % 255, 90, 200));
            }
            try (OnnxTensor tensor = OnnxTensor.createTensor(OnnxRuntime.environment(), input.buffer(), input.shape());
                 OrtSession.Result result = loaded.run(Map.of("frames", tensor))) {
                FloatBuffer out = ((OnnxTensor) result.get("heatmap").orElseThrow()).getFloatBuffer();
                float[] row = new float[out.remaining()];
                out.get(row);
                HeatmapDecoder.Peak peak = HeatmapDecoder.decode(row, w, h);
                assertThat(peak.x()).isBetween(0f, w - 1f);
                assertThat(peak.y()).isBetween(0f, h - 1f);
                assertThat(peak.confidence()).isBetween(0f, 1f);
            }
        }
    }
}
