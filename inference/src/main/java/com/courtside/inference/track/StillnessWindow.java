package com.courtside.inference.track;

/** The last few detected positions in a ring, to tell whether the ball has stopped moving. */
final class StillnessWindow {

    private final double[] xs;
    private final double[] ys;
    private int count;
    private int next;

    StillnessWindow(int frames) {
        xs = new double[frames];
        ys = new double[frames];
    }

    void add(double x, double y) {
        xs[next] = x;
        ys[next] = y;
        next = (next + 1) % xs.length;
        count = Math.min(count + 1, xs.length);
    }

    void clear() {
        count = 0;
        next = 0;
    }

    /** True once the window is full and every position lies within a box of side {@code spanPx}. */
    boolean isStill(double spanPx) {
        if (count < xs.length) {
            return false;
        }
        double minX = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < count; i++) {
            minX = Math.min(minX, xs[i]);
            maxX = Math.max(maxX, xs[i]);
            minY = Math.min(minY, ys[i]);
            maxY = Math.max(maxY, ys[i]);
        }
        return maxX - minX < spanPx && maxY - minY < spanPx;
    }

    double meanX() {
        return mean(xs);
    }

    double meanY() {
        return mean(ys);
    }

    private double mean(double[] values) {
        double sum = 0;
        for (int i = 0; i < count; i++) {
            sum += values[i];
        }
        return sum / count;
    }
}
