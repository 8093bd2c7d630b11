package com.courtside.inference.synth.basketball;

import com.courtside.inference.synth.Vec3;

/**
 * Man-to-man defence: defender i guards attacker i from the basket side, close on the ball, sagging off away
 * from it, closing out on a shooter with a hand up. Each defender steers to a delayed copy of that spot, which
 * gives the half-step lag of a real defender shadowing a cut.
 */
final class DefenceTactics {

    private static final double REACTION_SECONDS = 0.22;

    private final Body[] offence;
    private final Body[] defence;
    private final double[] goalX;
    private final double[] goalY;

    DefenceTactics(Body[] offence, Body[] defence) {
        this.offence = offence;
        this.defence = defence;
        this.goalX = new double[defence.length];
        this.goalY = new double[defence.length];
        for (int i = 0; i < defence.length; i++) {
            goalX[i] = defence[i].x;
            goalY[i] = defence[i].y;
        }
    }

    /** Where defender i stands against his man at the start of a clip. */
    static double[] guardSpot(Body man, double gap) {
        double dx = Court.basketX() - man.x;
        double dy = -man.y;
        double d = Math.max(1e-6, Math.hypot(dx, dy));
        double g = Math.min(gap, 0.7 * d);
        return new double[] {man.x + dx / d * g, man.y + dy / d * g};
    }

    void update(double dt, BallDirector director) {
        Vec3 ball = director.ball();
        double k = 1 - Math.exp(-dt / REACTION_SECONDS);
        for (int i = 0; i < defence.length; i++) {
            Body d = defence[i];
            Body man = offence[i];
            if (director.controls(d)) {
                continue;
            }
            boolean onBall = director.carrier() == man;
            boolean shooting = director.shooter() == man;
            double gap;
            if (shooting) {
                gap = 0.65;
            } else if (onBall) {
                gap = 0.95;
            } else if (director.looseBall()) {
                gap = 0.7;
            } else {
                gap = Math.min(2.6, 1.4 + 0.12 * man.distanceTo(ball.x(), ball.y()));
            }
            double[] spot = guardSpot(man, gap);
            if (!onBall && !shooting) {
                // Help side: lean a little towards the ball.
                spot[0] += 0.12 * (ball.x() - man.x);
                spot[1] += 0.12 * (ball.y() - man.y);
            }
            goalX[i] += (spot[0] - goalX[i]) * k;
            goalY[i] += (spot[1] - goalY[i]) * k;
            d.target(Court.clampX(goalX[i], 0.2), Court.clampY(goalY[i], 0.2), 6.2);
            d.ball = null;
            d.arms = shooting ? Body.Arms.CONTEST : onBall ? Body.Arms.DEFEND : Body.Arms.RELAXED;
        }
    }
}
