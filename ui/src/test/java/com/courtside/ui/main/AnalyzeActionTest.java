package com.courtside.ui.main;

import com.courtside.inference.analysis.AnalysisCache;
import com.courtside.inference.analysis.AnalysisResult;
import com.courtside.inference.analysis.BallAnalysis;
import com.courtside.inference.analysis.BallAnalyzer;
import com.courtside.inference.track.TrackMode;
import com.courtside.inference.track.TrackResult;
import com.courtside.inference.track.TrackSample;
import com.courtside.inference.video.CacheDirectory;
import com.courtside.inference.video.OpenedVideo;
import com.courtside.resources.BundledModels;
import com.courtside.resources.DemoMatch;
import com.courtside.ui.analysis.AnalysisSettings;
import com.courtside.ui.analysis.AnalysisViewModel;
import com.courtside.ui.analysis.AnalysisWorkflow;
import com.courtside.ui.analysis.AnalyzerChoice;
import com.courtside.ui.labels.LabelingViewModel;
import com.courtside.ui.overlay.LabelLayer;
import com.courtside.ui.player.PlayerViewModel;
import com.courtside.ui.task.FxTaskRunner;
import com.courtside.ui.video.VideoTransform;
import com.courtside.ui.video.VideoView;
import javafx.scene.control.Label;
import javafx.scene.image.PixelReader;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The Analyze action in the assembled window on the bundled demo match: real decoding, the real classical detector
 * and real ONNX Runtime refusing a file that is not a model.
 */
@ExtendWith(ApplicationExtension.class)
class AnalyzeActionTest {

    private static final int TIMEOUT_S = 30;
    private static final int ANALYSIS_TIMEOUT_S = 180;
    /** Shared, so the demo is unpacked and indexed once; each test starts without kept analyses. */
    private static Path cacheRoot;

    private final Preferences prefs = Preferences.userRoot().node("courtside-test-" + UUID.randomUUID());
    private CacheDirectory cache;
    private FxTaskRunner tasks;
    private PlayerViewModel player;
    private VideoView video;
    private OpenVideoWorkflow opener;
    private AnalysisWorkflow analysis;
    private MainWindow window;

    @BeforeAll
    static void demoIsBundled() throws IOException {
        assumeTrue(DemoMatch.isBundled(), "this build has no demo match");
        cacheRoot = Files.createTempDirectory("courtside-analyze-test");
    }

    @AfterAll
    static void removeCache() throws IOException {
        if (cacheRoot != null) {
            try (Stream<Path> files = Files.walk(cacheRoot)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Start
    void start(Stage stage) throws IOException {
        cache = new CacheDirectory(cacheRoot);
        deleteKeptAnalyses();
        AnalysisSettings settings = new AnalysisSettings(prefs, BundledModels.ballModels());
        settings.setChoice(AnalyzerChoice.CLASSICAL);
        tasks = new FxTaskRunner();
        player = new PlayerViewModel(System::nanoTime);
        video = new VideoView();
        RecentFiles recent = new RecentFiles(prefs);
        opener = new OpenVideoWorkflow(tasks, player, video, cache, recent, (title, message) -> { });
        analysis = new AnalysisWorkflow(tasks, new AnalysisViewModel(), settings, cache, player.status(),
                opener.videoProperty());
        window = new MainWindow(stage, player, tasks, opener, recent, video, analysis,
                new LabelingViewModel(tasks, player.status(), (title, message) -> { }, "tester"), prefs);
        stage.show();
        opener.openDemo();
    }

    @Stop
    void stop() throws BackingStoreException {
        window.stop();
        analysis.close();
        opener.close();
        tasks.close();
        prefs.removeNode();
    }

    // ---- the behaviours ----------------------------------------------------------------------------------------

    @Test
    void analyzeWithTheClassicalDetectorShowsTheBallLayerAndTheChip(FxRobot robot) throws Exception {
        untilDemoShows();
        robot.press(KeyCode.CONTROL, KeyCode.R).release(KeyCode.R, KeyCode.CONTROL);
        until("the analysis starts", () -> model().isRunning() || model().layerProperty().get() != null);
        until("the analysis ends with a layer", ANALYSIS_TIMEOUT_S, () -> model().layerProperty().get() != null);

        assertThat(fx(() -> model().phaseProperty().get())).isEqualTo(AnalysisViewModel.Phase.IDLE);
        assertThat(fx(() -> video.analysisLayerProperty().get())).isNotNull();
        assertThat(fx(() -> video.analysisLayerProperty().get().caption())).isEqualTo("Ball analysis · Classical detector");
        assertThat(fx(() -> robot.lookup("#status-analyzer").queryAs(Label.class).getText()))
                .isEqualTo("Classical detector");
        assertThat(fx(() -> player.status().messageProperty().get())).startsWith("Ball in ");
        assertThat(fx(() -> robot.lookup("#analysis-panel").query().isVisible())).isFalse();
        assertThat(keptAnalyses()).hasSize(1);

        int frame = fx(() -> firstDetectedFrame(model().layerProperty().get()));
        fx(() -> {
            player.seek(frame);
            return null;
        });
        until("frame " + frame + " shows", () -> player.shownFrameProperty().get() == frame
                && !player.shownIsProxyProperty().get());
        assertThat(greenRingAtBall(frame)).as("the detected ball's ring is drawn on frame " + frame).isTrue();

        fx(() -> {
            model().layerVisibleProperty().set(false);
            return null;
        });
        assertThat(fx(() -> video.analysisLayerProperty().get())).isNull();
    }

    @Test
    void cancelStopsTheRunAndLeavesNoLayer(FxRobot robot) throws Exception {
        untilDemoShows();
        robot.clickOn("#analyze-button");
        until("frames are analysed", () -> model().progressProperty().get() > 0);
        assertThat(analysing()).as("a thread runs the detector").isTrue();
        robot.clickOn("#analysis-cancel");

        assertThat(fx(() -> model().isRunning())).isFalse();
        assertThat(fx(() -> robot.lookup("#analysis-panel").query().isVisible())).isFalse();
        assertThat(fx(() -> player.status().messageProperty().get())).isEqualTo("Analysis cancelled");
        until("the detector's thread has stopped", 3, () -> !analysing());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> model().layerProperty().get())).isNull();
        assertThat(fx(() -> video.analysisLayerProperty().get())).isNull();
        assertThat(keptAnalyses()).isEmpty();
        assertThat(fx(() -> robot.lookup("#analyze-button").query().isDisabled())).isFalse();
    }

    @Test
    void aRefusedModelIsToldInOneLineAndTheWindowKeepsWorking(FxRobot robot) throws Exception {
        untilDemoShows();
        Path folder = Files.createTempDirectory(cacheRoot, "models");
        Path broken = Files.writeString(folder.resolve("broken.onnx"), "this is a text file, not a model\n");
        Files.writeString(folder.resolve("broken.model.json"), MANIFEST);
        fx(() -> {
            analysis.choose(AnalyzerChoice.file(broken));
            return null;
        });
        until("the refusal shows", () -> model().phaseProperty().get() == AnalysisViewModel.Phase.FAILED);

        String error = fx(() -> robot.lookup("#analysis-error").queryAs(Label.class).getText());
        assertThat(error).startsWith("Model refused: 'broken.onnx' is not a model ONNX Runtime can load")
                .doesNotContain("\n").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(fx(() -> robot.lookup("#analysis-panel").query().isVisible())).isTrue();
        assertThat(fx(() -> robot.lookup("#status-analyzer").queryAs(Label.class).getText()))
                .isEqualTo("Model refused · broken.onnx");

        robot.clickOn("#analysis-dismiss");
        robot.clickOn("#analyze-button");
        until("the refusal shows again", () -> model().phaseProperty().get() == AnalysisViewModel.Phase.FAILED);
        assertThat(fx(() -> model().layerProperty().get())).isNull();

        fx(() -> {
            player.seek(100);
            return null;
        });
        until("the player still shows frames", () -> player.shownFrameProperty().get() == 100);
        fx(() -> {
            analysis.choose(AnalyzerChoice.CLASSICAL);
            return null;
        });
        until("the chip names the classical detector",
                () -> "Classical detector".equals(model().chipProperty().get()));
        assertThat(fx(() -> model().phaseProperty().get())).isEqualTo(AnalysisViewModel.Phase.IDLE);
    }

    @Test
    void aKeptResultShowsWhenTheVideoOpensWithoutARun() throws Exception {
        untilDemoShows();
        keepAResultForTheDemo();
        List<AnalysisViewModel.Phase> phases = new java.util.concurrent.CopyOnWriteArrayList<>();
        fx(() -> {
            model().phaseProperty().addListener((obs, old, now) -> phases.add(now));
            opener.openDemo();
            return null;
        });
        until("the kept result shows", () -> model().layerProperty().get() != null);
        LabelLayer layer = fx(() -> model().layerProperty().get());
        assertThat(layer.labels().ball().x(5)).isEqualTo(640f);
        assertThat(layer.labels().ball().isVisible(6)).isFalse();
        assertThat(phases).doesNotContain(AnalysisViewModel.Phase.RUNNING);
    }

    @Test
    void anAnalysisAskedForAsTheVideoArrivesEnds() throws Exception {
        untilDemoShows();
        keepAResultForTheDemo();
        fx(() -> {
            opener.close();
            return null;
        });
        assertThat(fx(() -> model().videoOpenProperty().get())).isFalse();
        fx(() -> {
            model().videoOpenProperty().addListener((obs, was, open) -> {
                if (open) {
                    analysis.analyze();
                }
            });
            opener.openDemo();
            return null;
        });
        until("the analysis has ended with its layer",
                () -> model().layerProperty().get() != null && !model().isRunning());
        assertThat(fx(() -> robot().lookup("#analyze-button").query().isDisabled())).isFalse();
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    private static FxRobot robot() {
        return new FxRobot();
    }

    private void keepAResultForTheDemo() throws IOException {
        OpenedVideo demo = fx(() -> opener.videoProperty().get());
        TrackResult track = new TrackResult(demo.facts().frameCount());
        track.record(5, new TrackSample(5, 640, 360, 0.9f, true, TrackMode.NORMAL));
        new AnalysisCache(cache).store(demo, BallAnalyzer.classical().methodId(), new AnalysisResult(demo.facts(), track,
                List.of(), "kept by the test", 1, 1_000_000L));
    }

    private static final String MANIFEST = """
            {
              "name": "broken",
              "task": "ball-heatmap",
              "version": "test",
              "frames": 9,
              "inputWidth": 320,
              "inputHeight": 128,
              "colorOrder": "RGB",
              "normalization": {"scale": 255.0},
              "inputs": [{"name": "frames", "type": "float32", "shape": [-1, 27, 128, 320]}],
              "outputs": [{"name": "heatmap", "type": "float32", "shape": [-1, 448]}],
              "training": {"data": "none", "script": "none", "metrics": {}}
            }
            """;

    private AnalysisViewModel model() {
        return analysis.model();
    }

    private void untilDemoShows() {
        until("the demo shows", () -> player.shownFrameProperty().get() >= 0 && model().videoOpenProperty().get());
    }

    private static int firstDetectedFrame(LabelLayer layer) {
        var ball = layer.labels().ball();
        for (int f = 20; f < ball.frameCount(); f++) {
            if (ball.isVisible(f) && !layer.detail().isPredicted(f) && ball.isVisible(f - 1)) {
                return f;
            }
        }
        throw new AssertionError("the analysis found no ball");
    }

    private boolean greenRingAtBall(int frame) {
        return fx(() -> {
            LabelLayer layer = model().layerProperty().get();
            VideoTransform t = video.transform();
            int cx = (int) Math.round(t.viewX(layer.labels().ball().x(frame)));
            int cy = (int) Math.round(t.viewY(layer.labels().ball().y(frame)));
            PixelReader reader = video.snapshot(null, null).getPixelReader();
            Color want = Color.web("#3ddc97");
            for (int y = cy - 25; y <= cy + 25; y++) {
                for (int x = cx - 25; x <= cx + 25; x++) {
                    Color c = reader.getColor(x, y);
                    if (Math.abs(c.getRed() - want.getRed()) < 0.12 && Math.abs(c.getGreen() - want.getGreen()) < 0.12
                            && Math.abs(c.getBlue() - want.getBlue()) < 0.12) {
                        return true;
                    }
                }
            }
            return false;
        });
    }

    /** True while some thread is inside the classical detector's run. */
    private static boolean analysing() {
        return Thread.getAllStackTraces().values().stream().anyMatch(stack -> Stream.of(stack).anyMatch(
                frame -> frame.getClassName().equals(BallAnalysis.class.getName()) && frame.getMethodName().equals("run")));
    }

    private void deleteKeptAnalyses() throws IOException {
        for (Path p : keptAnalyses()) {
            Files.delete(p);
        }
    }

    private List<Path> keptAnalyses() throws IOException {
        Path folder = cacheRoot.resolve("analysis");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }

    private static <T> T fx(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(TIMEOUT_S, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("reading the window failed", e);
        }
    }

    private static void until(String what, Callable<Boolean> condition) {
        until(what, TIMEOUT_S, condition);
    }

    private static void until(String what, int seconds, Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> fx(condition));
        } catch (TimeoutException e) {
            throw new AssertionError("timed out waiting until " + what);
        }
    }
}
