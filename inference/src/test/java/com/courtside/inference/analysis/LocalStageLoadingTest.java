package com.courtside.inference.analysis;

import com.courtside.inference.onnx.Device;
import com.courtside.inference.onnx.ModelLoadException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Loading a ball-heatmap model whose manifest names a local stage ("localStage"): the local model is loaded and
 * checked like any model, and refused, naming the tensor, where it does not take what the global stage takes.
 */
class LocalStageLoadingTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static Path model(String name) throws Exception {
        return Path.of(LocalStageLoadingTest.class.getResource("/models/" + name + ".onnx").toURI());
    }

    /** A copy of tiny-global-local in {@code folder} whose manifest names {@code localStage}. */
    static Path globalNaming(Path folder, String localStage) throws Exception {
        return copyNaming(folder, "tiny-global-local", "localStage", localStage);
    }

    /** A copy of the test model {@code source} in {@code folder}, as global.onnx, whose manifest sets {@code field}. */
    static Path copyNaming(Path folder, String source, String field, String value) throws Exception {
        Path from = model(source);
        Path copy = folder.resolve("global.onnx");
        Files.copy(from, copy);
        ObjectNode manifest = (ObjectNode) JSON.readTree(from.resolveSibling(source + ".model.json").toFile());
        manifest.put(field, value);
        JSON.writeValue(folder.resolve("global.model.json").toFile(), manifest);
        return copy;
    }

    @Test
    void localStageNamedBesideTheModelIsLoadedAndKeysTheCache() throws Exception {
        String withLocal;
        try (BallAnalyzer analyzer = Analyzers.forModel(model("tiny-global-local"), Device.CPU, 1)) {
            assertThat(((HeatmapBallAnalyzer) analyzer).hasLocalStage()).isTrue();
            withLocal = analyzer.methodId();
            assertThat(withLocal).startsWith(HeatmapBallAnalyzer.VERSION + "-").contains("-local")
                    .matches("[A-Za-z0-9.-]+");
        }
        try (BallAnalyzer analyzer = Analyzers.forModel(model("tiny-global-local"), Device.CPU, 1, false)) {
            assertThat(((HeatmapBallAnalyzer) analyzer).hasLocalStage()).isFalse();
            assertThat(analyzer.methodId()).endsWith("-global").isNotEqualTo(withLocal);
        }
    }

    @Test
    void systemPropertySwitchesTheLocalStageOff() throws Exception {
        System.setProperty(Analyzers.LOCAL_STAGE_PROPERTY, "off");
        try (BallAnalyzer analyzer = Analyzers.forModel(model("tiny-global-local"), Device.CPU, 1)) {
            assertThat(((HeatmapBallAnalyzer) analyzer).hasLocalStage()).isFalse();
        } finally {
            System.clearProperty(Analyzers.LOCAL_STAGE_PROPERTY);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "absent.onnx; absent.onnx is not beside it",
            "tiny-local-wrong-frames.onnx; input 'frames' of the local stage tiny-local-wrong-frames.onnx takes 3 frames "
                    + "of 320x128, outputs for frame 1, but the global stage global.onnx takes 5 frames of 320x128",
            "tiny-local-wrong-output.onnx; output 'heatmap' should have shape [N, 448] but has [N, 400]",
            "tiny-detr.onnx; tiny-detr.onnx is a 'ball-boxes' model",
            "no-manifest.onnx; has no manifest"})
    void unusableLocalStageIsRefusedNamingWhatIsWrong(String local, String message, @TempDir Path folder)
            throws Exception {
        Path resources = model("tiny-local").getParent();
        Path global = globalNaming(folder, local.equals("absent.onnx") ? local : resources.resolve(local).toString());
        assertThatThrownBy(() -> Analyzers.forModel(global, Device.CPU, 1))
                .isInstanceOf(ModelLoadException.class)
                .hasMessageStartingWith("The local stage named in global.model.json cannot be used: ")
                .hasMessageContaining(message);
    }

    @Test
    void withoutTheLocalStageABrokenOneDoesNotMatter(@TempDir Path folder) throws Exception {
        Path global = globalNaming(folder, "absent.onnx");
        try (BallAnalyzer analyzer = Analyzers.forModel(global, Device.CPU, 1, false)) {
            assertThat(((HeatmapBallAnalyzer) analyzer).hasLocalStage()).isFalse();
        }
    }
}
