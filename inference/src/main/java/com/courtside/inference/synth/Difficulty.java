package com.courtside.inference.synth;

import java.util.Locale;

/**
 * How hard the rendered footage is for a detector. Each level moves the same dials so a model trained on one
 * level can be measured on another.
 */
public enum Difficulty {
    // grain sigma (luma levels), exposure (fraction of a frame), ball scale, brightness drift, distractor count
    EASY(1.5, 0.25, 1.15, 0.025, 0),
    NORMAL(3.0, 0.5, 1.0, 0.05, 1),
    HARD(5.5, 0.8, 0.8, 0.10, 2);

    private final double grainSigma;
    private final double exposure;
    private final double ballScale;
    private final double brightnessDrift;
    private final int distractors;

    Difficulty(double grainSigma, double exposure, double ballScale, double brightnessDrift, int distractors) {
        this.grainSigma = grainSigma;
        this.exposure = exposure;
        this.ballScale = ballScale;
        this.brightnessDrift = brightnessDrift;
        this.distractors = distractors;
    }

    /** Standard deviation of the per-pixel camera grain, in 8-bit luma levels. */
    public double grainSigma() {
        return grainSigma;
    }

    /** Shutter time as a fraction of the frame interval; the ball streak length follows from it at any fps. */
    public double exposure() {
        return exposure;
    }

    /** Multiplier on the ball's projected size (the drawn size stays within 3..8 px at 1080p). */
    public double ballScale() {
        return ballScale;
    }

    /** Peak relative change of the global brightness over the clip. */
    public double brightnessDrift() {
        return brightnessDrift;
    }

    /** 0 = towel and logo only; 1 adds white shoes, socks and a white-shirted spectator; 2 adds ball-like spots. */
    public int distractorLevel() {
        return distractors;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code easy}, {@code normal} or {@code hard} in any case. */
    public static Difficulty fromWire(String text) {
        for (Difficulty d : values()) {
            if (d.name().equalsIgnoreCase(text.trim())) {
                return d;
            }
        }
        throw new IllegalArgumentException("difficulty must be easy, normal or hard, not '" + text + "'");
    }
}
