package com.courtside.inference.synth;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static com.courtside.inference.synth.TableGeometry.BALL_RADIUS;
import static com.courtside.inference.synth.TableGeometry.HALF_LENGTH;
import static com.courtside.inference.synth.TableGeometry.HEIGHT;
import static com.courtside.inference.synth.TableGeometry.NET_TOP;

/**
 * Picks a launch velocity for the shot a player means to play. It proposes a target and a flight time, looks
 * ahead with the real physics and keeps the first proposal whose contacts are what was meant; the planner
 * then flies the ball for real, so the truth always follows the physics even when no proposal fits.
 */
final class ShotChooser {

    /** What the hitter intends. */
    enum Aim { LEGAL, NET_CORD, INTO_NET, LONG, WIDE, SERVE, SERVE_INTO_NET }

    private static final int ATTEMPTS = 60;
    private static final double SURFACE = HEIGHT + BALL_RADIUS;

    private final double dt;
    private final ShotSolver solver;

    ShotChooser(double dt) {
        this.dt = dt;
        this.solver = new ShotSolver(dt);
    }

    Vec3 choose(Vec3 from, int hitter, Aim aim, SplittableRandom rnd) {
        Vec3 last = null;
        for (int i = 0; i < ATTEMPTS; i++) {
            last = propose(from, hitter, aim, rnd);
            if (matches(lookAhead(from, last), hitter, aim)) {
                return last;
            }
        }
        return last;
    }

    private Vec3 propose(Vec3 p, int hitter, Aim aim, SplittableRandom rnd) {
        int to = -hitter;
        double x = rnd.nextDouble(-0.62, 0.62);
        return switch (aim) {
            case LEGAL -> towards(p, new Vec3(x, to * rnd.nextDouble(0.5, 1.25), SURFACE), rnd.nextDouble(3.2, 8.5));
            case LONG -> towards(p, new Vec3(x, to * rnd.nextDouble(1.5, 2.1), SURFACE), rnd.nextDouble(4.0, 9.0));
            case WIDE -> towards(p, new Vec3((rnd.nextBoolean() ? 1 : -1) * rnd.nextDouble(0.85, 1.25),
                    to * rnd.nextDouble(0.4, 1.2), SURFACE), rnd.nextDouble(3.5, 8.0));
            case NET_CORD -> towards(p, new Vec3(x, 0, NET_TOP + BALL_RADIUS * rnd.nextDouble(-0.1, 0.8)),
                    rnd.nextDouble(3.5, 7.0));
            case INTO_NET -> towards(p, new Vec3(x, 0, NET_TOP - rnd.nextDouble(0.02, 0.10)), rnd.nextDouble(3.5, 7.0));
            case SERVE, SERVE_INTO_NET -> serve(p, hitter, rnd);
        };
    }

    /**
     * Without spin a legal serve needs its first bounce near the net with a high rebound, or a fast, deep
     * first bounce; these two families hold most of the legal serves.
     */
    private Vec3 serve(Vec3 p, int hitter, SplittableRandom rnd) {
        boolean deep = rnd.nextDouble() < 0.3;
        double depth = deep ? rnd.nextDouble(0.55, 0.9) : rnd.nextDouble(0.25, 0.6);
        double seconds = deep ? rnd.nextDouble(0.1, 0.2) : rnd.nextDouble(0.26, 0.46);
        return solver.velocityFor(p, new Vec3(rnd.nextDouble(-0.55, 0.55), hitter * depth, SURFACE), seconds);
    }

    /** Velocity to reach a target with a given mean horizontal speed. */
    private Vec3 towards(Vec3 from, Vec3 target, double horizontalSpeed) {
        double dist = Math.hypot(target.x() - from.x(), target.y() - from.y());
        return solver.velocityFor(from, target, Math.max(0.15, dist / horizontalSpeed));
    }

    /** Up to three contacts of a trial flight, each with the side of the net the ball is on after it. */
    private List<int[]> lookAhead(Vec3 from, Vec3 velocity) {
        BallPhysics ball = new BallPhysics(from, velocity);
        List<int[]> contacts = new ArrayList<>(3);
        int steps = (int) (2.5 / dt);
        for (int i = 0; i < steps && contacts.size() < 3; i++) {
            BallPhysics.Contact c = ball.step(dt);
            if (c != BallPhysics.Contact.NONE) {
                contacts.add(new int[] {c.ordinal(), TableGeometry.sideOf(ball.y)});
            }
        }
        return contacts;
    }

    private static boolean matches(List<int[]> contacts, int hitter, Aim aim) {
        if (contacts.isEmpty()) {
            return false;
        }
        int table = BallPhysics.Contact.TABLE.ordinal();
        int net = BallPhysics.Contact.NET.ordinal();
        int floor = BallPhysics.Contact.FLOOR.ordinal();
        int[] first = contacts.get(0);
        int[] second = contacts.size() > 1 ? contacts.get(1) : new int[] {-1, 0};
        return switch (aim) {
            case LEGAL -> first[0] == table && first[1] == -hitter;
            case NET_CORD -> first[0] == net && first[1] == -hitter;
            case INTO_NET -> first[0] == net && first[1] == hitter;
            case LONG, WIDE -> first[0] == floor;
            case SERVE -> first[0] == table && first[1] == hitter && second[0] == table && second[1] == -hitter;
            case SERVE_INTO_NET -> first[0] == table && first[1] == hitter && second[0] == net && second[1] == hitter;
        };
    }

    /** A server stands this far behind the end line; used for the toss point. */
    static double serveDepth(SplittableRandom rnd) {
        return HALF_LENGTH + rnd.nextDouble(0.12, 0.3);
    }
}
