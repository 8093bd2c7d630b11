package com.courtside.inference.video;

import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Test clips whose frames carry their own number: 16 bits as black and white blocks across the middle row,
 * robust to lossy coding. {@link #numberOf} reads it back from a decoded BGRA frame.
 */
final class NumberedClips {

    static final int WIDTH = 320;
    static final int HEIGHT = 240;
    private static final int BITS = 16;
    private static final int BLOCK = WIDTH / BITS;
    private static final int ROW_Y = 100;

    private NumberedClips() {
    }

    /** Writes {@code frames} numbered frames at a constant rate with a key frame every {@code gop} frames. */
    static Path write(Path file, int frames, int fps, int gop, int bFrames) throws Exception {
        try (FFmpegFrameRecorder recorder = recorder(file, fps, gop)) {
            if (bFrames > 0) {
                recorder.setVideoOption("bf", Integer.toString(bFrames));
            }
            recorder.start();
            for (int i = 0; i < frames; i++) {
                recorder.record(frame(i), avutil.AV_PIX_FMT_BGR24);
            }
            recorder.stop();
        }
        return file;
    }

    /** Writes numbered frames whose durations cycle through {@code durationsMillis} (variable frame rate). */
    static Path writeVariableRate(Path file, int frames, int[] durationsMillis, int gop) throws Exception {
        try (FFmpegFrameRecorder recorder = recorder(file, 1000, gop)) {
            recorder.start();
            long t = 0;
            for (int i = 0; i < frames; i++) {
                recorder.setTimestamp(TimeUnit.MILLISECONDS.toMicros(t));
                recorder.record(frame(i), avutil.AV_PIX_FMT_BGR24);
                t += durationsMillis[i % durationsMillis.length];
            }
            recorder.stop();
        }
        return file;
    }

    /**
     * Copies {@code source} from {@code seconds} without re-encoding, keeping the packets from the key frame before
     * the cut with negative timestamps: the MP4 muxer turns those into an edit list that hides them, as
     * {@code ffmpeg -ss T -i IN -c copy OUT} does.
     */
    static Path cutWithEditList(Path source, Path target, double seconds) {
        return EditListWriter.cut(source, target, seconds);
    }

    private static FFmpegFrameRecorder recorder(Path file, int fps, int gop) {
        FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(file.toString(), WIDTH, HEIGHT, 0);
        recorder.setVideoCodec(avcodec.AV_CODEC_ID_MPEG4);
        recorder.setPixelFormat(avutil.AV_PIX_FMT_YUV420P);
        recorder.setFrameRate(fps);
        recorder.setGopSize(gop);
        recorder.setVideoQuality(3);
        return recorder;
    }

    static Frame frame(int number) {
        Frame frame = new Frame(WIDTH, HEIGHT, Frame.DEPTH_UBYTE, 3);
        ByteBuffer buf = (ByteBuffer) frame.image[0];
        int stride = frame.imageStride;
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                int v = (x + y + number * 3) & 0x7f; // a moving ramp so P-frames carry real changes
                if (y >= ROW_Y && y < ROW_Y + BLOCK) {
                    v = ((number >> (x / BLOCK)) & 1) == 1 ? 240 : 10;
                }
                int o = y * stride + x * 3;
                buf.put(o, (byte) v).put(o + 1, (byte) v).put(o + 2, (byte) v);
            }
        }
        return frame;
    }

    /** Reads the number from a decoded frame of any size (blocks are sampled at their centres). */
    static int numberOf(FrameImage image) {
        int n = 0;
        double sx = image.width() / (double) WIDTH;
        double sy = image.height() / (double) HEIGHT;
        int y = (int) ((ROW_Y + BLOCK / 2.0) * sy);
        for (int bit = 0; bit < BITS; bit++) {
            int x = (int) ((bit * BLOCK + BLOCK / 2.0) * sx);
            int green = (image.argbAt(x, y) >> 8) & 0xff;
            if (green > 128) {
                n |= 1 << bit;
            }
        }
        return n;
    }
}
