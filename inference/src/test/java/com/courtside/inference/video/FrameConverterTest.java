package com.courtside.inference.video;

import com.courtside.timeline.task.ProgressListener;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Converting a frame in two bands on two threads gives the same bytes as converting it whole. */
class FrameConverterTest {

    @TempDir
    Path dir;

    @Test
    void bandedConversionMatchesWholeFrameConversionByteForByte() throws Exception {
        int w = 640;
        int h = 362; // a band edge that is not a multiple of the chroma block of every row count
        Path file = dir.resolve("noise.mp4");
        Random random = new Random(3);
        try (FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(file.toString(), w, h, 0)) {
            recorder.setVideoCodec(avcodec.AV_CODEC_ID_MPEG4);
            recorder.setPixelFormat(avutil.AV_PIX_FMT_YUV420P);
            recorder.setFrameRate(25);
            recorder.setVideoQuality(2);
            recorder.start();
            for (int i = 0; i < 8; i++) {
                Frame frame = new Frame(w, h, Frame.DEPTH_UBYTE, 3);
                ByteBuffer buf = (ByteBuffer) frame.image[0];
                for (int p = 0; p < buf.capacity(); p++) {
                    buf.put(p, (byte) random.nextInt(256));
                }
                recorder.record(frame, avutil.AV_PIX_FMT_BGR24);
            }
            recorder.stop();
        }
        OpenedVideo video = new VideoProbe(null, 1).open(file, ProgressListener.NONE);
        try (VideoDecoder ours = VideoDecoder.open(video, 1);
             FFmpegFrameGrabber reference = new FFmpegFrameGrabber(file.toString())) {
            reference.setPixelFormat(avutil.AV_PIX_FMT_BGRA);
            reference.start();
            FrameImage image = ours.newFrame();
            for (int i = 0; i < 8; i++) {
                assertThat(ours.next(image)).isTrue();
                Frame expected = reference.grabImage();
                ByteBuffer expectedPixels = (ByteBuffer) expected.image[0];
                ByteBuffer actual = image.pixels();
                for (int y = 0; y < h; y++) {
                    for (int x = 0; x < w * 4; x++) {
                        byte e = expectedPixels.get(y * expected.imageStride + x);
                        if (e != actual.get(y * w * 4 + x)) {
                            throw new AssertionError("frame " + i + " differs at row " + y + ", byte " + x);
                        }
                    }
                }
            }
        }
    }
}
