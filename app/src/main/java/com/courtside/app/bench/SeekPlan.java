package com.courtside.app.bench;

import java.util.SplittableRandom;

/** The random frames a seek measurement visits: fixed by a seed, so two runs time the same seeks. */
final class SeekPlan {

    private SeekPlan() {
    }

    /**
     * {@code count} frames in {@code [0, frameCount)}, each at least {@code minGap} frames from the one before it,
     * so that a decoder is never left just before its next target (the gap shrinks on clips too short for it).
     */
    static int[] farApart(int frameCount, int count, long seed, int minGap) {
        SplittableRandom random = new SplittableRandom(seed);
        int gap = Math.max(0, Math.min(minGap, frameCount / 3));
        int[] frames = new int[count];
        int previous = -frameCount;
        for (int i = 0; i < count; i++) {
            int f;
            int tries = 0;
            do {
                f = random.nextInt(frameCount);
            } while (Math.abs(f - previous) < gap && ++tries < 1000);
            frames[i] = f;
            previous = f;
        }
        return frames;
    }

    /** {@code count} frames in {@code [lo, hi]}, uniformly, for measurements that need room on both sides. */
    static int[] within(int lo, int hi, int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int[] frames = new int[count];
        for (int i = 0; i < count; i++) {
            frames[i] = hi <= lo ? lo : lo + random.nextInt(hi - lo + 1);
        }
        return frames;
    }
}
