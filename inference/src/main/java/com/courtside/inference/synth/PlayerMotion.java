package com.courtside.inference.synth;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static com.courtside.inference.synth.TableGeometry.HALF_LENGTH;

/**
 * Where one player stands and what the racket arm does over time, derived from the rally plans: get to each
 * contact point in time, recover after the last stroke, wander in dead time (to the towel, to fetch the ball)
 * and walk to the serving or receiving spot before the next rally.
 */
final class PlayerMotion {

    /** Arrive at (x, y) at {@code arrive}, having left the previous spot at {@code leave}. */
    private record Key(long leave, long arrive, double x, double y, double pathStart) {
    }

    /** A stroke this player plays. */
    record Swing(long tick, Vec3 contact, boolean forehand, boolean serve) {
    }

    /** The player at one instant. */
    record State(Vec3 body, double stride, double walking, Swing swing, double swingSeconds,
                 Vec3 heldBall, double tossLift) {
    }

    private final int side;
    private final SimClock clock;
    private final SplittableRandom rnd;
    private final List<Key> keys = new ArrayList<>();
    private final List<Swing> swings = new ArrayList<>();
    private final List<RallyPlan> serves = new ArrayList<>();

    PlayerMotion(int side, SimClock clock, SplittableRandom rnd) {
        this.side = side;
        this.clock = clock;
        this.rnd = rnd;
        double y = side * (HALF_LENGTH + 0.7);
        keys.add(new Key(0, 0, rnd.nextDouble(-0.4, 0.4), y, 0));
    }

    /** The player's right-hand direction along x: +1 for the near player (back to camera), -1 for the far one. */
    double rightX() {
        return -side;
    }

    void add(RallyPlan plan) {
        Key last = keys.get(keys.size() - 1);
        double readyX;
        double readyY;
        if (plan.server() == side) {
            serves.add(plan);
            readyX = plan.tossFrom().x() + rightX() * 0.36;
            readyY = plan.tossFrom().y() + side * 0.25;
        } else {
            readyX = rnd.nextDouble(-0.35, 0.35);
            readyY = side * (HALF_LENGTH + rnd.nextDouble(0.5, 0.8));
        }
        long settle = plan.holdTick() - clock.ticksOf(0.2);
        long walkStart = settle - walkTicks(last.x, last.y, readyX, readyY, 1.4);
        if (walkStart - last.arrive > clock.ticksOf(4.0) && rnd.nextDouble() < 0.6) {
            // Dead time: stroll somewhere (towel, ball, a word with the coach) and come back.
            double wx = rnd.nextDouble(-1.9, 1.9);
            double wy = side * (HALF_LENGTH + rnd.nextDouble(0.7, 1.8));
            long arrive = last.arrive + clock.ticksOf(0.8) + walkTicks(last.x, last.y, wx, wy, 1.2);
            if (arrive + walkTicks(wx, wy, readyX, readyY, 1.4) < settle - clock.ticksOf(0.6)) {
                moveTo(last.arrive + clock.ticksOf(0.8), arrive, wx, wy);
                walkStart = settle - walkTicks(wx, wy, readyX, readyY, 1.4);
            }
        }
        moveTo(Math.max(keys.get(keys.size() - 1).arrive, walkStart), settle, readyX, readyY);
        for (RallyPlan.Stroke stroke : plan.strokes()) {
            if (stroke.side() == side) {
                addStroke(stroke);
            }
        }
        Key at = keys.get(keys.size() - 1);
        long recover = Math.max(at.arrive, plan.lastStrokeTick()) + clock.ticksOf(0.7);
        moveTo(recover - clock.ticksOf(0.5), recover, at.x * 0.5, side * (HALF_LENGTH + 0.75));
    }

    private void addStroke(RallyPlan.Stroke stroke) {
        Key last = keys.get(keys.size() - 1);
        Vec3 p = stroke.contact();
        boolean forehand;
        double x;
        if (stroke.serve()) {
            forehand = true;
            x = last.x;
        } else {
            double fore = p.x() - rightX() * 0.45;
            double back = p.x() + rightX() * 0.38;
            forehand = Math.abs(fore - last.x) <= Math.abs(back - last.x);
            x = forehand ? fore : back;
        }
        double y = side * Math.max(Math.abs(p.y()) + 0.4, HALF_LENGTH + 0.35);
        long arrive = stroke.tick() - clock.ticksOf(0.03);
        long leave = Math.max(last.arrive, arrive - walkTicks(last.x, last.y, x, y, 3.5));
        if (!stroke.serve()) {
            moveTo(leave, arrive, x, y);
        }
        swings.add(new Swing(stroke.tick(), p, forehand, stroke.serve()));
    }

    private void moveTo(long leave, long arrive, double x, double y) {
        Key last = keys.get(keys.size() - 1);
        arrive = Math.max(arrive, last.arrive + 1);
        leave = Math.max(Math.min(leave, arrive - 1), last.arrive);
        keys.add(new Key(leave, arrive, x, y, last.pathStart + Math.hypot(x - last.x, y - last.y)));
    }

    private long walkTicks(double x0, double y0, double x1, double y1, double speed) {
        return clock.ticksOf(0.15 + Math.hypot(x1 - x0, y1 - y0) / speed);
    }

    State at(double tick) {
        int i = 1;
        while (i < keys.size() && keys.get(i).arrive < tick) {
            i++;
        }
        Key from = keys.get(i - 1);
        Key to = i < keys.size() ? keys.get(i) : from;
        double u = to == from || tick <= to.leave ? 0 : Math.min(1, (tick - to.leave) / (double) (to.arrive - to.leave));
        double s = u * u * (3 - 2 * u);
        double x = from.x + (to.x - from.x) * s;
        double y = from.y + (to.y - from.y) * s;
        double stride = from.pathStart + (to.pathStart - from.pathStart) * s;
        double walking = u > 0 && u < 1 ? Math.min(1, 6 * u * (1 - u)) : 0;
        Swing swing = nearestSwing(tick);
        double swingSeconds = swing == null ? 0 : (tick - swing.tick()) * clock.dt();
        Vec3 held = null;
        double lift = 0;
        for (RallyPlan plan : serves) {
            if (tick >= plan.holdTick() && tick <= plan.tossTick() + clock.ticksOf(0.6)) {
                held = plan.tossFrom();
                lift = Math.max(0, (tick - plan.tossTick()) * clock.dt());
            }
        }
        return new State(new Vec3(x, y, 0), stride, walking, swing, swingSeconds, held, lift);
    }

    private Swing nearestSwing(double tick) {
        Swing best = null;
        for (Swing s : swings) {
            double seconds = (tick - s.tick()) * clock.dt();
            if (seconds > -0.45 && seconds < 0.6 && (best == null || Math.abs(tick - s.tick()) < Math.abs(tick - best.tick()))) {
                best = s;
            }
        }
        return best;
    }

    /** Drops what lies before {@code tick} minus a margin so a long render keeps a bounded history. */
    void forgetBefore(long tick) {
        long horizon = tick - clock.ticksOf(15);
        while (keys.size() > 2 && keys.get(1).arrive < horizon) {
            keys.remove(0);
        }
        swings.removeIf(s -> s.tick() < horizon);
        serves.removeIf(p -> p.endTick() < horizon);
    }
}
