package com.courtside.inference.camera;

/**
 * The One-Euro filter (Casiez, Roussel and Vogel, CHI 2012) on one axis: a low-pass filter whose cut-off rises
 * with the signal's speed, so a still ball gives a still target and a fast one is followed with little lag. The
 * speed estimate is kept and offered as the velocity the camera predicts with. Mutable; its whole state is a
 * {@link State} so a camera can be saved and resumed exactly.
 */
public final class OneEuroFilter {

    /** Beta never falls below this share of the base, for the slowest ball... */
    static final double MIN_BETA_FACTOR = 0.5;
    /** ... nor rises above this multiple, for the fastest. */
    static final double MAX_BETA_FACTOR = 3.0;

    /**
     * @param value      the filtered value
     * @param derivative the filtered speed, units per second
     * @param lastInput  the input of the previous sample
     * @param primed     false until the first sample
     */
    public record State(double value, double derivative, double lastInput, boolean primed) {
        public static final State EMPTY = new State(0, 0, 0, false);
    }

    private double value;
    private double derivative;
    private double lastInput;
    private boolean primed;

    /**
     * Feeds one sample and returns the filtered value.
     *
     * @param rate             samples per second
     * @param minCutoff        cut-off at rest, Hz
     * @param beta             Hz added per unit per second of speed
     * @param derivativeCutoff cut-off of the speed estimate, Hz
     */
    public double filter(double x, double rate, double minCutoff, double beta, double derivativeCutoff) {
        if (!primed) {
            value = x;
            lastInput = x;
            derivative = 0;
            primed = true;
            return value;
        }
        double dx = (x - lastInput) * rate;
        derivative += alpha(derivativeCutoff, rate) * (dx - derivative);
        value += alpha(minCutoff + beta * Math.abs(derivative), rate) * (x - value);
        lastInput = x;
        return value;
    }

    /**
     * Forgets the speed, so the next sample is not read as a jump: after a gap the ball reappears somewhere else,
     * and that is not how fast it moves. The value stays, so the output keeps moving smoothly.
     */
    public void restartSpeedAt(double x) {
        if (primed) {
            derivative = 0;
            lastInput = x;
        }
    }

    /** Puts the output on {@code x} at rest: the filter has arrived. */
    public void settle(double x) {
        value = x;
        lastInput = x;
        derivative = 0;
        primed = true;
    }

    public double value() {
        return value;
    }

    /** The previous sample's input. */
    public double lastInput() {
        return lastInput;
    }

    public double derivative() {
        return derivative;
    }

    public boolean primed() {
        return primed;
    }

    public State state() {
        return new State(value, derivative, lastInput, primed);
    }

    public void restore(State s) {
        value = s.value();
        derivative = s.derivative();
        lastInput = s.lastInput();
        primed = s.primed();
    }

    /** The smoothing factor of a first-order low-pass filter with this cut-off, sampled at {@code rate}. */
    public static double alpha(double cutoffHz, double rate) {
        double tau = 1 / (2 * Math.PI * cutoffHz);
        return 1 / (1 + tau * rate);
    }

    /**
     * Beta for a ball moving at {@code speed}: half the base below {@code slow}, three times it from {@code fast}
     * on, rising along a smoothstep between, so the cut-off follows the speed without a corner.
     */
    public static double adaptiveBeta(double base, double speed, double slow, double fast) {
        double t = fast > slow ? Math.max(0, Math.min(1, (speed - slow) / (fast - slow))) : speed >= fast ? 1 : 0;
        double s = t * t * (3 - 2 * t);
        return base * (MIN_BETA_FACTOR + (MAX_BETA_FACTOR - MIN_BETA_FACTOR) * s);
    }
}
