package com.courtside.inference.analysis;

import com.courtside.inference.onnx.Device;
import com.courtside.inference.onnx.ModelLoadException;
import com.courtside.inference.video.OpenedVideo;
import com.courtside.inference.video.VideoProbe;
import com.courtside.timeline.rally.GameState;
import com.courtside.timeline.rally.GameStateSeries;
import com.courtside.timeline.task.CancelledException;
import com.courtside.timeline.task.ProgressListener;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.ByteBuffer;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_ID_MPEG4;

/**
 * The game-state contract with tiny models on a real encoded clip: 10 s at 30 fps, dark for the first 5 s and bright
 * after; the tiny model calls bright windows PLAY.
 */
class GameStateAnalyzerTest {

    @TempDir
    static Path dir;
    static OpenedVideo video;

    @BeforeAll
    static void clip() throws Exception {
        Path file = dir.resolve("dark-then-bright.mp4");
        try (FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(file.toFile(), 160, 96)) {
            recorder.setFormat("mp4");
            recorder.setVideoCodec(AV_CODEC_ID_MPEG4);
            recorder.setFrameRate(30);
            recorder.setVideoQuality(2);
            recorder.start();
            for (int f = 0; f < 300; f++) {
                Frame frame = new Frame(160, 96, Frame.DEPTH_UBYTE, 3);
                ByteBuffer pixels = (ByteBuffer) frame.image[0];
                byte level = (byte) (f < 150 ? 20 : 235);
                for (int i = 0; i < pixels.capacity(); i++) {
                    pixels.put(i, level);
                }
                recorder.record(frame);
            }
        }
        video = new VideoProbe(null, 1).open(file, ProgressListener.NONE);
    }

    @Test
    void everyWindowAtTheStrideGetsProbabilitiesAndBrightWindowsArePlay() throws Exception {
        try (GameStateAnalyzer analyzer = GameStateAnalyzer.open(BoxesBallAnalyzerTest.model("tiny-game-state"),
                Device.CPU, 1)) {
            GameStateSeries series = analyzer.run(video, 1, ProgressListener.NONE);

            assertThat(series.windowCount()).isEqualTo(GameStateSeries.windowStarts(300, 30).length).isEqualTo(6);
            assertThat(series.windowStart(1)).isEqualTo(48);
            for (int w = 0; w < series.windowCount(); w++) {
                float sum = 0;
                for (GameState s : GameState.values()) {
                    sum += series.probability(w, s);
                }
                assertThat(sum).isCloseTo(1f, org.assertj.core.data.Offset.offset(1e-4f));
                boolean bright = series.windowStart(w) + 8 >= 150; // most of its 16 frames are bright
                assertThat(series.probability(w, GameState.PLAY) > 0.5).as("window %d", w).isEqualTo(bright);
            }
            assertThat(analyzer.methodId()).startsWith(GameStateAnalyzer.VERSION + "-");
        }
    }

    @Test
    void aCancelStopsTheRun() throws Exception {
        try (GameStateAnalyzer analyzer = GameStateAnalyzer.open(BoxesBallAnalyzerTest.model("tiny-game-state"),
                Device.CPU, 1)) {
            ProgressListener cancelled = new ProgressListener() {
                @Override
                public void progress(long done, long total, String message) {
                }

                @Override
                public void checkCancelled() {
                    throw new CancelledException();
                }
            };
            assertThatThrownBy(() -> analyzer.run(video, 1, cancelled)).isInstanceOf(CancelledException.class);
        }
    }

    @Test
    void modelsThatBreakTheContractAreRefusedWithTheReason() {
        assertThatThrownBy(() -> GameStateAnalyzer.open(BoxesBallAnalyzerTest.model("game-state-wrong-frames"),
                Device.CPU, 1)).isInstanceOf(ModelLoadException.class).hasMessageContaining("windows of 16");
        assertThatThrownBy(() -> GameStateAnalyzer.open(BoxesBallAnalyzerTest.model("game-state-wrong-output"),
                Device.CPU, 1)).isInstanceOf(ModelLoadException.class)
                .hasMessageContaining("output 'logits'").hasMessageContaining("3 labels");
        assertThatThrownBy(() -> GameStateAnalyzer.open(BoxesBallAnalyzerTest.model("game-state-unknown-label"),
                Device.CPU, 1)).isInstanceOf(ModelLoadException.class).hasMessageContaining("'TIMEOUT'");
        assertThatThrownBy(() -> GameStateAnalyzer.open(BoxesBallAnalyzerTest.model("tiny-heatmap"),
                Device.CPU, 1)).isInstanceOf(ModelLoadException.class).hasMessageContaining("'game-state' model");
    }
}
