package com.courtside.inference.synth;

import java.util.SplittableRandom;

/**
 * Slow global brightness change, as from clouds through a skylight or lamps settling: two slow sines with
 * random phases, so the level wanders without repeating within a clip.
 */
public final class BrightnessDrift {

    private final double amplitude;
    private final double phase1;
    private final double phase2;
    private final double period1;
    private final double period2;

    public BrightnessDrift(double amplitude, SplittableRandom rnd) {
        this.amplitude = amplitude;
        this.phase1 = rnd.nextDouble(0, 2 * Math.PI);
        this.phase2 = rnd.nextDouble(0, 2 * Math.PI);
        this.period1 = rnd.nextDouble(25, 45);
        this.period2 = rnd.nextDouble(8, 14);
    }

    /** Multiplier on brightness at a time in seconds, within 1 +- amplitude. */
    public double gainAt(double seconds) {
        return 1 + amplitude * (0.7 * Math.sin(2 * Math.PI * seconds / period1 + phase1)
                + 0.3 * Math.sin(2 * Math.PI * seconds / period2 + phase2));
    }
}
