package com.courtside.inference.detect;

import com.courtside.inference.video.FrameImage;

import java.nio.ByteOrder;
import java.util.Random;

/** A synthetic scene in memory, painted as 0xAARRGGBB and written into a {@link FrameImage} as BGRA. */
final class Canvas {

    final int width;
    final int height;
    final int[] argb;

    Canvas(int width, int height) {
        this.width = width;
        this.height = height;
        this.argb = new int[width * height];
    }

    /** A static, busy background: mid-dark grey tiles with fine pixel texture, the same for every seed. */
    static Canvas textured(int width, int height, long seed) {
        Canvas c = new Canvas(width, height);
        Random random = new Random(seed);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int tile = ((x / 16) + (y / 16)) % 2 == 0 ? 50 : 85;
                int v = tile + random.nextInt(21) - 10;
                c.argb[y * width + x] = grey(v);
            }
        }
        return c;
    }

    Canvas copy() {
        Canvas c = new Canvas(width, height);
        System.arraycopy(argb, 0, c.argb, 0, argb.length);
        return c;
    }

    /** Fills the pixels whose centres lie within {@code r} of (cx, cy), continuous coordinates. */
    Canvas disc(double cx, double cy, double r, int rgb) {
        for (int y = (int) Math.floor(cy - r - 1); y <= cy + r + 1; y++) {
            for (int x = (int) Math.floor(cx - r - 1); x <= cx + r + 1; x++) {
                if (x >= 0 && y >= 0 && x < width && y < height && Math.hypot(x + 0.5 - cx, y + 0.5 - cy) <= r) {
                    argb[y * width + x] = 0xff000000 | rgb;
                }
            }
        }
        return this;
    }

    Canvas rect(int x0, int y0, int w, int h, int rgb) {
        for (int y = Math.max(0, y0); y < Math.min(height, y0 + h); y++) {
            for (int x = Math.max(0, x0); x < Math.min(width, x0 + w); x++) {
                argb[y * width + x] = 0xff000000 | rgb;
            }
        }
        return this;
    }

    /** Adds independent noise of up to ±{@code amplitude} grey levels to every pixel, as a sensor would. */
    Canvas noise(Random random, int amplitude) {
        for (int i = 0; i < argb.length; i++) {
            int d = random.nextInt(2 * amplitude + 1) - amplitude;
            int p = argb[i];
            argb[i] = 0xff000000 | clamp((p >> 16 & 0xff) + d) << 16 | clamp((p >> 8 & 0xff) + d) << 8
                    | clamp((p & 0xff) + d);
        }
        return this;
    }

    /** Averages 2×2 blocks, as a scaler does when the analysis frame is half the source size. */
    Canvas halved() {
        Canvas c = new Canvas(width / 2, height / 2);
        for (int y = 0; y < c.height; y++) {
            for (int x = 0; x < c.width; x++) {
                int r = 0;
                int g = 0;
                int b = 0;
                for (int k = 0; k < 4; k++) {
                    int p = argb[(2 * y + k / 2) * width + 2 * x + k % 2];
                    r += p >> 16 & 0xff;
                    g += p >> 8 & 0xff;
                    b += p & 0xff;
                }
                c.argb[y * c.width + x] = 0xff000000 | (r + 2) / 4 << 16 | (g + 2) / 4 << 8 | (b + 2) / 4;
            }
        }
        return c;
    }

    FrameImage toFrame() {
        FrameImage frame = new FrameImage(width, height);
        writeInto(frame);
        return frame;
    }

    void writeInto(FrameImage frame) {
        frame.pixels().order(ByteOrder.LITTLE_ENDIAN).asIntBuffer().put(argb);
    }

    static int grey(int v) {
        int c = clamp(v);
        return 0xff000000 | c << 16 | c << 8 | c;
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }
}
