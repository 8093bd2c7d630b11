package com.courtside.inference.onnx;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The ONNX Runtime layer on the tiny contract models made by tools/models/make_test_models.py. */
class OnnxRuntimeTest {

    @TempDir
    Path dir;

    static Path model(String name) throws Exception {
        return Path.of(OnnxRuntimeTest.class.getResource("/models/" + name + ".onnx").toURI());
    }

    private static float[] runZeros(LoadedModel loaded, String input, long[] shape, String output) throws OrtException {
        int size = 1;
        for (long d : shape) {
            size *= (int) d;
        }
        try (OnnxTensor tensor = OnnxTensor.createTensor(OnnxRuntime.environment(), FloatBuffer.allocate(size), shape);
             OrtSession.Result result = loaded.run(Map.of(input, tensor))) {
            OnnxTensor out = (OnnxTensor) result.get(output).orElseThrow();
            assertThat(out.getInfo().getShape()[0]).isEqualTo(shape[0]);
            FloatBuffer values = out.getFloatBuffer();
            float[] copy = new float[values.remaining()];
            values.get(copy);
            return copy;
        }
    }

    @Test
    void heatmapModelRunsOnTheCpuWithItsContractShapes() throws Exception {
        try (LoadedModel loaded = OnnxRuntime.open(model("tiny-heatmap"), Device.CPU, 1)) {
            assertThat(loaded.provider()).isEqualTo("CPU");
            assertThat(loaded.fallbackReason()).isNull();
            assertThat(loaded.manifest().modelTask()).isEqualTo(ModelTask.BALL_HEATMAP);
            float[] heatmap = runZeros(loaded, "frames", new long[] {1, 27, 128, 320}, "heatmap");
            assertThat(heatmap).hasSize(320 + 128);
            for (float v : heatmap) {
                assertThat(v).isBetween(0f, 1f);
            }
        }
    }

    @ParameterizedTest(name = "--device {0}")
    @CsvSource({"auto", "cuda", "cuda:0"})
    void cudaRequestFailsCleanlyAndTheCpuServes(String device) throws Exception {
        try (LoadedModel loaded = OnnxRuntime.open(model("tiny-heatmap"), Device.parse(device), 1)) {
            if (loaded.provider().startsWith("CUDA")) {
                return; // a machine with a working CUDA: nothing fell back
            }
            assertThat(loaded.provider()).isEqualTo("CPU");
            assertThat(loaded.fallbackReason()).startsWith("CUDA not available: ");
            assertThat(loaded.statusText()).startsWith("CPU — CUDA not available");
            assertThat(runZeros(loaded, "frames", new long[] {1, 27, 128, 320}, "events")).hasSize(2);
        }
    }

    @Test
    void wrongOutputShapeIsRefusedNamingTheTensor() {
        assertThatThrownBy(() -> OnnxRuntime.open(model("wrong-heatmap-output"), Device.CPU, 1))
                .isInstanceOf(ModelLoadException.class)
                .hasMessageContaining("does not match its manifest wrong-heatmap-output.model.json")
                .hasMessageContaining("output 'heatmap' should have shape [N, 448] but has [N, 400]");
    }

    @Test
    void inputNameMissingFromTheModelIsRefused() {
        assertThatThrownBy(() -> OnnxRuntime.open(model("wrong-input-name"), Device.CPU, 1))
                .isInstanceOf(ModelLoadException.class)
                .hasMessageContaining("input 'images' is missing (the model's inputs are frames)");
    }

    @Test
    void modelWithoutManifestIsRefused() {
        assertThatThrownBy(() -> OnnxRuntime.open(model("no-manifest"), Device.CPU, 1))
                .isInstanceOf(ModelLoadException.class)
                .hasMessageContaining("has no manifest: expected no-manifest.model.json beside it");
    }

    @Test
    void unknownTaskIsRefusedWithTheKnownOnes() {
        assertThatThrownBy(() -> OnnxRuntime.open(model("unknown-task"), Device.CPU, 1))
                .isInstanceOf(ModelLoadException.class)
                .hasMessageContaining("names the task 'ball-teleport'")
                .hasMessageContaining("ball-heatmap, ball-boxes, game-state, shooter, person-boxes");
    }

    @Test
    void garbageFileIsRefusedAsNotAModel() throws Exception {
        byte[] noise = new byte[4096];
        new Random(1).nextBytes(noise);
        Path garbage = Files.write(dir.resolve("garbage.onnx"), noise);
        Files.copy(ModelManifest.pathFor(model("tiny-heatmap")), dir.resolve("garbage.model.json"));
        assertThatThrownBy(() -> OnnxRuntime.open(garbage, Device.AUTO, 1))
                .isInstanceOf(ModelLoadException.class)
                .hasMessageContaining("'garbage.onnx' is not a model ONNX Runtime can load");
    }

    @Test
    void malformedManifestIsRefusedWithItsLine() throws Exception {
        Path copy = Files.copy(model("tiny-heatmap"), dir.resolve("broken.onnx"));
        Files.writeString(dir.resolve("broken.model.json"), "{\n  \"task\": \"ball-heatmap\",\n  \"inputs\": [\n");
        assertThatThrownBy(() -> OnnxRuntime.open(copy, Device.CPU, 1))
                .isInstanceOf(ModelLoadException.class)
                .hasMessageContaining("broken.model.json is not valid JSON")
                .hasMessageContaining("line");
    }

    @Test
    void missingModelFileIsRefused() {
        assertThatThrownBy(() -> OnnxRuntime.open(dir.resolve("absent.onnx"), Device.CPU, 1))
                .isInstanceOf(ModelLoadException.class)
                .hasMessageContaining("No model file at");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"tiny-detr, image, boxes, 40", "tiny-detr, image, logits, 20", "tiny-yolo, images, output0, 504"})
    void boxLayoutsLoadAndGiveTheirShapes(String name, String input, String output, int values) throws Exception {
        try (LoadedModel loaded = OnnxRuntime.open(model(name), Device.CPU, 1)) {
            assertThat(loaded.manifest().modelTask()).isEqualTo(ModelTask.BALL_BOXES);
            assertThat(runZeros(loaded, input, new long[] {1, 3, 64, 64}, output)).hasSize(values);
        }
    }

    @Test
    void cancelledModelRefusesRunsUntilReset() throws Exception {
        try (LoadedModel loaded = OnnxRuntime.open(model("tiny-heatmap"), Device.CPU, 1)) {
            loaded.cancel();
            assertThatThrownBy(() -> runZeros(loaded, "frames", new long[] {1, 27, 128, 320}, "heatmap"))
                    .isInstanceOf(OrtException.class);
            loaded.resetCancel();
            assertThat(runZeros(loaded, "frames", new long[] {1, 27, 128, 320}, "heatmap")).hasSize(448);
        }
    }

    @ParameterizedTest
    @CsvSource({"auto, AUTO, 0", "CPU, CPU, 0", "cuda, CUDA, 0", "cuda:1, CUDA, 1", "gpu, CUDA, 0"})
    void parsesDeviceOption(String text, Device.Kind kind, int index) {
        assertThat(Device.parse(text)).isEqualTo(new Device(kind, index));
    }

    @Test
    void refusesUnknownDeviceWithTheAcceptedForms() {
        assertThatThrownBy(() -> Device.parse("tpu")).hasMessageContaining("use auto, cpu, cuda or cuda:N");
    }
}
