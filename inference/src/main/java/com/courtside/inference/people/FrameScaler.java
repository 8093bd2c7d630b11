package com.courtside.inference.people;

import com.courtside.inference.video.FrameImage;

import java.nio.ByteBuffer;

/**
 * Scales a BGRA frame bilinearly into another of a fixed size, for frames that were not decoded at the model's size.
 * Pixel centres map as {@code (x + 0.5) · scale − 0.5}, the convention the box decoder's coordinates follow.
 */
final class FrameScaler {

    private FrameScaler() {
    }

    static void scale(FrameImage source, FrameImage target) {
        ByteBuffer src = source.pixels();
        ByteBuffer dst = target.pixels();
        int sw = source.width();
        int sh = source.height();
        double fx = sw / (double) target.width();
        double fy = sh / (double) target.height();
        for (int y = 0; y < target.height(); y++) {
            double v = Math.min(Math.max((y + 0.5) * fy - 0.5, 0), sh - 1);
            int y0 = (int) v;
            int y1 = Math.min(y0 + 1, sh - 1);
            double ty = v - y0;
            for (int x = 0; x < target.width(); x++) {
                double u = Math.min(Math.max((x + 0.5) * fx - 0.5, 0), sw - 1);
                int x0 = (int) u;
                int x1 = Math.min(x0 + 1, sw - 1);
                double tx = u - x0;
                int o = (y * target.width() + x) * 4;
                for (int c = 0; c < 4; c++) {
                    double top = (src.get((y0 * sw + x0) * 4 + c) & 0xff) * (1 - tx) + (src.get((y0 * sw + x1) * 4 + c) & 0xff) * tx;
                    double bottom = (src.get((y1 * sw + x0) * 4 + c) & 0xff) * (1 - tx) + (src.get((y1 * sw + x1) * 4 + c) & 0xff) * tx;
                    dst.put(o + c, (byte) Math.round(top * (1 - ty) + bottom * ty));
                }
            }
        }
    }
}
