package com.courtside.export.cut;

import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The pictures of a video file decoded to RGB, for checking what was drawn where. */
final class ColourFrames {

    /** One decoded picture. */
    record Picture(int width, int height, int stride, byte[] bgr) {

        int red(int x, int y) {
            return bgr[y * stride + 3 * x + 2] & 0xff;
        }

        int green(int x, int y) {
            return bgr[y * stride + 3 * x + 1] & 0xff;
        }

        int blue(int x, int y) {
            return bgr[y * stride + 3 * x] & 0xff;
        }

        /** True when the pixel is within {@code tolerance} of (r, g, b) in every channel. */
        boolean near(int x, int y, int r, int g, int b, int tolerance) {
            return Math.abs(red(x, y) - r) <= tolerance && Math.abs(green(x, y) - g) <= tolerance
                    && Math.abs(blue(x, y) - b) <= tolerance;
        }

        /** The number a {@link TestMatch} frame shows in its blocks (unscaled, uncropped pictures only). */
        int number() {
            int n = 0;
            for (int bit = 0; bit < TestMatch.BITS; bit++) {
                int x = bit * TestMatch.BLOCK + TestMatch.BLOCK / 2;
                if (green(x, TestMatch.BLOCK / 2) > 128) {
                    n |= 1 << bit;
                }
            }
            return n;
        }
    }

    private ColourFrames() {
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
