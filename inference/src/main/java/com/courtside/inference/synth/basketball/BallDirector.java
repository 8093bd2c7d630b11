package com.courtside.inference.synth.basketball;

import com.courtside.inference.synth.Vec3;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Who has the ball and where it is: held (dribbled or in the hands), passed, gathered for a shot, shot, or
 * loose after the rim. It decides passes and shots from the {@link ShotSchedule}, moves the players it needs
 * (the shooter stops, one player chases a rebound), and records every release for the truth.
 */
final class BallDirector {

    enum Phase { HELD, PASS, SHOT, LOOSE }

    /** A release as the truth records it. */
    record Release(double time, Body shooter, Vec3 origin, boolean made) {
    }

    /** The attacker who is fed the ball starts the pass this long before his gather is due. */
    private static final double FEED_LEAD = 1.0;
    private static final double DRIBBLE_SECONDS = 0.56;
    /** A caught ball moves into its held place over this long instead of jumping there. */
    private static final double SETTLE_SECONDS = 0.15;

    private final Body[] offence;
    private final Body[] defence;
    private final ShotSchedule schedule;
    private final SplittableRandom rnd;
    private final double frameSeconds;
    private final List<Release> releases = new ArrayList<>();

    private Phase phase = Phase.HELD;
    private Vec3 ball;
    private double spin;
    private Body carrier;
    private boolean dribbling = true;
    private double since;
    private double decideAt;
    private Pass pass;
    private ShotAttempt shot;
    private Rebound rebound;
    private Vec3 caughtAt;

    BallDirector(Body[] offence, Body[] defence, Body carrier, ShotSchedule schedule, double frameSeconds,
                 double t, SplittableRandom rnd) {
        this.offence = offence;
        this.defence = defence;
        this.schedule = schedule;
        this.frameSeconds = frameSeconds;
        this.rnd = rnd;
        this.ball = carrier.chest();
        hold(carrier, t, rnd.nextBoolean());
    }

    Vec3 ball() {
        return ball;
    }

    double spin() {
        return spin;
    }

    Phase phase() {
        return phase;
    }

    Body carrier() {
        return phase == Phase.HELD ? carrier : null;
    }

    boolean dribbling() {
        return dribbling;
    }

    Body receiver() {
        return phase == Phase.PASS ? pass.to : null;
    }

    /** The shooter from his gather until the ball reaches the rim. */
    Body shooter() {
        return phase == Phase.SHOT ? shot.shooter : null;
    }

    boolean looseBall() {
        return phase == Phase.LOOSE;
    }

    List<Release> releases() {
        return releases;
    }

    /** True for the players whose movement the director sets this instant. */
    boolean controls(Body b) {
        return phase == Phase.SHOT && b == shot.shooter || phase == Phase.LOOSE && b == rebound.chaser;
    }

    /** Moves the ball to time {@code t}, after the players have moved. */
    void update(double t, double dt) {
        spin += dt * (phase == Phase.HELD && !dribbling ? 0 : 9);
        switch (phase) {
            case HELD -> updateHeld(t);
            case PASS -> updatePass(t);
            case SHOT -> updateShot(t);
            case LOOSE -> updateLoose(t, dt);
        }
    }

    private void updateHeld(double t) {
        double h = carrier.height() / 1.95;
        Vec3 held;
        if (dribbling) {
            double u = ((t - since) / DRIBBLE_SECONDS) % 1.0;
            double speed = carrier.speed();
            double lead = speed < 0.1 ? 0 : 0.18 / speed;
            Vec3 hand = new Vec3(carrier.x + carrier.ballSide * 0.42 * h + lead * carrier.vx,
                    carrier.y - 0.22 + lead * carrier.vy, carrier.jump + 0.95 * h);
            double r = Court.BALL_RADIUS;
            held = new Vec3(hand.x(), hand.y(), r + (hand.z() - r) * Math.abs(Math.cos(Math.PI * u)));
        } else {
            held = carrier.chest();
        }
        double settle = (t - since) / SETTLE_SECONDS;
        ball = settle < 1 ? caughtAt.lerp(held, settle) : held;
        carrier.arms = dribbling ? Body.Arms.DRIBBLE : Body.Arms.HOLD;
        carrier.ball = ball;
        if (t >= decideAt) {
            decide(t);
        }
    }

    private void decide(double t) {
        if (carrier.role == Body.Role.DEFENCE) {
            // A defensive rebound is given back to the attack at the top, and play starts again.
            startPass(t, guard());
            return;
        }
        double due = schedule.due();
        Body shooter = schedule.shooter();
        if (carrier == shooter) {
            if (t >= due) {
                startShot(t);
            } else if (due - t > 2.5) {
                // Too early to shoot: move the ball on rather than stand holding it.
                startPass(t, teammate(shooter));
            } else {
                if (!dribbling) {
                    // Puts the ball on the floor while waiting, settling into the dribble from the chest.
                    dribbling = true;
                    since = t;
                    caughtAt = ball;
                }
                decideAt = due;
            }
        } else if (t >= due - FEED_LEAD) {
            startPass(t, shooter);
        } else if (t + 1.4 < due - FEED_LEAD) {
            Body to = teammate(carrier);
            if (to == shooter && due - t < 4) {
                decideAt = t + 0.3;
            } else {
                startPass(t, to);
            }
        } else {
            decideAt = due - FEED_LEAD;
        }
    }

    /** A random attacker other than {@code not}. */
    private Body teammate(Body not) {
        Body to = offence[rnd.nextInt(offence.length - 1)];
        return to == not ? offence[offence.length - 1] : to;
    }

    private void hold(Body b, double t, boolean dribble) {
        phase = Phase.HELD;
        caughtAt = ball;
        if (b.role == Body.Role.OFFENCE) {
            schedule.regained(t);
        }
        carrier = b;
        since = t;
        dribbling = dribble;
        b.ballSide = b.x < Court.basketX() - 3 || rnd.nextBoolean() ? 1 : -1;
        decideAt = t + rnd.nextDouble(0.8, 2.2);
        double due = schedule.due();
        if (b == schedule.shooter() && t >= due - FEED_LEAD - 0.3) {
            // Catch and shoot.
            dribbling = false;
            decideAt = Math.max(due, t + rnd.nextDouble(0.15, 0.45));
        }
    }

    private void startPass(double t, Body to) {
        carrier.arms = Body.Arms.RELAXED;
        carrier.ball = null;
        double distance = carrier.distanceTo(to.x, to.y);
        pass = new Pass(carrier, to, ball, t, rnd.nextDouble(8, 11), distance > 4 && rnd.nextDouble() < 0.2);
        phase = Phase.PASS;
    }

    private void updatePass(double t) {
        ball = pass.ballAt(t);
        double u = pass.progress(t);
        if (u > 0.55) {
            pass.to.arms = Body.Arms.REACH;
            pass.to.ball = ball;
        }
        if (u >= 1) {
            hold(pass.to, t, rnd.nextDouble() < 0.55);
            updateHeld(t);
        }
    }

    private void startShot(double t) {
        shot = new ShotAttempt(carrier, ball, t, frameSeconds, rnd);
        phase = Phase.SHOT;
        carrier.target(carrier.x, carrier.y, 0.4);
        updateShot(t);
    }

    private void updateShot(double t) {
        Body s = shot.shooter;
        s.jump = shot.jumpAt(t);
        s.target(s.x, s.y, 0.4);
        if (!shot.released() && t >= shot.releaseAt - 1e-9) {
            Vec3 origin = shot.release();
            releases.add(new Release(shot.releaseAt, s, origin, shot.made));
            schedule.taken();
        }
        ball = shot.ballAt(t);
        boolean follow = shot.released() && shot.followingThrough(t);
        s.arms = !shot.released() ? Body.Arms.HOLD : follow ? Body.Arms.SHOOT : Body.Arms.RELAXED;
        s.ball = !shot.released() ? ball : follow ? shot.setPoint() : null;
        if (shot.arrived(t)) {
            s.jump = 0;
            s.arms = Body.Arms.RELAXED;
            s.ball = null;
            rebound = new Rebound(shot.rebound(), offence, defence, t, rnd);
            phase = Phase.LOOSE;
        }
    }

    private void updateLoose(double t, double dt) {
        boolean caught = rebound.step(t, dt);
        ball = rebound.ball();
        if (caught) {
            Body b = rebound.chaser;
            rebound = null;
            hold(b, t, false);
            decideAt = t + rnd.nextDouble(0.4, 0.9);
            updateHeld(t);
        }
    }

    /** The attacker furthest from the basket: the one a reset pass goes to. */
    private Body guard() {
        Body best = offence[0];
        for (Body b : offence) {
            if (Court.distanceToBasket(b.x, b.y) > Court.distanceToBasket(best.x, best.y)) {
                best = b;
            }
        }
        return best;
    }
}
