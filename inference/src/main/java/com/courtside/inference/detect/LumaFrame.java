package com.courtside.inference.detect;

import com.courtside.inference.video.FrameImage;

import java.nio.ByteOrder;
import java.nio.IntBuffer;

/**
 * The luma plane of one frame, one byte a pixel. The detector keeps three and refills the oldest, so no full-size
 * array is allocated per frame.
 */
final class LumaFrame {

    private final int width;
    private final int height;
    private final byte[] luma;
    /** One row of packed pixels; bulk reads from the direct buffer are far faster than per-byte gets. */
    private final int[] row;
    private int frame = -1;

    LumaFrame(int width, int height) {
        this.width = width;
        this.height = height;
        this.luma = new byte[width * height];
        this.row = new int[width];
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }

    byte[] luma() {
        return luma;
    }

    int frame() {
        return frame;
    }

    boolean fits(FrameImage image) {
        return image.width() == width && image.height() == height;
    }

    /** Fills this plane from BGRA pixels with BT.601 weights in 8-bit fixed point. */
    void load(FrameImage image, int frameIndex) {
        if (!fits(image)) {
            throw new IllegalArgumentException("frame is " + image.width() + "×" + image.height()
                    + ", expected " + width + "×" + height);
        }
        // Little-endian BGRA read as an int is 0xAARRGGBB. (A duplicate buffer reports big-endian, so say it.)
        IntBuffer pixels = image.pixels().order(ByteOrder.LITTLE_ENDIAN).asIntBuffer();
        int o = 0;
        for (int y = 0; y < height; y++) {
            pixels.get(row, 0, width);
            for (int x = 0; x < width; x++) {
                int p = row[x];
                int r = p >>> 16 & 0xff;
                int g = p >>> 8 & 0xff;
                int b = p & 0xff;
                luma[o++] = (byte) (77 * r + 150 * g + 29 * b >>> 8);
            }
        }
        this.frame = frameIndex;
    }
}
