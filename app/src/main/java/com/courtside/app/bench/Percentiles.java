package com.courtside.app.bench;

import java.util.Arrays;

/**
 * Summary of a latency sample: median, 95th percentile, mean and extremes, in milliseconds. Percentiles are
 * interpolated linearly between the nearest ranks (the method of NumPy's default and of R type 7), so p50 of an
 * even-sized sample is the mean of the two middle values.
 */
public record Percentiles(int count, double p50, double p95, double mean, double min, double max) {

    /** Summarises durations given in nanoseconds, reporting milliseconds. */
    public static Percentiles ofNanos(long[] nanos) {
        double[] ms = new double[nanos.length];
        for (int i = 0; i < nanos.length; i++) {
            ms[i] = nanos[i] / 1e6;
        }
        return of(ms);
    }

    /** Summarises values in milliseconds. */
    public static Percentiles of(double[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("no samples to summarise");
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double sum = 0;
        for (double v : sorted) {
            sum += v;
        }
        return new Percentiles(sorted.length, percentile(sorted, 50), percentile(sorted, 95), sum / sorted.length,
                sorted[0], sorted[sorted.length - 1]);
    }

    /** The {@code p}-th percentile (0..100) of an ascending array, interpolated between ranks. */
    public static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            throw new IllegalArgumentException("no samples");
        }
        if (p < 0 || p > 100) {
            throw new IllegalArgumentException("percentile " + p + " outside 0..100");
        }
        double rank = p / 100.0 * (sorted.length - 1);
        int below = (int) Math.floor(rank);
        int above = Math.min(sorted.length - 1, below + 1);
        double fraction = rank - below;
        return sorted[below] + fraction * (sorted[above] - sorted[below]);
    }
}
