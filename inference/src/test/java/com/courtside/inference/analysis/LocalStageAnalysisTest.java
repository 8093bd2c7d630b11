package com.courtside.inference.analysis;

import com.courtside.inference.onnx.Device;
import com.courtside.inference.synth.DemoMatchRenderer;
import com.courtside.inference.synth.RenderOptions;
import com.courtside.inference.video.OpenedVideo;
import com.courtside.inference.video.VideoProbe;
import com.courtside.timeline.task.CancelledException;
import com.courtside.timeline.task.ProgressListener;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * The ball-heatmap pipeline with its local stage, end to end on a short rendered 640x360 clip with real decoding
 * and ONNX Runtime. The tiny models ignore the pixels: the global peak is model pixel (100, 40), i.e. video pixel
 * (200.5, 113.41) at 2 x 2.8125 px per model pixel; the crop around it starts at (41, 49), and the local peak,
 * crop pixel (161, 65), is video pixel (202, 114). So the track shows which stage placed the ball.
 */
class LocalStageAnalysisTest {

    @TempDir
    static Path dir;
    static OpenedVideo video;

    @BeforeAll
    static void renderClip() throws Exception {
        video = renderedClip(dir);
    }

    /** A 1.5 s 640x360 rendered clip in {@code dir}, opened. */
    static OpenedVideo renderedClip(Path dir) throws Exception {
        RenderOptions options = RenderOptions.defaults().withSize(640, 360).withDuration(1.5).withSeed(7)
                .withOpenTtGames(false);
        Path clip = new DemoMatchRenderer().render(options, dir.resolve("clip.mp4"), ProgressListener.NONE).video();
        return new VideoProbe(null, 1).open(clip, ProgressListener.NONE);
    }

    static Path model(String name) throws Exception {
        return Path.of(LocalStageAnalysisTest.class.getResource("/models/" + name + ".onnx").toURI());
    }

    @Test
    void localStagePlacesTheBallInVideoPixels() throws Exception {
        AtomicLong lastDone = new AtomicLong();
        try (BallAnalyzer analyzer = Analyzers.forModel(model("tiny-global-local"), Device.CPU, 1)) {
            AnalysisResult result = analyzer.run(video, 1, (done, total, message) -> lastDone.set(done));
            int frames = video.facts().frameCount();
            assertThat(lastDone.get()).isEqualTo(frames);
            assertThat(result.method()).contains("tiny-global-local on CPU + local stage tiny-local");
            assertThat(result.stages().localNanos()).isPositive();
            assertThat(result.stages().perFrame(frames)).contains("local stage");
            assertPlacedAt(result, 202, 114);
        }
    }

    @Test
    void withoutTheLocalStageTheGlobalEstimateStays() throws Exception {
        try (BallAnalyzer analyzer = Analyzers.forModel(model("tiny-global-local"), Device.CPU, 1, false)) {
            AnalysisResult result = analyzer.run(video, 1, ProgressListener.NONE);
            assertThat(result.method()).doesNotContain("local stage");
            assertThat(result.stages().localNanos()).isZero();
            assertPlacedAt(result, 200.5, 113.41);
        }
    }

    @Test
    void cancelStopsARunWithTheLocalStage() throws Exception {
        AtomicInteger seen = new AtomicInteger();
        ProgressListener cancelSoon = new ProgressListener() {
            @Override
            public void progress(long done, long total, String message) {
                seen.incrementAndGet();
            }

            @Override
            public boolean isCancelled() {
                return seen.get() >= 2;
            }
        };
        try (BallAnalyzer analyzer = Analyzers.forModel(model("tiny-global-local"), Device.CPU, 1)) {
            assertThatThrownBy(() -> analyzer.run(video, 1, cancelSoon)).isInstanceOf(CancelledException.class);
            assertThat(seen.get()).isEqualTo(2);
        }
    }

    /** Once the tracker has settled, every frame's ball is at (x, y). */
    private static void assertPlacedAt(AnalysisResult result, double x, double y) {
        int frames = result.track().frameCount();
        int checked = 0;
        for (int f = frames / 2; f < frames; f++) {
            assertThat(result.track().hasBall(f)).as("frame %d has a ball", f).isTrue();
            assertThat((double) result.track().ballTrack().x(f)).as("x of frame %d", f).isCloseTo(x, within(0.2));
            assertThat((double) result.track().ballTrack().y(f)).as("y of frame %d", f).isCloseTo(y, within(0.2));
            checked++;
        }
        assertThat(checked).isGreaterThan(10);
    }
}
