package com.courtside.inference.synth;

import org.junit.jupiter.api.Test;

import static com.courtside.inference.synth.TableGeometry.BALL_RADIUS;
import static com.courtside.inference.synth.TableGeometry.HEIGHT;
import static com.courtside.inference.synth.TableGeometry.NET_TOP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class BallPhysicsTest {

    private static double firstContactSeconds(SimClock clock, BallPhysics ball, BallPhysics.Contact wanted) {
        for (long tick = 1; tick < clock.ticksOf(3); tick++) {
            if (ball.step(clock.dt()) == wanted) {
                return clock.secondsOf(tick);
            }
        }
        throw new AssertionError("no " + wanted + " contact within 3 s");
    }

    @Test
    void droppedBallReachesTheTableAtTheSameTimeAtEveryFrameRate() {
        double[] seconds = new double[3];
        int[] rates = {30, 60, 120};
        for (int i = 0; i < rates.length; i++) {
            BallPhysics ball = new BallPhysics(new Vec3(0, 0.5, HEIGHT + 1.0), Vec3.ZERO);
            seconds[i] = firstContactSeconds(new SimClock(rates[i]), ball, BallPhysics.Contact.TABLE);
        }

        // sqrt(2 * 0.98 / 9.81) = 0.447 s in vacuum; drag adds about ten milliseconds.
        for (double s : seconds) {
            assertThat(s).isBetween(0.450, 0.465);
        }
        assertThat(Math.abs(seconds[0] - seconds[2])).isLessThan(0.002);
    }

    @Test
    void tableBounceKeepsAboutNinetyPercentOfTheVerticalSpeed() {
        SimClock clock = new SimClock(30);
        BallPhysics ball = new BallPhysics(new Vec3(0, 0.5, HEIGHT + 0.5), Vec3.ZERO);
        double before = 0;
        while (ball.step(clock.dt()) != BallPhysics.Contact.TABLE) {
            before = ball.vz;
        }

        assertThat(ball.vz / -before).isCloseTo(BallPhysics.TABLE_RESTITUTION, within(0.03));
    }

    @Test
    void ballBelowTheTapeIsStoppedByTheNetAndFallsOnItsOwnSide() {
        SimClock clock = new SimClock(60);
        BallPhysics ball = new BallPhysics(new Vec3(0, -0.1, NET_TOP - 0.06), new Vec3(0, 6, 0));

        firstContactSeconds(clock, ball, BallPhysics.Contact.NET);
        firstContactSeconds(clock, ball, BallPhysics.Contact.TABLE);

        assertThat(ball.y).isNegative();
    }

    @Test
    void ballClippingTheTapeIsSlowedButCrosses() {
        SimClock clock = new SimClock(60);
        BallPhysics ball = new BallPhysics(new Vec3(0, -0.1, NET_TOP + 0.4 * BALL_RADIUS), new Vec3(0, 6, 0));

        firstContactSeconds(clock, ball, BallPhysics.Contact.NET);

        assertThat(ball.y).isPositive();
        assertThat(ball.vy).isBetween(0.5, 5.5);
    }

    @Test
    void ballOverTheNetDoesNotTouchIt() {
        SimClock clock = new SimClock(60);
        BallPhysics ball = new BallPhysics(new Vec3(0, -1.0, NET_TOP + 0.1), new Vec3(0, 6, 0.5));

        double seconds = firstContactSeconds(clock, ball, BallPhysics.Contact.TABLE);

        assertThat(seconds).isPositive();
        assertThat(ball.y).isPositive();
    }

    @Test
    void shotSolverReachesItsTargetDespiteDrag() {
        SimClock clock = new SimClock(30);
        Vec3 from = new Vec3(0.3, -1.8, 0.9);
        Vec3 target = new Vec3(-0.4, 0.9, HEIGHT + BALL_RADIUS);
        Vec3 v = new ShotSolver(clock.dt()).velocityFor(from, target, 0.5);

        BallPhysics ball = new BallPhysics(from, v);
        for (long i = 0; i < clock.ticksOf(0.5); i++) {
            ball.fly(clock.dt());
        }

        assertThat(ball.position().minus(target).length()).isLessThan(0.01);
    }
}
