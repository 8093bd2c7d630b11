package com.courtside.export.cut;

import org.bytedeco.ffmpeg.avutil.AVFrame;

import java.awt.Rectangle;
import java.nio.ByteBuffer;
import java.util.Arrays;

import static org.bytedeco.ffmpeg.global.avutil.AVCOL_RANGE_JPEG;
import static org.bytedeco.ffmpeg.global.avutil.AVCOL_SPC_BT709;

/**
 * Blends an ARGB layer into a YUV 4:2:0 picture, in the source's colour matrix (BT.709 where the decoded frame says
 * so, else BT.601; scaling keeps the matrix) and the picture's range, and clears the layer behind it. Luma is blended per pixel; each chroma sample takes the
 * mean of its four pixels' blends, so a one-pixel line keeps as much of its colour as 4:2:0 can hold. Works on two
 * rows at a time (one row of chroma) and only between the first and last drawn pixel of the pair: the rectangle
 * around a ball and a caption is mostly empty.
 */
final class YuvBlend {

    private final int[] layer;
    private final int layerWidth;
    private final int width;
    private final int height;
    private final ByteBuffer luma;
    private final ByteBuffer cb;
    private final ByteBuffer cr;
    private final int lumaStride;
    private final int cbStride;
    private final int crStride;
    private final double kr;
    private final double kb;
    private final double lumaBase;
    private final double lumaRange;
    private final double chromaRange;
    private byte[] lumaRow = new byte[0];
    private byte[] cbRow = new byte[0];
    private byte[] crRow = new byte[0];

    private YuvBlend(int[] layer, int layerWidth, AVFrame picture, boolean bt709) {
        this.layer = layer;
        this.layerWidth = layerWidth;
        this.width = picture.width();
        this.height = picture.height();
        int chromaRows = (height + 1) / 2;
        lumaStride = picture.linesize(0);
        cbStride = picture.linesize(1);
        crStride = picture.linesize(2);
        luma = plane(picture, 0, height);
        cb = plane(picture, 1, chromaRows);
        cr = plane(picture, 2, chromaRows);
        boolean fullRange = picture.color_range() == AVCOL_RANGE_JPEG;
        kr = bt709 ? 0.2126 : 0.299;
        kb = bt709 ? 0.0722 : 0.114;
        lumaBase = fullRange ? 0 : 16;
        lumaRange = fullRange ? 255 : 219;
        chromaRange = fullRange ? 255 : 224;
    }

    /**
     * Blends {@code layer} (one int per pixel, {@code layerWidth} a row, transparent outside {@code area}) into
     * {@code picture}, a shaped copy of {@code decoded} or {@code decoded} itself, and makes it transparent again.
     */
    static void blendAndClear(int[] layer, int layerWidth, Rectangle area, AVFrame picture, AVFrame decoded) {
        YuvBlend b = new YuvBlend(layer, layerWidth, picture, decoded.colorspace() == AVCOL_SPC_BT709);
        int x0 = Math.max(0, area.x);
        int x1 = Math.min(b.width, area.x + area.width);
        int y1 = Math.min(b.height, area.y + area.height);
        for (int y = Math.max(0, area.y) & ~1; y < y1 && x1 > x0; y += 2) {
            b.blendRowPair(y, x0, x1);
        }
    }

    private void blendRowPair(int y, int x0, int x1) {
        int top = y * layerWidth;
        int bottom = y + 1 < height ? top + layerWidth : -1;
        int first = Math.min(firstDrawn(top, x0, x1), bottom < 0 ? x1 : firstDrawn(bottom, x0, x1));
        if (first == x1) {
            return;
        }
        int last = Math.max(lastDrawn(top, first, x1), bottom < 0 ? -1 : lastDrawn(bottom, first, x1));
        int from = first & ~1;
        int to = Math.min(width, (last + 2) & ~1);
        blendLuma(y, top, from, to);
        if (bottom >= 0) {
            blendLuma(y + 1, bottom, from, to);
        }
        blendChroma(y / 2, top, bottom < 0 ? top : bottom, from, to);
        Arrays.fill(layer, top + from, top + to, 0);
        if (bottom >= 0) {
            Arrays.fill(layer, bottom + from, bottom + to, 0);
        }
    }

    private int firstDrawn(int row, int x0, int x1) {
        for (int x = x0; x < x1; x++) {
            if (layer[row + x] >>> 24 != 0) {
                return x;
            }
        }
        return x1;
    }

    private int lastDrawn(int row, int x0, int x1) {
        for (int x = x1 - 1; x >= x0; x--) {
            if (layer[row + x] >>> 24 != 0) {
                return x;
            }
        }
        return -1;
    }

    private void blendLuma(int y, int row, int from, int to) {
        byte[] samples = lumaRow = fit(lumaRow, to - from);
        int at = y * lumaStride + from;
        luma.get(at, samples, 0, to - from);
        for (int x = from; x < to; x++) {
            int p = layer[row + x];
            int a = p >>> 24;
            if (a != 0) {
                int old = samples[x - from] & 0xff;
                samples[x - from] = clamp(old + (lumaBase + lumaRange * lumaOf(p) - old) * a / 255.0);
            }
        }
        luma.put(at, samples, 0, to - from);
    }

    /** Blends each chroma sample of the row by the mean of its four pixels' blends. */
    private void blendChroma(int cy, int top, int bottom, int from, int to) {
        int n = (to - from + 1) / 2;
        byte[] u = cbRow = fit(cbRow, n);
        byte[] v = crRow = fit(crRow, n);
        int uAt = cy * cbStride + from / 2;
        int vAt = cy * crStride + from / 2;
        cb.get(uAt, u, 0, n);
        cr.get(vAt, v, 0, n);
        for (int i = 0; i < n; i++) {
            int left = from + 2 * i;
            int right = left + 1 < width ? left + 1 : left;
            double oldU = u[i] & 0xff;
            double oldV = v[i] & 0xff;
            double du = 0;
            double dv = 0;
            for (int p : new int[] {layer[top + left], layer[top + right], layer[bottom + left],
                    layer[bottom + right]}) {
                int a = p >>> 24;
                if (a != 0) {
                    double y = lumaOf(p);
                    du += a * (128 + chromaRange * (blue(p) - y) / (2 * (1 - kb)) - oldU);
                    dv += a * (128 + chromaRange * (red(p) - y) / (2 * (1 - kr)) - oldV);
                }
            }
            u[i] = clamp(oldU + du / (4 * 255.0));
            v[i] = clamp(oldV + dv / (4 * 255.0));
        }
        cb.put(uAt, u, 0, n);
        cr.put(vAt, v, 0, n);
    }

    /** Y' of an ARGB pixel, 0..1. */
    private double lumaOf(int p) {
        return kr * red(p) + (1 - kr - kb) * green(p) + kb * blue(p);
    }

    private static double red(int p) {
        return ((p >> 16) & 0xff) / 255.0;
    }

    private static double green(int p) {
        return ((p >> 8) & 0xff) / 255.0;
    }

    private static double blue(int p) {
        return (p & 0xff) / 255.0;
    }

    private static byte clamp(double value) {
        return (byte) Math.max(0, Math.min(255, Math.round(value)));
    }

    private static byte[] fit(byte[] buffer, int length) {
        return buffer.length >= length ? buffer : new byte[length];
    }

    private static ByteBuffer plane(AVFrame picture, int plane, int rows) {
        return picture.data(plane).capacity((long) picture.linesize(plane) * rows).asByteBuffer();
    }
}
