package com.courtside.inference.analysis;

import com.courtside.inference.onnx.Device;
import com.courtside.inference.onnx.ModelLoadException;
import com.courtside.inference.synth.DemoMatchRenderer;
import com.courtside.inference.synth.RenderOptions;
import com.courtside.inference.video.OpenedVideo;
import com.courtside.inference.video.VideoProbe;
import com.courtside.timeline.task.CancelledException;
import com.courtside.timeline.task.ProgressListener;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The ball-boxes analyzer on the tiny contract models (random weights, so nothing is said about accuracy), with
 * the real ONNX Runtime on the CPU, over a short clip from the synthetic renderer.
 */
class BoxesBallAnalyzerTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    static OpenedVideo video;

    @BeforeAll
    static void renderClip() throws Exception {
        RenderOptions options = RenderOptions.defaults().withSize(320, 180).withDuration(1.5).withSeed(7)
                .withOpenTtGames(false);
        Path clip = new DemoMatchRenderer().render(options, dir.resolve("clip.mp4"), ProgressListener.NONE).video();
        video = new VideoProbe(null, 1).open(clip, ProgressListener.NONE);
    }

    static Path model(String name) throws Exception {
        return Path.of(BoxesBallAnalyzerTest.class.getResource("/models/" + name + ".onnx").toURI());
    }

    /** A copy of a tiny model in {@code folder} whose manifest is changed by {@code edit}. */
    static Path withManifest(Path folder, String name, Consumer<ObjectNode> edit) throws Exception {
        Path source = model(name);
        Path copy = folder.resolve(name + "-edited.onnx");
        Files.copy(source, copy);
        ObjectNode manifest = (ObjectNode) JSON.readTree(source.resolveSibling(name + ".model.json").toFile());
        edit.accept(manifest);
        JSON.writeValue(copy.resolveSibling(name + "-edited.model.json").toFile(), manifest);
        return copy;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"tiny-detr", "tiny-yolo", "tiny-yolo-transposed"})
    void everyFrameGetsAnAnswerSlot(String name) throws Exception {
        AtomicLong lastDone = new AtomicLong();
        AtomicLong lastTotal = new AtomicLong();
        try (BallAnalyzer analyzer = Analyzers.forModel(model(name), Device.CPU, 1)) {
            assertThat(analyzer).isInstanceOf(BoxesBallAnalyzer.class);
            AnalysisResult result = analyzer.run(video, 1, (done, total, message) -> {
                lastDone.set(done);
                lastTotal.set(total);
            });

            int frames = video.facts().frameCount();
            assertThat(frames).isPositive();
            assertThat(result.track().frameCount()).isEqualTo(frames);
            assertThat(result.trackedFrames()).isBetween(0, frames);
            assertThat(lastDone.get()).isEqualTo(frames);
            assertThat(lastTotal.get()).isEqualTo(frames);
            assertThat(result.stages().isKnown()).isTrue();
            assertThat(result.method()).contains(name).contains("CPU").contains("bounces from the trajectory");
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"tiny-detr", "tiny-yolo", "tiny-yolo-transposed"})
    void methodIdNamesTheModelByItsShaAndTheThreshold(String name) throws Exception {
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(model(name))));
        try (BallAnalyzer analyzer = Analyzers.forModel(model(name), Device.CPU, 1)) {
            assertThat(analyzer.methodId())
                    .isEqualTo("boxes-1-" + sha.substring(0, 16) + "-t0.500")
                    .matches("[A-Za-z0-9.-]+");
            assertThat(analyzer.describe()).isEqualTo("model " + name + " on CPU");
        }
    }

    @Test
    void everyBoxAtAZeroThresholdReachesTheTracker(@TempDir Path folder) throws Exception {
        // tiny-detr's sigmoid scores lie near 0.5, above the tracker's start score, so it must hold a ball at once.
        Path edited = withManifest(folder, "tiny-detr", m -> m.put("threshold", 0.0));
        try (BallAnalyzer analyzer = Analyzers.forModel(edited, Device.CPU, 1)) {
            assertThat(analyzer.methodId()).endsWith("-t0.000");
            AnalysisResult result = analyzer.run(video, 1, ProgressListener.NONE);
            assertThat(result.track().hasBall(0)).isTrue();
            assertThat(result.trackedFrames()).isPositive();
        }
    }

    @Test
    void cancelStopsTheRun() throws Exception {
        ProgressListener cancelled = new ProgressListener() {
            @Override
            public void progress(long done, long total, String message) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        try (BallAnalyzer analyzer = Analyzers.forModel(model("tiny-detr"), Device.CPU, 1)) {
            assertThatThrownBy(() -> analyzer.run(video, 1, cancelled)).isInstanceOf(CancelledException.class);
        }
    }

    @ParameterizedTest(name = "{0}: {1} = {2}")
    @CsvSource(delimiter = ';', value = {
            "tiny-yolo; labels; [\"ball\", \"person\", \"racket\"]; output 'output0' has shape [N, 6, 84] but a yolo-layout model with 3 labels",
            "tiny-detr; labels; [\"ball\", \"person\", \"racket\", \"net\"]; output 'logits' has shape [N, 10, 2] but a detr-layout model with 4 labels",
            "tiny-detr; inputWidth; 32; input 'image' has shape [N, 3, 64, 64] but a ball-boxes model of 32x64 takes [N, 3, 64, 32]",
            "tiny-detr; layout; \"yolo\"; A yolo-layout model gives one output",
            "tiny-yolo; layout; \"ssd\"; a ball-boxes model needs \"detr\"",
            "tiny-yolo; normalization; {\"std\": [0.2, 0.2]}; \"std\" must be one number or three"})
    void manifestThatDoesNotFitTheLayoutIsRefused(String name, String field, String value, String message,
                                                 @TempDir Path folder) throws Exception {
        Path edited = withManifest(folder, name, m -> m.set(field, readJson(value)));
        assertThatThrownBy(() -> Analyzers.forModel(edited, Device.CPU, 1))
                .isInstanceOf(ModelLoadException.class)
                .hasMessageContaining(message);
    }

    private static com.fasterxml.jackson.databind.JsonNode readJson(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(text, e);
        }
    }
}
