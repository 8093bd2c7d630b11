package com.courtside.inference.synth;

import java.nio.ByteBuffer;
import java.util.Random;
import java.util.SplittableRandom;

/**
 * Turns a BGR frame into YUV 4:2:0 (BT.601, limited range: what decoders assume for untagged H.264), adding
 * camera grain and the slow brightness drift on the way. Handing BGR to the recorder would cost a swscale
 * conversion (about 10 ms a 1080p frame here) plus two more full-frame passes for grain and drift; this is one
 * pass, and it runs on the render thread while the encoder thread encodes the previous frame.
 */
public final class YuvConverter {

    private static final int TILE = 256;

    private final int width;
    private final int height;
    private final short[] grain = new short[TILE * TILE];
    private final byte[] planes;
    private final int[] lutB = new int[256];
    private final int[] lutG = new int[256];
    private final int[] lutR = new int[256];

    public YuvConverter(int width, int height, double grainSigma, SplittableRandom rnd) {
        if (width % 2 != 0 || height % 2 != 0) {
            throw new IllegalArgumentException("4:2:0 needs an even frame size, got " + width + "x" + height);
        }
        this.width = width;
        this.height = height;
        this.planes = new byte[width * height * 3 / 2];
        fillGrain(grain, grainSigma, new Random(rnd.nextLong()));
    }

    /**
     * Gaussian grain smoothed over 3x3 pixels and scaled back to {@code sigma}: sensor noise after demosaicing
     * is a little blotchy, and pixel-sized noise would be the first thing the encoder throws away.
     */
    private static void fillGrain(short[] tile, double sigma, Random gauss) {
        double[] white = new double[tile.length];
        for (int i = 0; i < white.length; i++) {
            white[i] = gauss.nextGaussian();
        }
        double[] smooth = new double[tile.length];
        double sumSquares = 0;
        for (int y = 0; y < TILE; y++) {
            for (int x = 0; x < TILE; x++) {
                double sum = 0;
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        sum += white[((y + dy) & (TILE - 1)) * TILE + ((x + dx) & (TILE - 1))];
                    }
                }
                smooth[y * TILE + x] = sum;
                sumSquares += sum * sum;
            }
        }
        double scale = sigma / Math.sqrt(sumSquares / tile.length);
        for (int i = 0; i < tile.length; i++) {
            tile[i] = (short) Math.round(smooth[i] * scale);
        }
    }

    /**
     * Converts one frame; {@code out} must hold width * height * 3 / 2 bytes (Y, then U, then V planes).
     *
     * @param gain       brightness factor around 1.0
     * @param grainX     tile offset for this frame, so the grain changes every frame without new random numbers
     */
    public void convert(byte[] bgr, ByteBuffer out, double gain, int grainX, int grainY) {
        lumaPlane(bgr, gain, grainX, grainY);
        chromaPlanes(bgr, gain);
        out.put(0, planes);
    }

    // Per-frame tables with the gain folded in turn each pixel into three loads and two adds.
    private void lumaPlane(byte[] bgr, double gain, int grainX, int grainY) {
        int[] tb = lutB;
        int[] tg = lutG;
        int[] tr = lutR;
        for (int v = 0; v < 256; v++) {
            tb[v] = (int) Math.round(25 * gain * v);
            tg[v] = (int) Math.round(129 * gain * v);
            tr[v] = (int) Math.round(66 * gain * v) + 128 + (16 << 8);
        }
        byte[] dst = planes;
        short[] noise = grain;
        for (int row = 0; row < height; row++) {
            int tileRow = ((row + grainY) & (TILE - 1)) * TILE;
            int src = row * width * 3;
            int o = row * width;
            for (int col = 0; col < width; col++, src += 3) {
                int y = ((tb[bgr[src] & 255] + tg[bgr[src + 1] & 255] + tr[bgr[src + 2] & 255]) >> 8)
                        + noise[tileRow + ((col + grainX) & (TILE - 1))];
                dst[o + col] = (byte) (y < 16 ? 16 : y > 235 ? 235 : y);
            }
        }
    }

    private void chromaPlanes(byte[] bgr, double gain) {
        int g256 = (int) Math.round(gain * 256);
        int cw = width / 2;
        int uBase = width * height;
        int vBase = uBase + uBase / 4;
        byte[] dst = planes;
        int stride = width * 3;
        for (int row = 0; row < height; row += 2) {
            int src = row * stride;
            int o = (row / 2) * cw;
            for (int c = 0; c < cw; c++, src += 6) {
                int b = (bgr[src] & 255) + (bgr[src + 3] & 255) + (bgr[src + stride] & 255) + (bgr[src + stride + 3] & 255);
                int g = (bgr[src + 1] & 255) + (bgr[src + 4] & 255) + (bgr[src + stride + 1] & 255) + (bgr[src + stride + 4] & 255);
                int r = (bgr[src + 2] & 255) + (bgr[src + 5] & 255) + (bgr[src + stride + 2] & 255) + (bgr[src + stride + 5] & 255);
                int u = (-38 * r - 74 * g + 112 * b + 512) >> 10;
                int v = (112 * r - 94 * g - 18 * b + 512) >> 10;
                u = 128 + ((u * g256) >> 8);
                v = 128 + ((v * g256) >> 8);
                dst[uBase + o + c] = (byte) (u < 16 ? 16 : u > 240 ? 240 : u);
                dst[vBase + o + c] = (byte) (v < 16 ? 16 : v > 240 ? 240 : v);
            }
        }
    }

}
