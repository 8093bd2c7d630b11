package com.courtside.inference.synth;

/**
 * Finds the launch velocity that carries the ball from a point to a target in a given time under gravity and
 * drag. The drag-free answer is corrected by shooting: fly, measure the miss, shift the velocity by miss / time.
 */
final class ShotSolver {

    private static final int ITERATIONS = 8;

    private final double dt;

    ShotSolver(double dt) {
        this.dt = dt;
    }

    Vec3 velocityFor(Vec3 from, Vec3 target, double seconds) {
        Vec3 v = target.minus(from).times(1 / seconds).plus(0, 0, 0.5 * BallPhysics.GRAVITY * seconds);
        int steps = Math.max(1, (int) Math.round(seconds / dt));
        for (int i = 0; i < ITERATIONS; i++) {
            BallPhysics ball = new BallPhysics(from, v);
            for (int s = 0; s < steps; s++) {
                ball.fly(dt);
            }
            Vec3 miss = target.minus(ball.position());
            if (miss.length() < 1e-3) {
                break;
            }
            v = v.plus(miss.times(1 / seconds));
        }
        return v;
    }
}
