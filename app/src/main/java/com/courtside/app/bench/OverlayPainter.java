package com.courtside.app.bench;

import java.nio.ByteBuffer;

/**
 * A stand-in for the workstation's overlay, drawn straight into a BGRA display buffer each shown frame: a ball
 * trail of 15 dots fading with age and a ring around the newest position, alpha-blended over the video. The
 * positions follow a made-up bouncing path so every frame paints different pixels.
 */
final class OverlayPainter {

    static final int TRAIL = 15;

    private final int width;
    private final int height;
    private final double scale;

    OverlayPainter(int width, int height) {
        this.width = width;
        this.height = height;
        this.scale = height / 1080.0;
    }

    /** Draws the overlay for {@code frame} into {@code bgra} (width · height · 4 bytes, native byte order). */
    void paint(ByteBuffer bgra, int frame) {
        for (int age = TRAIL - 1; age >= 0; age--) {
            double alpha = 1.0 - age / (double) TRAIL;
            double radius = Math.max(1.5, (3 + 4 * alpha) * scale);
            disc(bgra, x(frame - age), y(frame - age), radius, 0xFFE040, alpha);
        }
        ring(bgra, x(frame), y(frame), 24 * scale, Math.max(1.5, 3 * scale), 0x40FF80, 0.9);
    }

    private double x(int frame) {
        double period = 90;
        double phase = (frame % (2 * period)) / period;
        double t = phase <= 1 ? phase : 2 - phase;
        return width * (0.15 + 0.7 * t);
    }

    private double y(int frame) {
        double bounce = (frame % 30) / 30.0;
        return height * (0.35 + 0.35 * (1 - 4 * (bounce - 0.5) * (bounce - 0.5)));
    }

    private void disc(ByteBuffer bgra, double cx, double cy, double r, int rgb, double alpha) {
        span(bgra, cx, cy, r, 0, rgb, alpha);
    }

    private void ring(ByteBuffer bgra, double cx, double cy, double r, double thickness, int rgb, double alpha) {
        span(bgra, cx, cy, r + thickness / 2, Math.max(0, r - thickness / 2), rgb, alpha);
    }

    /** Blends every pixel whose centre lies between radii {@code inner} and {@code outer} around (cx, cy). */
    private void span(ByteBuffer bgra, double cx, double cy, double outer, double inner, int rgb, double alpha) {
        int x0 = Math.max(0, (int) Math.floor(cx - outer));
        int x1 = Math.min(width - 1, (int) Math.ceil(cx + outer));
        int y0 = Math.max(0, (int) Math.floor(cy - outer));
        int y1 = Math.min(height - 1, (int) Math.ceil(cy + outer));
        double outer2 = outer * outer;
        double inner2 = inner * inner;
        int a = (int) Math.round(alpha * 256);
        int sr = rgb >> 16 & 0xff;
        int sg = rgb >> 8 & 0xff;
        int sb = rgb & 0xff;
        for (int y = y0; y <= y1; y++) {
            double dy = y + 0.5 - cy;
            for (int x = x0; x <= x1; x++) {
                double dx = x + 0.5 - cx;
                double d2 = dx * dx + dy * dy;
                if (d2 > outer2 || d2 < inner2) {
                    continue;
                }
                int o = (y * width + x) * 4;
                int b = bgra.get(o) & 0xff;
                int g = bgra.get(o + 1) & 0xff;
                int r = bgra.get(o + 2) & 0xff;
                bgra.put(o, (byte) (b + ((sb - b) * a >> 8)));
                bgra.put(o + 1, (byte) (g + ((sg - g) * a >> 8)));
                bgra.put(o + 2, (byte) (r + ((sr - r) * a >> 8)));
                bgra.put(o + 3, (byte) 0xff);
            }
        }
    }
}
