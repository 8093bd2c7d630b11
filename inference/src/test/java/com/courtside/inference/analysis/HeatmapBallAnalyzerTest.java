package com.courtside.inference.analysis;

import com.courtside.inference.onnx.Device;
import com.courtside.inference.onnx.ModelLoadException;
import com.courtside.inference.video.CacheDirectory;
import com.courtside.inference.video.OpenedVideo;
import com.courtside.inference.video.VideoProbe;
import com.courtside.timeline.task.CancelledException;
import com.courtside.timeline.task.ProgressListener;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The ball-heatmap pipeline end to end with real decoding and real ONNX Runtime, on the tiny untrained contract
 * model (9 frames of 320x128): every frame gets an answer, progress and cancellation work, the model's SHA keys the
 * cache, and models that cannot find a ball are refused. Accuracy of the shipped model is measured in the e2e tests.
 */
class HeatmapBallAnalyzerTest {

    static Path demo;
    static OpenedVideo video;

    @BeforeAll
    static void findDemo() throws Exception {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("resources/demo/demo-match.mp4");
            if (Files.isRegularFile(candidate)) {
                demo = candidate;
                break;
            }
        }
        Assumptions.assumeTrue(demo != null, "the demo match is not in this checkout");
        video = new VideoProbe(null, 2).open(demo, ProgressListener.NONE);
    }

    static Path model(String name) throws Exception {
        return Path.of(HeatmapBallAnalyzerTest.class.getResource("/models/" + name + ".onnx").toURI());
    }

    @Test
    void answersEveryFrameAndReportsProgressAndStages() throws Exception {
        AtomicLong lastDone = new AtomicLong();
        AtomicInteger calls = new AtomicInteger();
        try (BallAnalyzer analyzer = Analyzers.forModel(model("tiny-heatmap"), Device.CPU, 1)) {
            AnalysisResult result = analyzer.run(video, 2, (done, total, message) -> {
                assertThat(done).isBetween(0L, total);
                assertThat(message).contains("frames/s");
                lastDone.set(done);
                calls.incrementAndGet();
            });
            assertThat(result.track().frameCount()).isEqualTo(video.facts().frameCount());
            assertThat(lastDone.get()).isEqualTo(video.facts().frameCount());
            assertThat(calls.get()).isGreaterThan(100);
            assertThat(result.stages().isKnown()).isTrue();
            assertThat(result.stages().inferNanos()).isPositive();
            assertThat(result.method()).contains("tiny-heatmap").contains("CPU").contains("event head");
            assertThat(analyzer.statusText()).startsWith("CPU").contains("tiny-heatmap");
        }
    }

    @Test
    void methodIdCarriesTheModelsSha() throws Exception {
        try (BallAnalyzer analyzer = Analyzers.forModel(model("tiny-heatmap"), Device.CPU, 1)) {
            String sha = ((HeatmapBallAnalyzer) analyzer).model().sha256();
            assertThat(sha).hasSize(64);
            assertThat(analyzer.methodId()).startsWith(HeatmapBallAnalyzer.VERSION).contains(sha.substring(0, 16))
                    .matches("[A-Za-z0-9.-]+");
        }
    }

    @Test
    void cancelStopsTheRunAndKeepsNothing(@TempDir Path dir) throws Exception {
        CacheDirectory cacheDir = new CacheDirectory(dir);
        AtomicInteger seen = new AtomicInteger();
        ProgressListener cancelSoon = new ProgressListener() {
            @Override
            public void progress(long done, long total, String message) {
                seen.incrementAndGet();
            }

            @Override
            public boolean isCancelled() {
                return seen.get() >= 3;
            }
        };
        try (BallAnalyzer analyzer = Analyzers.forModel(model("tiny-heatmap"), Device.CPU, 1)) {
            assertThatThrownBy(() -> analyzer.runCached(video, new AnalysisCache(cacheDir), 1, cancelSoon))
                    .isInstanceOf(CancelledException.class);
            assertThat(cacheDir.analysisFile(video.facts().signature(), analyzer.methodId())).doesNotExist();
        }
    }

    @Test
    void secondRunComesFromTheCache(@TempDir Path dir) throws Exception {
        AnalysisCache cache = new AnalysisCache(new CacheDirectory(dir));
        try (BallAnalyzer analyzer = Analyzers.forModel(model("tiny-heatmap"), Device.CPU, 1)) {
            AnalysisResult first = analyzer.runCached(video, cache, 2, ProgressListener.NONE);
            AtomicInteger progressCalls = new AtomicInteger();
            AnalysisResult second = analyzer.runCached(video, cache, 2, (d, t, m) -> progressCalls.incrementAndGet());
            assertThat(progressCalls.get()).isZero();
            assertThat(second.trackedFrames()).isEqualTo(first.trackedFrames());
            assertThat(second.events()).isEqualTo(first.events());
        }
    }

    @Test
    void refusesModelsThatCannotFindABall() {
        assertThatThrownBy(() -> Analyzers.forModel(model("wrong-heatmap-output"), Device.CPU, 1))
                .isInstanceOf(ModelLoadException.class).hasMessageContaining("heatmap");
    }
}
