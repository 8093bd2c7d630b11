package com.courtside.inference.synth.basketball;

import com.courtside.inference.synth.Vec3;

import java.util.SplittableRandom;

/**
 * One shot from gather to rim: the shooter stops and lifts the ball to his set point, jumps, and lets go at a
 * frame instant (so the truth's release frame shows the ball exactly at the shot origin); the ball flies a
 * ballistic arc to the rim centre (a make) or to a point on the rim's edge (a miss), then comes off as a loose
 * ball.
 */
final class ShotAttempt {

    private static final double JUMP_SECONDS = 0.56;

    final Body shooter;
    final boolean made;
    final double releaseAt;
    private final double gatherStart;
    private final Vec3 gatherOffset;
    private final double jumpPeak;
    private final SplittableRandom rnd;
    private Vec3 origin;
    private Vec3 velocity;
    private Vec3 aim;
    private double flightSeconds;

    /** Starts the gather at {@code t}; the release is the first frame instant after the gather time. */
    ShotAttempt(Body shooter, Vec3 ball, double t, double frameSeconds, SplittableRandom rnd) {
        this.shooter = shooter;
        this.rnd = rnd;
        this.made = rnd.nextDouble() < 0.48;
        this.gatherStart = t;
        this.gatherOffset = ball.minus(new Vec3(shooter.x, shooter.y, 0));
        double gather = rnd.nextDouble(0.4, 0.75);
        this.releaseAt = Math.ceil((t + gather) / frameSeconds - 1e-6) * frameSeconds;
        this.jumpPeak = rnd.nextDouble() < 0.8 ? rnd.nextDouble(0.22, 0.5) : 0.06;
    }

    /** Above the forehead, a little in front and to the shooting side. */
    Vec3 setPoint() {
        double h = shooter.height() / 1.95;
        return new Vec3(shooter.x + 0.08 * shooter.ballSide, shooter.y - 0.2, shooter.jump + 2.18 * h);
    }

    boolean released() {
        return origin != null;
    }

    /** Lets go: called once, at the release instant, with the shooter where he is now. */
    Vec3 release() {
        origin = setPoint();
        double angle = rnd.nextDouble(0, 2 * Math.PI);
        double off = made ? rnd.nextDouble(0, 0.05) : rnd.nextDouble(0.2, 0.32);
        aim = Court.RIM.plus(off * Math.cos(angle), off * Math.sin(angle), made ? 0 : 0.04);
        double distance = Math.hypot(aim.x() - origin.x(), aim.y() - origin.y());
        flightSeconds = 0.78 + 0.055 * distance + rnd.nextDouble(-0.04, 0.04);
        velocity = LooseBall.launch(origin, aim, flightSeconds);
        return origin;
    }

    Vec3 ballAt(double t) {
        if (origin != null) {
            return LooseBall.flight(origin, velocity, t - releaseAt);
        }
        double u = (t - gatherStart) / (releaseAt - gatherStart);
        double s = u * u * (3 - 2 * u);
        return new Vec3(shooter.x, shooter.y, 0).plus(gatherOffset).lerp(setPoint(), Math.max(0, Math.min(1, s)));
    }

    boolean arrived(double t) {
        return origin != null && t >= releaseAt + flightSeconds;
    }

    /** The ball as it leaves the rim: dropping through the net, or kicked out off the iron. */
    LooseBall rebound() {
        if (made) {
            return new LooseBall(aim.plus(0, 0, -0.05), new Vec3(velocity.x() * 0.08, velocity.y() * 0.08, -1.6));
        }
        double ox = aim.x() - Court.RIM.x();
        double oy = aim.y() - Court.RIM.y();
        double len = Math.max(1e-6, Math.hypot(ox, oy));
        double speed = rnd.nextDouble(1.5, 3.5);
        double side = rnd.nextDouble(-1, 1);
        return new LooseBall(aim, new Vec3(ox / len * speed - oy / len * side, oy / len * speed + ox / len * side,
                rnd.nextDouble(1.0, 3.2)));
    }

    /** The shooter's jump height at {@code t}: a parabola whose top is the release. */
    double jumpAt(double t) {
        double u = (t - (releaseAt - JUMP_SECONDS / 2)) / JUMP_SECONDS;
        return u <= 0 || u >= 1 ? 0 : jumpPeak * 4 * u * (1 - u);
    }

    /** True while the shooter still holds his follow-through. */
    boolean followingThrough(double t) {
        return t < releaseAt + 0.45;
    }
}
