package com.courtside.inference.synth.basketball;

import com.courtside.inference.synth.Vec3;

import java.util.SplittableRandom;

/**
 * The people who are not players: the referee trailing the play along the far sideline, substitutes on the
 * bench chairs, and a coach pacing in front of them. They are in the truth as OTHER and make the person detector
 * and the slot assignment earn their keep.
 */
final class SidelineCrew {

    private final Body referee;
    private final Body[] seated;
    private final Body coach;
    private final SplittableRandom rnd;
    private double coachUntil;

    SidelineCrew(Body referee, Body[] seated, Body coach, SplittableRandom rnd) {
        this.referee = referee;
        this.seated = seated;
        this.coach = coach;
        this.rnd = rnd;
        for (Body b : seated) {
            b.arms = Body.Arms.SEATED;
        }
    }

    /** Bench seats, from the centre line towards the basket. */
    static double seatX(int i) {
        return 1.5 + 0.6 * i;
    }

    void update(double t, Vec3 ball) {
        double refX = Court.clampX(ball.x() - 2.0, 1.0);
        referee.target(Math.min(refX, 12.5), Court.HALF_WIDTH + 0.7, 3.4);
        if (t >= coachUntil) {
            coach.target(rnd.nextDouble(3.5, 6.5), Court.BENCH_Y - rnd.nextDouble(0.3, 0.9), rnd.nextDouble(0.5, 1.1));
            coachUntil = t + rnd.nextDouble(2, 5);
        }
        for (Body b : seated) {
            b.vx = 0;
            b.vy = 0;
        }
    }
}
