package com.courtside.inference.synth.basketball;

import com.courtside.inference.synth.Vec3;

/**
 * A ball nobody holds: a shot in flight, a rebound off the rim, a ball bouncing and rolling on the floor. Gravity,
 * floor bounces that lose a quarter of the height and some spin, and soft walls a little outside the lines where
 * the crowd and the boards would stop it.
 */
final class LooseBall {

    private static final double RESTITUTION = 0.72;
    private static final double FLOOR_GRIP = 0.82;

    private Vec3 p;
    private Vec3 v;

    LooseBall(Vec3 position, Vec3 velocity) {
        this.p = position;
        this.v = velocity;
    }

    /** The launch velocity that carries a ball from {@code from} to {@code to} in {@code seconds}. */
    static Vec3 launch(Vec3 from, Vec3 to, double seconds) {
        Vec3 d = to.minus(from);
        return new Vec3(d.x() / seconds, d.y() / seconds, d.z() / seconds + 0.5 * Court.GRAVITY * seconds);
    }

    /** Where a ball launched with {@code v0} from {@code p0} is after {@code t} seconds of free flight. */
    static Vec3 flight(Vec3 p0, Vec3 v0, double t) {
        return p0.plus(v0.times(t)).plus(0, 0, -0.5 * Court.GRAVITY * t * t);
    }

    Vec3 position() {
        return p;
    }

    Vec3 velocity() {
        return v;
    }

    void step(double dt) {
        double r = Court.BALL_RADIUS;
        double vz = v.z() - Court.GRAVITY * dt;
        double x = p.x() + v.x() * dt;
        double y = p.y() + v.y() * dt;
        double z = p.z() + vz * dt;
        double vx = v.x();
        double vy = v.y();
        if (z < r && vz < 0) {
            z = r;
            vz = -vz * RESTITUTION;
            vx *= FLOOR_GRIP;
            vy *= FLOOR_GRIP;
            if (vz < 0.5) {
                vz = 0;
            }
        }
        if (z <= r + 1e-6 && vz == 0) {
            // Rolling: friction brings it to rest within a few seconds.
            double keep = Math.max(0, 1 - 0.9 * dt);
            vx *= keep;
            vy *= keep;
        }
        if (x > Court.BASELINE_X + 1.2 && vx > 0 || x < 0.4 && vx < 0) {
            vx = -0.5 * vx;
        }
        if (Math.abs(y) > Court.HALF_WIDTH + 0.8 && y * vy > 0) {
            vy = -0.5 * vy;
        }
        p = new Vec3(x, y, z);
        v = new Vec3(vx, vy, vz);
    }

    /** Where this ball first reaches the floor (or where it is after three seconds). */
    Vec3 landing() {
        LooseBall copy = new LooseBall(p, v);
        for (int i = 0; i < 600; i++) {
            copy.step(0.005);
            if (copy.p.z() <= Court.BALL_RADIUS + 1e-6) {
                break;
            }
        }
        return copy.p;
    }
}
