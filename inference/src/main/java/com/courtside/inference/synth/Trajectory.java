package com.courtside.inference.synth;

import java.util.Arrays;

/** Ball positions at every tick from a start tick, as three float columns. */
final class Trajectory {

    private final long startTick;
    private float[] xs = new float[4096];
    private float[] ys = new float[4096];
    private float[] zs = new float[4096];
    private int size;

    Trajectory(long startTick) {
        this.startTick = startTick;
    }

    void add(Vec3 p) {
        if (size == xs.length) {
            xs = Arrays.copyOf(xs, size * 2);
            ys = Arrays.copyOf(ys, size * 2);
            zs = Arrays.copyOf(zs, size * 2);
        }
        xs[size] = (float) p.x();
        ys[size] = (float) p.y();
        zs[size] = (float) p.z();
        size++;
    }

    long startTick() {
        return startTick;
    }

    /** The last tick with a position. */
    long endTick() {
        return startTick + size - 1;
    }

    boolean covers(double tick) {
        return tick >= startTick && tick <= endTick();
    }

    /** Position at a possibly fractional tick, clamped to the recorded span. */
    Vec3 at(double tick) {
        double i = Math.max(0, Math.min(size - 1, tick - startTick));
        int a = (int) Math.floor(i);
        int b = Math.min(size - 1, a + 1);
        double f = i - a;
        return new Vec3(xs[a] + (xs[b] - xs[a]) * f, ys[a] + (ys[b] - ys[a]) * f, zs[a] + (zs[b] - zs[a]) * f);
    }
}
