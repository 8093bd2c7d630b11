package com.courtside.ui.overlay;

import com.courtside.inference.video.OpenedVideo;
import com.courtside.inference.video.VideoProbe;
import com.courtside.timeline.task.ProgressListener;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A plain grey H.264 clip to burn an overlay into, and the pictures of a file decoded to RGB to check it. */
final class GreyClip {

    /** The clip's grey as RGB. */
    static final int GREY = 51;

    /** One decoded picture, three bytes a pixel in B, G, R order. */
    record Picture(int width, int height, int stride, byte[] bgr) {

        int channel(int x, int y, int c) {
            return bgr[y * stride + 3 * x + c] & 0xff;
        }

        /** True when some pixel {@code rMin..rMax} px from (cx, cy) is within {@code tolerance} of (r, g, b). */
        boolean colourAround(double cx, double cy, double rMin, double rMax, int r, int g, int b, int tolerance) {
            for (int y = (int) (cy - rMax); y <= cy + rMax; y++) {
                for (int x = (int) (cx - rMax); x <= cx + rMax; x++) {
                    double d = Math.hypot(x - cx, y - cy);
                    if (d >= rMin && d <= rMax && x >= 0 && y >= 0 && x < width && y < height
                            && Math.abs(channel(x, y, 2) - r) <= tolerance
                            && Math.abs(channel(x, y, 1) - g) <= tolerance
                            && Math.abs(channel(x, y, 0) - b) <= tolerance) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    private GreyClip() {
    }

    /** Writes a grey clip of {@code frames} frames at 30 fps with a key frame every two seconds, and opens it. */
    static OpenedVideo write(Path file, int width, int height, int frames) throws Exception {
        try (FFmpegFrameRecorder r = new FFmpegFrameRecorder(file.toFile(), width, height, 0)) {
            r.setFormat("mp4");
            r.setVideoCodecName("libopenh264");
            r.setVideoCodec(avcodec.AV_CODEC_ID_H264);
            r.setPixelFormat(avutil.AV_PIX_FMT_YUV420P);
            r.setFrameRate(30);
            r.setGopSize(60);
            r.setVideoBitrate(2_000_000);
            r.setVideoOption("allow_skip_frames", "0");
            r.start();
            ByteBuffer picture = ByteBuffer.allocateDirect(width * height * 3 / 2);
            for (int i = 0; i < picture.capacity(); i++) {
                picture.put(i, (byte) (i < width * height ? 60 : 128));
            }
            for (int f = 0; f < frames; f++) {
                r.recordImage(width, height, Frame.DEPTH_UBYTE, 1, width, avutil.AV_PIX_FMT_YUV420P, picture);
            }
            r.stop();
        }
        return new VideoProbe(null, 0).openFast(file, ProgressListener.NONE);
    }

    static List<Picture> read(Path file) throws Exception {
        List<Picture> out = new ArrayList<>();
        try (FFmpegFrameGrabber g = new FFmpegFrameGrabber(file.toFile())) {
            g.setPixelFormat(avutil.AV_PIX_FMT_BGR24);
            g.start();
            Frame f;
            while ((f = g.grabImage()) != null) {
                ByteBuffer px = (ByteBuffer) f.image[0];
                byte[] copy = new byte[f.imageStride * f.imageHeight];
                px.get(px.position(), copy);
                out.add(new Picture(f.imageWidth, f.imageHeight, f.imageStride, copy));
            }
        }
        return out;
    }
}
