package com.courtside.inference.synth.basketball;

import com.courtside.inference.synth.Vec3;

import java.util.SplittableRandom;

/**
 * A ball off the rim or through the net and the one player who goes for it: chosen by where the ball will first
 * land (defenders, who stand between their man and the basket, are favoured), chasing it with arms up once
 * close, and catching it when it is within reach.
 */
final class Rebound {

    /** A loose ball is handed to the chaser after this long, so a freak bounce cannot stall the play. */
    private static final double GIVE_UP_SECONDS = 6;

    final Body chaser;
    private final LooseBall ball;
    private final double since;

    Rebound(LooseBall ball, Body[] offence, Body[] defence, double t, SplittableRandom rnd) {
        this.ball = ball;
        this.since = t;
        this.chaser = nearestTo(ball.landing(), offence, defence, rnd);
    }

    Vec3 ball() {
        return ball.position();
    }

    /** Moves ball and chaser on by {@code dt}; true once the chaser holds the ball. */
    boolean step(double t, double dt) {
        ball.step(dt);
        Vec3 p = ball.position();
        chaser.target(Court.clampX(p.x(), 0.1), Court.clampY(p.y(), 0.1), 6.5);
        double reach = 2.35 * chaser.height() / 1.95;
        double distance = chaser.distanceTo(p.x(), p.y());
        boolean near = distance < 2.2;
        chaser.arms = near ? Body.Arms.REACH : Body.Arms.RELAXED;
        chaser.ball = near ? p : null;
        return distance < 0.5 && p.z() < reach || t - since > GIVE_UP_SECONDS;
    }

    private static Body nearestTo(Vec3 p, Body[] offence, Body[] defence, SplittableRandom rnd) {
        Body best = null;
        double bestScore = Double.MAX_VALUE;
        for (Body[] team : new Body[][] {offence, defence}) {
            for (Body b : team) {
                double score = b.distanceTo(p.x(), p.y()) * (b.role == Body.Role.DEFENCE ? 0.8 : 1.0)
                        + rnd.nextDouble(0, 0.5);
                if (score < bestScore) {
                    bestScore = score;
                    best = b;
                }
            }
        }
        return best;
    }
}
