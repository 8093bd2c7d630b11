package com.courtside.inference.video;

import com.courtside.timeline.task.ProgressListener;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes the scrubbing proxy: every source frame, scaled down, as an intra-only MPEG-4 stream in which frame i has
 * timestamp i. Any proxy frame decodes on its own, so a random seek costs one small decode, not a walk from a key
 * frame of the long-GOP original.
 */
public final class ProxyBuilder {

    public static final int MAX_WIDTH = 640;

    private ProxyBuilder() {
    }

    public static int proxyWidth(int width, int height) {
        return even(Math.min(MAX_WIDTH, width));
    }

    public static int proxyHeight(int width, int height) {
        return even((int) Math.round(height * (double) proxyWidth(width, height) / width));
    }

    /** Builds the proxy for {@code video} at {@code target}; the file appears only when complete. */
    public static void build(OpenedVideo video, Path target, int threads, ProgressListener progress)
            throws VideoOpenException, IOException {
        int w = proxyWidth(video.facts().width(), video.facts().height());
        int h = proxyHeight(video.facts().width(), video.facts().height());
        Files.createDirectories(target.getParent());
        Path tmp = target.resolveSibling(target.getFileName() + ".part.mp4");
        int total = video.facts().frameCount();
        try (VideoDecoder decoder = VideoDecoder.openScaled(video, w, h, threads);
             FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(tmp.toString(), w, h, 0)) {
            recorder.setFormat("mp4");
            recorder.setVideoCodec(avcodec.AV_CODEC_ID_MPEG4);
            recorder.setPixelFormat(avutil.AV_PIX_FMT_YUV420P);
            recorder.setFrameRate(video.facts().fps().toDouble());
            recorder.setGopSize(1);
            recorder.setVideoQuality(5);
            recorder.setVideoOption("threads", "1");
            recorder.start();
            FrameImage image = decoder.newFrame();
            Frame frame = new Frame(w, h, Frame.DEPTH_UBYTE, 4);
            for (int i = 0; i < total; i++) {
                if (!decoder.next(image)) {
                    throw new IOException("the source ended at frame " + i + " of " + total);
                }
                ((java.nio.ByteBuffer) frame.image[0]).clear().put(image.pixels());
                recorder.setFrameNumber(i);
                recorder.record(frame, avutil.AV_PIX_FMT_BGRA);
                if ((i & 31) == 0) {
                    progress.checkCancelled();
                    progress.progress(i, total, "Building scrubbing proxy");
                }
            }
            recorder.stop();
        } catch (FFmpegFrameRecorder.Exception e) {
            Files.deleteIfExists(tmp);
            throw new IOException("could not write the proxy " + tmp + ": " + e.getMessage(), e);
        } catch (RuntimeException | VideoOpenException | IOException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        progress.progress(total, total, "Proxy ready");
    }

    private static int even(int v) {
        return Math.max(2, v & ~1);
    }
}
