package com.courtside.inference.synth.basketball;

import java.util.SplittableRandom;

/**
 * Moves the five attackers between the spots of a half-court offence (corners, wings, top, elbows, blocks,
 * short corners): each holds a spot for a moment, then jogs or cuts hard to a free one. The ball carrier drives
 * slower while dribbling and stands while holding; players the ball director moves (shooter, rebounder) are left
 * alone.
 */
final class OffenceTactics {

    static final double[][] SPOTS = {
        {13.2, -6.4}, {13.2, 6.4}, {9.7, -5.5}, {9.7, 5.5}, {5.6, 0}, {6.3, -2.7}, {6.3, 2.7},
        {8.4, -2.6}, {8.4, 2.6}, {11.9, -2.2}, {11.9, 2.2}, {12.9, -4.1}, {12.9, 4.1}, {10.4, -3.7}, {10.4, 3.7},
    };
    private static final double FREE_SPACE = 2.6;

    private final Body[] offence;
    private final double[] until;
    private final SplittableRandom rnd;

    OffenceTactics(Body[] offence, SplittableRandom rnd) {
        this.offence = offence;
        this.until = new double[offence.length];
        this.rnd = rnd;
    }

    /** Five different spots with some jitter, for the start of a clip. */
    static double[][] startingSpots(SplittableRandom rnd) {
        double[][] chosen = new double[5][];
        int n = 0;
        while (n < 5) {
            double[] s = SPOTS[rnd.nextInt(SPOTS.length)];
            boolean free = true;
            for (int i = 0; i < n; i++) {
                free &= Math.hypot(chosen[i][0] - s[0], chosen[i][1] - s[1]) > FREE_SPACE;
            }
            if (free) {
                chosen[n++] = new double[] {Court.clampX(s[0] + rnd.nextDouble(-0.6, 0.6), 0.3),
                    Court.clampY(s[1] + rnd.nextDouble(-0.6, 0.6), 0.3)};
            }
        }
        return chosen;
    }

    void update(double t, BallDirector director) {
        for (int i = 0; i < offence.length; i++) {
            Body o = offence[i];
            if (director.controls(o)) {
                continue;
            }
            o.arms = Body.Arms.RELAXED;
            o.ball = null;
            boolean carrier = director.carrier() == o;
            if (carrier && !director.dribbling()) {
                o.target(o.x, o.y, 0.5);
                continue;
            }
            boolean arrived = o.distanceTo(o.targetX, o.targetY) < 0.35;
            if (t >= until[i] && (arrived || t >= until[i] + 3.5)) {
                pickSpot(i, carrier);
                until[i] = t + (arrived ? rnd.nextDouble(0.5, 2.2) : 0) + o.distanceTo(o.targetX, o.targetY) / o.maxSpeed;
            }
            if (director.receiver() == o) {
                // Coming to meet the pass rather than running away from it.
                o.maxSpeed = Math.min(o.maxSpeed, 1.8);
            }
        }
    }

    private void pickSpot(int i, boolean carrier) {
        Body o = offence[i];
        for (int attempt = 0; attempt < 12; attempt++) {
            double[] s = SPOTS[rnd.nextInt(SPOTS.length)];
            double x = Court.clampX(s[0] + rnd.nextDouble(-0.7, 0.7), 0.3);
            double y = Court.clampY(s[1] + rnd.nextDouble(-0.7, 0.7), 0.3);
            if (o.distanceTo(x, y) < 1.5 || taken(i, x, y)) {
                continue;
            }
            double speed = carrier ? rnd.nextDouble(1.2, 3.2)
                    : rnd.nextDouble() < 0.35 ? rnd.nextDouble(4.5, 6.5) : rnd.nextDouble(1.8, 3.6);
            o.target(x, y, speed);
            return;
        }
    }

    private boolean taken(int self, double x, double y) {
        for (int j = 0; j < offence.length; j++) {
            if (j != self && (Math.hypot(offence[j].targetX - x, offence[j].targetY - y) < FREE_SPACE
                    || offence[j].distanceTo(x, y) < FREE_SPACE)) {
                return true;
            }
        }
        return false;
    }
}
