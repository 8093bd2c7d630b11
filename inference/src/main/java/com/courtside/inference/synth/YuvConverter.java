package com.courtside.inference.synth;

import java.nio.ByteBuffer;
import java.util.SplittableRandom;

/**
 * Turns a BGR frame into YUV 4:2:0 (BT.601, limited range: what decoders assume for untagged H.264), adding
 * camera grain and the slow brightness drift on the way. Doing this in Java is about twice as fast as
 * handing BGR to the encoder's swscale, and it folds two more full-frame passes into one.
 */
final class YuvConverter {

    private static final int TILE = 256;

    private final int width;
    private final int height;
    private final short[] grain = new short[TILE * TILE];

    YuvConverter(int width, int height, double grainSigma, SplittableRandom rnd) {
        if (width % 2 != 0 || height % 2 != 0) {
            throw new IllegalArgumentException("4:2:0 needs an even frame size, got " + width + "x" + height);
        }
        this.width = width;
        this.height = height;
        java.util.Random gauss = new java.util.Random(rnd.nextLong());
        for (int i = 0; i < grain.length; i++) {
            grain[i] = (short) Math.round(gauss.nextGaussian() * grainSigma);
        }
    }

    int frameBytes() {
        return width * height * 3 / 2;
    }

    /**
     * @param gain       brightness factor around 1.0
     * @param grainX     tile offset for this frame, so the grain changes every frame without new random numbers
     */
    void convert(byte[] bgr, ByteBuffer out, double gain, int grainX, int grainY) {
        int g256 = (int) Math.round(gain * 256);
        int ySize = width * height;
        int cw = width / 2;
        int uBase = ySize;
        int vBase = ySize + ySize / 4;
        byte[] y0 = new byte[width];
        byte[] y1 = new byte[width];
        byte[] uRow = new byte[cw];
        byte[] vRow = new byte[cw];
        for (int row = 0; row < height; row += 2) {
            int tileRow0 = ((row + grainY) & (TILE - 1)) * TILE;
            int tileRow1 = ((row + 1 + grainY) & (TILE - 1)) * TILE;
            int p0 = row * width * 3;
            int p1 = p0 + width * 3;
            for (int col = 0, c = 0; col < width; col += 2, c++) {
                int sb = 0;
                int sg = 0;
                int sr = 0;
                for (int k = 0; k < 2; k++) {
                    int i0 = p0 + (col + k) * 3;
                    int i1 = p1 + (col + k) * 3;
                    int b0 = bgr[i0] & 255;
                    int gr0 = bgr[i0 + 1] & 255;
                    int r0 = bgr[i0 + 2] & 255;
                    int b1 = bgr[i1] & 255;
                    int gr1 = bgr[i1 + 1] & 255;
                    int r1 = bgr[i1 + 2] & 255;
                    int tc = (col + k + grainX) & (TILE - 1);
                    y0[col + k] = luma(r0, gr0, b0, g256, grain[tileRow0 + tc]);
                    y1[col + k] = luma(r1, gr1, b1, g256, grain[tileRow1 + tc]);
                    sb += b0 + b1;
                    sg += gr0 + gr1;
                    sr += r0 + r1;
                }
                sb >>= 2;
                sg >>= 2;
                sr >>= 2;
                int u = ((-38 * sr - 74 * sg + 112 * sb + 128) >> 8);
                int v = ((112 * sr - 94 * sg - 18 * sb + 128) >> 8);
                uRow[c] = (byte) clamp(128 + ((u * g256) >> 8), 16, 240);
                vRow[c] = (byte) clamp(128 + ((v * g256) >> 8), 16, 240);
            }
            out.put(row * width, y0);
            out.put((row + 1) * width, y1);
            out.put(uBase + (row / 2) * cw, uRow);
            out.put(vBase + (row / 2) * cw, vRow);
        }
    }

    private static byte luma(int r, int g, int b, int g256, int noise) {
        int y = (66 * r + 129 * g + 25 * b + 128) >> 8;
        return (byte) clamp(16 + ((y * g256) >> 8) + noise, 16, 235);
    }

    private static int clamp(int v, int lo, int hi) {
        return v < lo ? lo : v > hi ? hi : v;
    }
}
