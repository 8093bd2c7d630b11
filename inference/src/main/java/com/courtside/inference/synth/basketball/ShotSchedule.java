package com.courtside.inference.synth.basketball;

import java.util.SplittableRandom;

/**
 * When the next shot should start and who takes it. A scene has exactly one shot, at a time chosen so its
 * release and the ball's flight fall inside the clip; a match has one every few seconds of possession, each by a
 * random attacker.
 */
final class ShotSchedule {

    private final Body[] offence;
    private final SplittableRandom rnd;
    private final boolean single;
    private double due;
    private Body shooter;
    private boolean done;

    private ShotSchedule(Body[] offence, SplittableRandom rnd, boolean single, double due, Body shooter) {
        this.offence = offence;
        this.rnd = rnd;
        this.single = single;
        this.due = due;
        this.shooter = shooter;
    }

    /** One shot by {@code shooter}, whose gather is due at {@code gatherAt} seconds. */
    static ShotSchedule scene(Body[] offence, Body shooter, double gatherAt, SplittableRandom rnd) {
        return new ShotSchedule(offence, rnd, true, gatherAt, shooter);
    }

    static ShotSchedule match(Body[] offence, SplittableRandom rnd) {
        return new ShotSchedule(offence, rnd, false, rnd.nextDouble(3, 6), offence[rnd.nextInt(offence.length)]);
    }

    /** Seconds at which the shooter should start his gather; infinite while no shot is planned. */
    double due() {
        return done ? Double.POSITIVE_INFINITY : due;
    }

    Body shooter() {
        return shooter;
    }

    void taken() {
        done = true;
    }

    /** The attack has the ball back after a shot: plan the next one (a match only). */
    void regained(double t) {
        if (!single && done) {
            done = false;
            due = t + rnd.nextDouble(3.5, 7.5);
            shooter = offence[rnd.nextInt(offence.length)];
        }
    }
}
