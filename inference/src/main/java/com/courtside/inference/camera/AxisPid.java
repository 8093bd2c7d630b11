package com.courtside.inference.camera;

/**
 * A PID controller on one axis of the camera centre. Its output is how far the centre moves this frame, limited to
 * a step. The derivative acts on the error's change, which is smooth because the target is filtered before it;
 * the integral stops growing while the output is at its limit and never contributes more than its own limit
 * (anti-windup), so a long chase does not end in an overshoot.
 */
public final class AxisPid {

    /** An error smaller than this (pixels) is none, so a settled camera is exactly still. */
    static final double REST_PX = 1e-3;

    /**
     * @param integral  the summed error, pixel-frames
     * @param lastError the error of the previous frame; NaN before the first
     */
    public record State(double integral, double lastError) {
        public static final State EMPTY = new State(0, Double.NaN);
    }

    private final double kp;
    private final double ki;
    private final double kd;
    private final double integralLimit;
    private double integral;
    private double lastError = Double.NaN;

    /** @param integralLimit the most the integral term may move the camera in one frame, pixels */
    public AxisPid(double kp, double ki, double kd, double integralLimit) {
        this.kp = kp;
        this.ki = ki;
        this.kd = kd;
        this.integralLimit = integralLimit;
    }

    /** The movement for this frame's error, within ±{@code limit}. */
    public double step(double error, double limit) {
        if (Math.abs(error) < REST_PX) {
            // Nothing is owed: the camera rests and forgets what it summed, or the sum would nudge it on forever.
            integral = 0;
            lastError = 0;
            return 0;
        }
        double derivative = Double.isNaN(lastError) ? 0 : error - lastError;
        lastError = error;
        double candidate = integral + error;
        if (ki > 0) {
            double bound = integralLimit / ki;
            candidate = Math.max(-bound, Math.min(bound, candidate));
        }
        double move = kp * error + ki * candidate + kd * derivative;
        if (Math.abs(move) <= limit) {
            integral = candidate;
        } else {
            move = Math.copySign(limit, move);
        }
        return move;
    }

    /** The centre hit the frame's edge: what was summed against the wall is dropped. */
    public void stopped() {
        integral = 0;
    }

    public State state() {
        return new State(integral, lastError);
    }

    public void restore(State s) {
        integral = s.integral();
        lastError = s.lastError();
    }
}
