package com.courtside.ui.timeline;

/**
 * Minimum, maximum, sum and count of a per-frame series over any range of frames in a few dozen steps, from block
 * summaries of 16, 256 and 4096 frames built once: a zoomed-out timeline column of thousands of frames reads a
 * handful of blocks instead of every frame. NaN values (no value on that frame) are left out.
 */
final class FrameSummary {

    private static final int SHIFT = 4;
    private static final int LEVELS = 3;

    /** The summary of one range; reused between queries. */
    static final class Stats {
        float min;
        float max;
        double sum;
        int count;

        void clear() {
            min = Float.POSITIVE_INFINITY;
            max = Float.NEGATIVE_INFINITY;
            sum = 0;
            count = 0;
        }

        boolean isEmpty() {
            return count == 0;
        }

        double mean() {
            return count == 0 ? Double.NaN : sum / count;
        }
    }

    private final float[] values;
    private final float[][] mins = new float[LEVELS][];
    private final float[][] maxs = new float[LEVELS][];
    private final double[][] sums = new double[LEVELS][];
    private final int[][] counts = new int[LEVELS][];

    FrameSummary(float[] values) {
        this.values = values;
        int n = values.length;
        for (int level = 0; level < LEVELS; level++) {
            int block = 1 << (SHIFT * (level + 1));
            int blocks = n / block;
            mins[level] = new float[blocks];
            maxs[level] = new float[blocks];
            sums[level] = new double[blocks];
            counts[level] = new int[blocks];
            for (int b = 0; b < blocks; b++) {
                float min = Float.POSITIVE_INFINITY;
                float max = Float.NEGATIVE_INFINITY;
                double sum = 0;
                int count = 0;
                if (level == 0) {
                    for (int f = b * block; f < (b + 1) * block; f++) {
                        float v = values[f];
                        if (!Float.isNaN(v)) {
                            min = Math.min(min, v);
                            max = Math.max(max, v);
                            sum += v;
                            count++;
                        }
                    }
                } else {
                    int fan = 1 << SHIFT;
                    for (int c = b * fan; c < (b + 1) * fan; c++) {
                        min = Math.min(min, mins[level - 1][c]);
                        max = Math.max(max, maxs[level - 1][c]);
                        sum += sums[level - 1][c];
                        count += counts[level - 1][c];
                    }
                }
                mins[level][b] = min;
                maxs[level][b] = max;
                sums[level][b] = sum;
                counts[level][b] = count;
            }
        }
    }

    boolean covers(float[] series) {
        return series == values;
    }

    /** The summary of frames {@code from} (inclusive) to {@code to} (exclusive), clamped to the series. */
    void query(int from, int to, Stats out) {
        out.clear();
        int f = Math.max(0, from);
        int end = Math.min(values.length, to);
        while (f < end) {
            boolean used = false;
            for (int level = LEVELS - 1; level >= 0 && !used; level--) {
                int block = 1 << (SHIFT * (level + 1));
                if ((f & (block - 1)) == 0 && f + block <= end) {
                    int b = f >> (SHIFT * (level + 1));
                    if (counts[level][b] > 0) {
                        out.min = Math.min(out.min, mins[level][b]);
                        out.max = Math.max(out.max, maxs[level][b]);
                        out.sum += sums[level][b];
                        out.count += counts[level][b];
                    }
                    f += block;
                    used = true;
                }
            }
            if (!used) {
                float v = values[f];
                if (!Float.isNaN(v)) {
                    out.min = Math.min(out.min, v);
                    out.max = Math.max(out.max, v);
                    out.sum += v;
                    out.count++;
                }
                f++;
            }
        }
    }
}
