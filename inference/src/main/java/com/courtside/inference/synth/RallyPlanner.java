package com.courtside.inference.synth;

import com.courtside.inference.synth.ShotChooser.Aim;
import com.courtside.timeline.EventKind;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Predicate;

import static com.courtside.inference.synth.TableGeometry.HALF_LENGTH;

/**
 * Simulates one rally tick by tick: toss, serve, a planned number of good returns, then a miss (into the net,
 * long or wide), and the ball until it is dead. Events are what the physics did, not what was planned.
 */
final class RallyPlanner {

    private static final double SERVE_FAULT_RATE = 0.05;
    private static final double NET_CORD_RATE = 0.04;
    /** After a fault the ball is picked up once its bounces on the table are this small (m/s). */
    private static final double CAUGHT_BOUNCE_SPEED = 1.0;

    private final SimClock clock;
    private final ShotChooser chooser;
    private final Predicate<Vec3> inView;

    /** @param inView whether the camera sees a point; a dead ball that leaves the picture ends the rally */
    RallyPlanner(SimClock clock, Predicate<Vec3> inView) {
        this.clock = clock;
        this.chooser = new ShotChooser(clock.dt());
        this.inView = inView;
    }

    /** Plans a rally whose toss starts at {@code tossTick}, with {@code returns} good returns before the miss. */
    RallyPlan plan(long holdTick, long tossTick, int server, int returns, SplittableRandom rnd) {
        Vec3 hand = new Vec3(rnd.nextDouble(-0.55, 0.55), server * ShotChooser.serveDepth(rnd), rnd.nextDouble(0.84, 0.95));
        Trajectory trajectory = new Trajectory(tossTick);
        List<RallyPlan.PlannedEvent> events = new ArrayList<>();
        List<RallyPlan.Stroke> strokes = new ArrayList<>();
        // The rules ask for a toss of at least 16 cm; 2.4 m/s and up lifts it 0.28 m or more.
        BallPhysics ball = new BallPhysics(hand, new Vec3(0, 0, rnd.nextDouble(2.4, 3.3)));
        trajectory.add(hand);
        long tick = tossTick;
        double hitHeight = hand.z() + rnd.nextDouble(0.02, 0.15);
        do {
            ball.fly(clock.dt());
            tick++;
            trajectory.add(ball.position());
        } while (ball.vz > 0 || ball.z > hitHeight);

        int hitter = server;
        Aim aim = rnd.nextDouble() < SERVE_FAULT_RATE ? Aim.SERVE_INTO_NET : Aim.SERVE;
        int left = returns;
        while (true) {
            Vec3 contact = ball.position();
            boolean serve = strokes.isEmpty();
            strokes.add(new RallyPlan.Stroke(tick, hitter, contact, serve));
            events.add(new RallyPlan.PlannedEvent(tick, serve ? EventKind.SERVE : EventKind.HIT, contact));
            ball.set(contact, chooser.choose(contact, hitter, aim, rnd));
            Flight flight = new Flight(ball, trajectory, events, hitter, serve, rnd);
            tick = flight.run(tick);
            if (!flight.returned) {
                break;
            }
            hitter = -hitter;
            aim = left <= 0 ? pickMiss(rnd) : rnd.nextDouble() < NET_CORD_RATE ? Aim.NET_CORD : Aim.LEGAL;
            left--;
        }
        return new RallyPlan(server, holdTick, tossTick, tick, hand, trajectory, events, strokes);
    }

    private static Aim pickMiss(SplittableRandom rnd) {
        double r = rnd.nextDouble();
        return r < 0.4 ? Aim.INTO_NET : r < 0.75 ? Aim.LONG : Aim.WIDE;
    }

    /** One flight after a racket contact, until the receiver hits it or the ball is dead. */
    private final class Flight {
        private final BallPhysics ball;
        private final Trajectory trajectory;
        private final List<RallyPlan.PlannedEvent> events;
        private final int hitter;
        private final boolean serve;
        private final double hitDepth;
        private final double lowestHit;
        boolean returned;

        Flight(BallPhysics ball, Trajectory trajectory, List<RallyPlan.PlannedEvent> events, int hitter,
               boolean serve, SplittableRandom rnd) {
            this.ball = ball;
            this.trajectory = trajectory;
            this.events = events;
            this.hitter = hitter;
            this.serve = serve;
            this.hitDepth = HALF_LENGTH + rnd.nextDouble(0.1, 0.7);
            this.lowestHit = rnd.nextDouble(0.80, 0.92);
        }

        long run(long tick) {
            int ownBounces = 0;
            int receiverBounces = 0;
            int floorBounces = 0;
            long faultTick = -1;
            long limit = tick + clock.ticksOf(5.0);
            while (tick < limit) {
                BallPhysics.Contact contact = ball.step(clock.dt());
                tick++;
                Vec3 p = ball.position();
                trajectory.add(p);
                boolean fault = faultTick >= 0;
                if (contact == BallPhysics.Contact.TABLE) {
                    events.add(new RallyPlan.PlannedEvent(tick, EventKind.BOUNCE, p));
                    int side = TableGeometry.sideOf(p.y());
                    if (fault) {
                        if (Math.abs(ball.vz) < CAUGHT_BOUNCE_SPEED) {
                            return tick;
                        }
                    } else if (serve && side == hitter && ownBounces == 0 && receiverBounces == 0) {
                        ownBounces++;
                    } else if (side == -hitter && receiverBounces == 0 && (!serve || ownBounces == 1)) {
                        receiverBounces++;
                    } else {
                        faultTick = tick;
                    }
                } else if (contact == BallPhysics.Contact.NET) {
                    events.add(new RallyPlan.PlannedEvent(tick, EventKind.NET, p));
                } else if (contact == BallPhysics.Contact.FLOOR) {
                    floorBounces++;
                    if (!fault) {
                        faultTick = tick;
                    }
                }
                fault = faultTick >= 0;
                if (!fault && receiverBounces == 1 && receiverCanHit(p)) {
                    returned = true;
                    return tick;
                }
                if (fault && (floorBounces >= 2 || !inView.test(p) || ball.speed() < 0.3
                        || tick - faultTick > clock.ticksOf(2.5))) {
                    return tick;
                }
            }
            return tick;
        }

        /**
         * Behind the end line at the chosen depth, or falling to a comfortable height within a lean over the
         * end of the table, or in any case before a second bounce.
         */
        private boolean receiverCanHit(Vec3 p) {
            double y = Math.abs(p.y());
            return y >= hitDepth
                    || ball.vz < 0 && p.z() <= lowestHit && y >= HALF_LENGTH - 0.45
                    || ball.vz < 0 && p.z() <= TableGeometry.HEIGHT + 0.06;
        }
    }
}
