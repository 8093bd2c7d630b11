package com.courtside.app.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.Arrays;

/**
 * The Java heap during one long run, sampled from the run's own progress callbacks about {@code samples} times.
 * Each sample keeps two figures: the heap in use as found (garbage not yet collected included, so it saw-tooths with
 * the young generation), and the heap in use after a full collection forced there and then, which is the figure that
 * grows when something leaks. A few dozen full collections of a small heap cost well under a second over a run of
 * many minutes. Columnar, so the sampler itself allocates nearly nothing.
 */
final class HeapSampler {

    private final long every;
    private long due;
    private int count;
    private long[] frames = new long[64];
    private long[] used = new long[64];
    private long[] live = new long[64];

    HeapSampler(long totalFrames, int samples) {
        every = Math.max(1, totalFrames / Math.max(1, samples));
        due = every;
    }

    /** Takes a sample when {@code frame} has reached the next one due; cheap otherwise. */
    void offer(long frame) {
        if (frame < due) {
            return;
        }
        due = (frame / every + 1) * every;
        if (count == frames.length) {
            frames = Arrays.copyOf(frames, count * 2);
            used = Arrays.copyOf(used, count * 2);
            live = Arrays.copyOf(live, count * 2);
        }
        frames[count] = frame;
        used[count] = inUse();
        live[count] = settled();
        count++;
    }

    int count() {
        return count;
    }

    /** The most heap in use as found at any sample, garbage included; -1 without samples. */
    long peakInUse() {
        return Arrays.stream(used, 0, count).max().orElse(-1);
    }

    /** The most heap in use after a full collection at any sample; -1 without samples. */
    long peakLive() {
        return Arrays.stream(live, 0, count).max().orElse(-1);
    }

    /** Least-squares slope of the after-collection figures in bytes per frame; NaN with fewer than four samples. */
    double slopeBytesPerFrame() {
        if (count < 4) {
            return Double.NaN;
        }
        double mx = Arrays.stream(frames, 0, count).average().orElseThrow();
        double my = Arrays.stream(live, 0, count).average().orElseThrow();
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < count; i++) {
            sxy += (frames[i] - mx) * (live[i] - my);
            sxx += (frames[i] - mx) * (frames[i] - mx);
        }
        return sxx > 0 ? sxy / sxx : Double.NaN;
    }

    /** Heap in use after a full collection: what the program really holds at this moment. */
    static long settled() {
        // Twice: objects whose cleaners ran in the first collection are freed by the second.
        System.gc();
        System.gc();
        return inUse();
    }

    static long inUse() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** Collections of any kind so far, summed over the collectors. */
    static long collections() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionCount).filter(c -> c > 0).sum();
    }
}
