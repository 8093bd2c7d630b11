package com.courtside.export.cut;

import com.courtside.inference.video.Ffmpeg;
import com.courtside.inference.video.OpenedVideo;
import com.courtside.inference.video.VideoProbe;
import com.courtside.timeline.Rally;
import com.courtside.timeline.task.ProgressListener;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ShortBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * A 12-second 640×360 clip at 30 fps with a key frame every 2 s and AAC audio, made once per test run. Every
 * frame shows its own number as nine black or white blocks along the top; at each flash frame the picture below
 * them turns white and the audio carries a tone burst starting at exactly that frame's time.
 */
final class TestMatch {

    static final int WIDTH = 640;
    static final int HEIGHT = 360;
    static final int FPS = 30;
    static final int FRAMES = 360;
    static final int GOP = 60;
    static final int SAMPLE_RATE = 48_000;
    static final int SAMPLES_PER_FRAME = SAMPLE_RATE / FPS;
    static final int BLOCK = 32;
    static final int BITS = 9;
    static final List<Rally> RALLIES = List.of(new Rally(40, 90), new Rally(150, 200), new Rally(262, 320));
    /** One flash inside each rally, away from its edges. */
    static final int[] FLASHES = {65, 172, 290};

    /** Where the edit-listed copy of the B-frame clip starts: its first shown frame is this frame of the clip. */
    static final int EDIT_LIST_START = 75;

    private static Path dir;
    private static OpenedVideo video;
    private static OpenedVideo bFrameVideo;
    private static OpenedVideo editListVideo;
    private static OpenedVideo variableRateVideo;

    /** Milliseconds each frame of the variable-rate match lasts: 40 fps for its first half, 22 fps after. */
    static int variableMillis(int frame) {
        return frame < FRAMES / 2 ? 25 : 45;
    }

    private TestMatch() {
    }

    static synchronized OpenedVideo video() {
        if (video == null) {
            video = make("match.mp4", file -> write(file, false));
        }
        return video;
    }

    /**
     * The same match as MPEG-4 with two B-frames between references, as phones and cameras write them: a frame
     * may be predicted from one shown after it.
     */
    static synchronized OpenedVideo bFrameVideo() {
        if (bFrameVideo == null) {
            bFrameVideo = make("match-bframes.mp4", file -> write(file, true));
        }
        return bFrameVideo;
    }

    /**
     * The B-frame match from {@link #EDIT_LIST_START} on, copied by the bundled {@code ffmpeg -ss} without
     * re-encoding: its file starts at the key frame before, and an edit list hides the frames up to there, as in
     * a video trimmed on a phone.
     */
    static synchronized OpenedVideo editListVideo() {
        if (editListVideo == null) {
            Path source = bFrameVideo().facts().path();
            editListVideo = make("match-edit-list.mp4", file -> {
                Process p = new ProcessBuilder(Ffmpeg.executable().toString(), "-hide_banner", "-nostdin", "-y",
                        "-ss", Double.toString(EDIT_LIST_START / (double) FPS), "-i", source.toString(), "-c", "copy",
                        file.toString()).redirectErrorStream(true).start();
                String log = new String(p.getInputStream().readAllBytes());
                if (p.waitFor() != 0) {
                    throw new IOException("ffmpeg failed: " + log);
                }
            });
        }
        return editListVideo;
    }

    /**
     * The same match at a variable rate, as a phone records when the light changes: each frame lasts
     * {@link #variableMillis}, and the tone burst of a flash frame starts at that frame's own time.
     */
    static synchronized OpenedVideo variableRateVideo() {
        if (variableRateVideo == null) {
            variableRateVideo = make("match-vfr.mp4", TestMatch::writeVariableRate);
        }
        return variableRateVideo;
    }

    private static void writeVariableRate(Path file) throws Exception {
        try (FFmpegFrameRecorder r = new FFmpegFrameRecorder(file.toFile(), WIDTH, HEIGHT, 1)) {
            r.setFormat("mp4");
            r.setVideoCodec(avcodec.AV_CODEC_ID_MPEG4);
            r.setPixelFormat(avutil.AV_PIX_FMT_YUV420P);
            r.setFrameRate(1000);
            r.setGopSize(GOP);
            r.setVideoBitrate(1_500_000);
            r.setAudioCodec(avcodec.AV_CODEC_ID_AAC);
            r.setSampleRate(SAMPLE_RATE);
            r.setAudioBitrate(96_000);
            r.start();
            ByteBuffer picture = ByteBuffer.allocateDirect(WIDTH * HEIGHT * 3 / 2);
            long millis = 0;
            for (int f = 0; f < FRAMES; f++) {
                paint(f, picture);
                r.setTimestamp(millis * 1000);
                r.recordImage(WIDTH, HEIGHT, Frame.DEPTH_UBYTE, 1, WIDTH, avutil.AV_PIX_FMT_YUV420P, picture);
                r.recordSamples(SAMPLE_RATE, 1, sound(f, variableMillis(f) * SAMPLE_RATE / 1000));
                millis += variableMillis(f);
            }
            r.stop();
        }
    }

    private interface Writer {
        void write(Path file) throws Exception;
    }

    private static OpenedVideo make(String name, Writer writer) {
        try {
            if (dir == null) {
                dir = Files.createTempDirectory("courtside-cut-test");
                Runtime.getRuntime().addShutdownHook(new Thread(TestMatch::deleteDir));
            }
            Path file = dir.resolve(name);
            writer.write(file);
            return new VideoProbe(null, 0).openFast(file, ProgressListener.NONE);
        } catch (Exception e) {
            throw new IllegalStateException("could not make the test clip " + name + ": " + e.getMessage(), e);
        }
    }

    static boolean isFlash(int frame) {
        return Arrays.stream(FLASHES).anyMatch(f -> f == frame);
    }

    private static void write(Path file, boolean bFrames) throws Exception {
        try (FFmpegFrameRecorder r = new FFmpegFrameRecorder(file.toFile(), WIDTH, HEIGHT, 1)) {
            r.setFormat("mp4");
            if (bFrames) {
                r.setVideoCodec(avcodec.AV_CODEC_ID_MPEG4);
                r.setVideoOption("bf", "2");
            } else {
                r.setVideoCodecName("libopenh264");
                r.setVideoCodec(avcodec.AV_CODEC_ID_H264);
                r.setVideoOption("allow_skip_frames", "0");
            }
            r.setPixelFormat(avutil.AV_PIX_FMT_YUV420P);
            r.setFrameRate(FPS);
            r.setGopSize(GOP);
            r.setVideoBitrate(1_500_000);
            r.setAudioCodec(avcodec.AV_CODEC_ID_AAC);
            r.setSampleRate(SAMPLE_RATE);
            r.setAudioBitrate(96_000);
            r.start();
            ByteBuffer picture = ByteBuffer.allocateDirect(WIDTH * HEIGHT * 3 / 2);
            for (int f = 0; f < FRAMES; f++) {
                paint(f, picture);
                r.recordImage(WIDTH, HEIGHT, Frame.DEPTH_UBYTE, 1, WIDTH, avutil.AV_PIX_FMT_YUV420P, picture);
                r.recordSamples(SAMPLE_RATE, 1, sound(f, SAMPLES_PER_FRAME));
            }
            r.stop();
        }
    }

    private static void paint(int frame, ByteBuffer yuv) {
        byte background = (byte) (isFlash(frame) ? 235 : 60);
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                byte v = background;
                if (y < BLOCK) {
                    int bit = x / BLOCK;
                    v = bit < BITS && ((frame >> bit) & 1) != 0 ? (byte) 235 : (byte) 16;
                }
                yuv.put(y * WIDTH + x, v);
            }
        }
        for (int i = WIDTH * HEIGHT; i < yuv.capacity(); i++) {
            yuv.put(i, (byte) 128);
        }
    }

    private static ShortBuffer sound(int frame, int length) {
        short[] samples = new short[length];
        if (isFlash(frame)) {
            for (int i = 0; i < samples.length; i++) {
                samples[i] = (short) (16000 * Math.sin(2 * Math.PI * 1000 * i / SAMPLE_RATE));
            }
        }
        return ShortBuffer.wrap(samples);
    }

    private static void deleteDir() {
        try (var files = Files.walk(dir)) {
            files.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
