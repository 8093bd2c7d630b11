package com.courtside.inference.analysis;

import java.util.Locale;

/**
 * Where an analysis spent its time, in nanoseconds: waiting for decoded frames, preparing model input, running the
 * model, tracking, and a heatmap model's local stage (cropping and its model). Zero where a method has no such
 * stage or the result came from the cache.
 */
public record StageTimes(long decodeNanos, long prepareNanos, long inferNanos, long trackNanos, long localNanos) {

    public static final StageTimes NONE = new StageTimes(0, 0, 0, 0, 0);

    /** The stages of a method without a local stage. */
    public StageTimes(long decodeNanos, long prepareNanos, long inferNanos, long trackNanos) {
        this(decodeNanos, prepareNanos, inferNanos, trackNanos, 0);
    }

    public boolean isKnown() {
        return decodeNanos + prepareNanos + inferNanos + trackNanos + localNanos > 0;
    }

    /** "decode 1.2 ms, prepare 0.4 ms, model 12.3 ms, track 0.01 ms per frame" (", local stage 3.1 ms" when run). */
    public String perFrame(int frames) {
        double n = Math.max(1, frames) * 1e6;
        String local = localNanos > 0 ? String.format(Locale.ROOT, ", local stage %.2f ms", localNanos / n) : "";
        return String.format(Locale.ROOT, "decode %.2f ms, prepare %.2f ms, model %.2f ms%s, track %.3f ms per frame",
                decodeNanos / n, prepareNanos / n, inferNanos / n, local, trackNanos / n);
    }
}
