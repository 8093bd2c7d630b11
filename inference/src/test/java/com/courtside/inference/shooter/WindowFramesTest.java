package com.courtside.inference.shooter;

import com.courtside.inference.onnx.Device;
import com.courtside.inference.video.FrameImage;
import com.courtside.inference.video.OpenedVideo;
import com.courtside.inference.video.VideoDecoder;
import com.courtside.inference.video.VideoProbe;
import com.courtside.timeline.players.PersonBoxes;
import com.courtside.timeline.players.PlayerSlot;
import com.courtside.timeline.players.Shot;
import com.courtside.timeline.task.CancelledException;
import com.courtside.timeline.task.ProgressListener;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_ID_MPEG4;

/**
 * Windows decoded from real encoded clips (320×160, a key frame every 12 frames, so a window starts mid-GOP) whose
 * frame f is grey level 2·f (30 fps) or f (60 fps). Each window frame must carry its index and equal, pixel for
 * pixel, the same frame decoded sequentially from the start.
 */
class WindowFramesTest {

    @TempDir
    static Path dir;
    static OpenedVideo at30;
    static OpenedVideo at60;

    @BeforeAll
    static void clips() throws Exception {
        at30 = clip("at30.mp4", 30, 100, 2);
        at60 = clip("at60.mp4", 60, 200, 1);
    }

    private static OpenedVideo clip(String name, int fps, int frames, int levelPerFrame) throws Exception {
        Path file = dir.resolve(name);
        try (FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(file.toFile(), 320, 160)) {
            recorder.setFormat("mp4");
            recorder.setVideoCodec(AV_CODEC_ID_MPEG4);
            recorder.setFrameRate(fps);
            recorder.setGopSize(12);
            recorder.setVideoQuality(2);
            recorder.start();
            for (int f = 0; f < frames; f++) {
                Frame frame = new Frame(320, 160, Frame.DEPTH_UBYTE, 3);
                ByteBuffer pixels = (ByteBuffer) frame.image[0];
                byte level = (byte) Math.min(255, f * levelPerFrame);
                for (int i = 0; i < pixels.capacity(); i++) {
                    pixels.put(i, level);
                }
                recorder.record(frame);
            }
        }
        return new VideoProbe(null, 1).open(file, ProgressListener.NONE);
    }

    private static int grey(FrameImage frame) {
        return frame.argbAt(112, 112) & 0xff;
    }

    /** The grey level of every frame, decoded in order from the first at 224×224. */
    private static int[] sequentialGreys(OpenedVideo video) throws Exception {
        int[] greys = new int[video.facts().frameCount()];
        try (VideoDecoder decoder = VideoDecoder.openScaled(video, 224, 224, 1)) {
            FrameImage frame = decoder.newFrame();
            for (int f = 0; decoder.next(frame); f++) {
                greys[f] = grey(frame);
            }
        }
        return greys;
    }

    @Test
    void decodesExactlyTheWindowsFramesAtTheModelsSize() throws Exception {
        ShooterWindow window = ShooterWindow.around(50, 30, at30.facts().frameCount());

        FrameImage[] frames = WindowFrames.decode(at30, window, 1);

        int[] greys = sequentialGreys(at30);
        for (int s = 0; s < ShooterWindow.FRAMES; s++) {
            assertThat(frames[s].width()).isEqualTo(224);
            assertThat(frames[s].index()).isEqualTo(38 + s);
            assertThat(grey(frames[s])).as("slot %d", s).isEqualTo(greys[38 + s]);
        }
        assertThat(greys[39]).isNotEqualTo(greys[38]);
    }

    @Test
    void above30FpsEverySecondFrameIsRead() throws Exception {
        ShooterWindow window = ShooterWindow.around(100, 60, at60.facts().frameCount());

        FrameImage[] frames = WindowFrames.decode(at60, window, 1);

        int[] greys = sequentialGreys(at60);
        for (int s = 0; s < ShooterWindow.FRAMES; s++) {
            assertThat(frames[s].index()).isEqualTo(76 + 2 * s);
            assertThat(grey(frames[s])).as("slot %d", s).isEqualTo(greys[76 + 2 * s]);
        }
    }

    @Test
    void everyShotIsScoredByTheModelOrTheBaselineAlike() throws Exception {
        PersonBoxes.Builder b = new PersonBoxes.Builder();
        for (int f = 0; f < 100; f++) {
            // O3 stands on the origin, the middle of the 320×160 clip; O1 stays in the corner.
            b.add(f, 3, PlayerSlot.O3, 150, 60, 20, 40, 1f);
            b.add(f, 1, PlayerSlot.O1, 10, 10, 20, 40, 1f);
        }
        List<Shot> shots = List.of(new Shot(30, null, 160, 80), new Shot(95, null, 160, 80));

        try (ShooterModel model = ShooterModel.open(ShooterModelTest.model("tiny-shooter"), Device.CPU, 1)) {
            List<ShooterScores> byModel = new ShotScorer(model).score(at30, b.build(), shots, 1, ProgressListener.NONE);
            List<ShooterScores> byBaseline = new ShotScorer(null).score(at30, b.build(), shots, 1,
                    ProgressListener.NONE);

            assertThat(byModel).hasSize(2).allSatisfy(s -> assertThat(s.best()).isEqualTo(PlayerSlot.O3));
            assertThat(byBaseline).hasSize(2).allSatisfy(s -> assertThat(s.best()).isEqualTo(PlayerSlot.O3));
            assertThat(byBaseline.get(0).method()).isEqualTo("baseline");
        }
    }

    @Test
    void aCancelStopsBetweenShots() throws Exception {
        ProgressListener cancelled = new ProgressListener() {
            @Override
            public void progress(long done, long total, String message) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        List<Shot> shots = List.of(new Shot(30, null, 160, 80));
        try (ShooterModel model = ShooterModel.open(ShooterModelTest.model("tiny-shooter"), Device.CPU, 1)) {
            assertThatThrownBy(() -> new ShotScorer(model).score(at30, PersonBoxes.EMPTY, shots, 1, cancelled))
                    .isInstanceOf(CancelledException.class);
        }
    }
}
