package com.courtside.inference.synth;

import static com.courtside.inference.synth.TableGeometry.BALL_RADIUS;
import static com.courtside.inference.synth.TableGeometry.HEIGHT;
import static com.courtside.inference.synth.TableGeometry.NET_HALF_SPAN;
import static com.courtside.inference.synth.TableGeometry.NET_TOP;

/**
 * A spin-free 40 mm ball: gravity, quadratic air drag, bounces on the table and the floor, and the net.
 * Mutable on purpose: a rally steps one ball a few thousand times, and the planner copies it to look ahead.
 */
public final class BallPhysics {

    /** What the ball touched during a step. */
    public enum Contact { NONE, TABLE, NET, FLOOR }

    static final double GRAVITY = 9.81;
    /** 0.5 * air density * Cd * cross-section / mass for a 2.7 g ball: the drag deceleration is k * |v|^2. */
    static final double DRAG = 0.5 * 1.2 * 0.5 * Math.PI * BALL_RADIUS * BALL_RADIUS / 0.0027;
    static final double TABLE_RESTITUTION = 0.88;
    /** Spin-free contact still loses some horizontal speed to friction. */
    static final double TABLE_FRICTION = 0.90;
    static final double FLOOR_RESTITUTION = 0.65;
    static final double FLOOR_FRICTION = 0.85;

    double x;
    double y;
    double z;
    double vx;
    double vy;
    double vz;

    public BallPhysics(Vec3 position, Vec3 velocity) {
        set(position, velocity);
    }

    public BallPhysics copy() {
        return new BallPhysics(position(), velocity());
    }

    public void set(Vec3 position, Vec3 velocity) {
        x = position.x();
        y = position.y();
        z = position.z();
        vx = velocity.x();
        vy = velocity.y();
        vz = velocity.z();
    }

    public Vec3 position() {
        return new Vec3(x, y, z);
    }

    public Vec3 velocity() {
        return new Vec3(vx, vy, vz);
    }

    public double speed() {
        return Math.sqrt(vx * vx + vy * vy + vz * vz);
    }

    /** Free flight only (no contacts): what the shot solver integrates. */
    public void fly(double dt) {
        double speed = speed();
        double ax = -DRAG * speed * vx;
        double ay = -DRAG * speed * vy;
        double az = -DRAG * speed * vz - GRAVITY;
        // Semi-implicit Euler: stable at millisecond steps and cheap.
        vx += ax * dt;
        vy += ay * dt;
        vz += az * dt;
        x += vx * dt;
        y += vy * dt;
        z += vz * dt;
    }

    /** One step with contacts; at most one contact is reported per step. */
    public Contact step(double dt) {
        double px = x;
        double py = y;
        double pz = z;
        fly(dt);
        if (py < 0 && y >= 0 || py > 0 && y <= 0) {
            double f = py / (py - y);
            double cx = px + (x - px) * f;
            double cz = pz + (z - pz) * f;
            if (Math.abs(cx) <= NET_HALF_SPAN + BALL_RADIUS && cz < NET_TOP + BALL_RADIUS && cz > HEIGHT) {
                hitNet(py, cz);
                return Contact.NET;
            }
        }
        double tableLevel = HEIGHT + BALL_RADIUS;
        if (z < tableLevel && pz >= tableLevel && TableGeometry.onTable(x, y)) {
            z = tableLevel + (tableLevel - z) * TABLE_RESTITUTION;
            vz = -vz * TABLE_RESTITUTION;
            vx *= TABLE_FRICTION;
            vy *= TABLE_FRICTION;
            return Contact.TABLE;
        }
        if (z < BALL_RADIUS && vz < 0) {
            z = BALL_RADIUS + (BALL_RADIUS - z) * FLOOR_RESTITUTION;
            vz = -vz * FLOOR_RESTITUTION;
            vx *= FLOOR_FRICTION;
            vy *= FLOOR_FRICTION;
            return Contact.FLOOR;
        }
        return Contact.NONE;
    }

    /**
     * Below the tape the mesh stops the ball and drops it on the hitter's side; on the tape it loses speed and
     * pops up, the deeper the touch the more, and may still fall over the net.
     */
    private void hitNet(double sideBefore, double crossingZ) {
        double tapeDepth = (NET_TOP + BALL_RADIUS - crossingZ) / (1.3 * BALL_RADIUS);
        if (tapeDepth >= 1) {
            y = Math.signum(sideBefore) * BALL_RADIUS;
            vy = -0.08 * vy;
            vx *= 0.35;
            vz = Math.min(vz, 0) * 0.3;
            return;
        }
        double depth = Math.max(0, tapeDepth);
        vy *= 1 - 0.65 * depth;
        vx *= 1 - 0.3 * depth;
        vz = Math.max(vz, 0) * 0.5 + 1.4 * depth;
        z = Math.max(z, NET_TOP + BALL_RADIUS * 0.5);
    }
}
