package com.courtside.ui.timeline;

import java.util.Arrays;

/**
 * The timeline drawn into an ARGB pixel buffer, with alpha blending: for the benchmark (the drawing work without a
 * screen) and for tests that check which pixels a lane lit. Text is drawn as one 5 × 7 block per character, the
 * pixel work of a small font without its shapes.
 */
public final class RasterSurface implements TimelineSurface {

    private final int width;
    private final int height;
    private final int[] pixels;

    public RasterSurface(int width, int height) {
        this.width = width;
        this.height = height;
        this.pixels = new int[width * height];
    }

    @Override
    public double width() {
        return width;
    }

    @Override
    public double height() {
        return height;
    }

    public int pixel(int x, int y) {
        return pixels[y * width + x];
    }

    public void clear() {
        Arrays.fill(pixels, 0);
    }

    @Override
    public void fillRect(double x, double y, double w, double h, int argb) {
        int x0 = Math.max(0, (int) Math.floor(x));
        int y0 = Math.max(0, (int) Math.floor(y));
        int x1 = Math.min(width, (int) Math.ceil(x + w));
        int y1 = Math.min(height, (int) Math.ceil(y + h));
        int alpha = argb >>> 24;
        for (int row = y0; row < y1; row++) {
            int base = row * width;
            if (alpha == 0xff) {
                Arrays.fill(pixels, base + x0, Math.max(base + x0, base + x1), argb);
            } else {
                for (int col = x0; col < x1; col++) {
                    pixels[base + col] = blend(pixels[base + col], argb, alpha);
                }
            }
        }
    }

    @Override
    public void verticalLine(double x, double y0, double y1, int argb) {
        fillRect(Math.floor(x), y0, 1, y1 - y0, argb);
    }

    @Override
    public void polyline(double[] xs, double[] ys, int n, int argb) {
        for (int i = 1; i < n; i++) {
            double dx = xs[i] - xs[i - 1];
            double dy = ys[i] - ys[i - 1];
            int steps = (int) Math.ceil(Math.max(Math.abs(dx), Math.abs(dy)));
            for (int s = 0; s <= steps; s++) {
                double t = steps == 0 ? 0 : s / (double) steps;
                int px = (int) Math.floor(xs[i - 1] + t * dx);
                int py = (int) Math.floor(ys[i - 1] + t * dy);
                if (px >= 0 && px < width && py >= 0 && py < height) {
                    pixels[py * width + px] = blend(pixels[py * width + px], argb, argb >>> 24);
                }
            }
        }
    }

    @Override
    public void text(String text, double x, double y, int argb) {
        for (int i = 0; i < text.length(); i++) {
            fillRect(x + 6 * i, y - 7, 5, 7, argb);
        }
    }

    private static int blend(int under, int over, int alpha) {
        int inv = 255 - alpha;
        int r = (((over >> 16) & 0xff) * alpha + ((under >> 16) & 0xff) * inv) / 255;
        int g = (((over >> 8) & 0xff) * alpha + ((under >> 8) & 0xff) * inv) / 255;
        int b = ((over & 0xff) * alpha + (under & 0xff) * inv) / 255;
        return 0xff000000 | (r << 16) | (g << 8) | b;
    }
}
