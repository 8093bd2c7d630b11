package com.courtside.inference.synth.basketball;

import com.courtside.inference.synth.Vec3;
import com.courtside.timeline.players.PlayerSlot;

/**
 * One person on or beside the court as the simulation moves them: floor position and velocity, a target to
 * steer to, the height of a jump, what the arms do and, for the arms that hold or reach, where the ball is.
 * Steering limits speed and acceleration, so a box never jumps between frames.
 */
final class Body {

    enum Role { OFFENCE, DEFENCE, REFEREE, SUBSTITUTE, COACH }

    enum Arms { RELAXED, DRIBBLE, HOLD, SHOOT, DEFEND, CONTEST, REACH, SEATED }

    private static final double ACCELERATION = 7.0;
    private static final double ARRIVE_GAIN = 2.4;

    final int track;
    final PlayerSlot slot;
    final Role role;
    final Look look;

    double x;
    double y;
    double vx;
    double vy;
    /** Metres walked, which sets the phase of the legs. */
    double stride;
    double jump;
    double targetX;
    double targetY;
    double maxSpeed = 3;
    Arms arms = Arms.RELAXED;
    /** The ball for DRIBBLE, HOLD, SHOOT and REACH; null otherwise. */
    Vec3 ball;
    /** The hands as last drawn, so the next frame's pose can move them at a human speed. */
    Vec3 shownLeftHand;
    Vec3 shownRightHand;
    /** +1 when the dribbling hand is the one on the image's right. */
    int ballSide = 1;

    Body(int track, PlayerSlot slot, Role role, Look look, double x, double y) {
        this.track = track;
        this.slot = slot;
        this.role = role;
        this.look = look;
        this.x = x;
        this.y = y;
        this.targetX = x;
        this.targetY = y;
    }

    double height() {
        return look.height();
    }

    double speed() {
        return Math.hypot(vx, vy);
    }

    boolean isPlayer() {
        return role == Role.OFFENCE || role == Role.DEFENCE;
    }

    void target(double tx, double ty, double speed) {
        targetX = tx;
        targetY = ty;
        maxSpeed = speed;
    }

    /** Moves towards the target, slowing down on arrival, with bounded acceleration. */
    void steer(double dt) {
        double dx = targetX - x;
        double dy = targetY - y;
        double d = Math.hypot(dx, dy);
        double want = Math.min(maxSpeed, d * ARRIVE_GAIN);
        double wx = d < 1e-6 ? 0 : want * dx / d;
        double wy = d < 1e-6 ? 0 : want * dy / d;
        double ax = wx - vx;
        double ay = wy - vy;
        double a = Math.hypot(ax, ay);
        double limit = ACCELERATION * dt;
        if (a > limit) {
            ax *= limit / a;
            ay *= limit / a;
        }
        vx += ax;
        vy += ay;
        x += vx * dt;
        y += vy * dt;
        stride += Math.hypot(vx, vy) * dt;
    }

    /** The point between the hands at chest height, where a caught ball arrives. */
    Vec3 chest() {
        return new Vec3(x + 0.1 * ballSide, y - 0.28, jump + 1.22 * height() / 1.95);
    }

    double distanceTo(double px, double py) {
        return Math.hypot(px - x, py - y);
    }
}
