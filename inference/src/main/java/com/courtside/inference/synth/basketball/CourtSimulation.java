package com.courtside.inference.synth.basketball;

import com.courtside.inference.synth.Vec3;
import com.courtside.timeline.players.PlayerSlot;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The play over time: ten players, the referee and the bench, stepped a few times per frame. A short run-up
 * before frame 0 lets the clip open mid-play instead of with everyone standing on their marks. Tracks are
 * numbered in a fixed order (1–5 attack, 6–10 defence, then the others), the same in every clip.
 */
final class CourtSimulation {

    static final double PREROLL_SECONDS = 1.2;
    /** Physics steps per second, whatever the frame rate: enough for bounces, few enough to be cheap. */
    private static final int STEPS_PER_SECOND = 120;

    private final Body[] offence = new Body[5];
    private final Body[] defence = new Body[5];
    private final Body[] everyone;
    private final OffenceTactics offenceTactics;
    private final DefenceTactics defenceTactics;
    private final SidelineCrew crew;
    private final BallDirector director;
    private final int substeps;
    private final double dt;
    private final double frameSeconds;
    private final long prerollSteps;
    private long step;

    CourtSimulation(BasketballOptions options, SplittableRandom rnd) {
        this.frameSeconds = 1.0 / options.fps();
        this.substeps = Math.max(1, (int) Math.ceil(STEPS_PER_SECOND * frameSeconds));
        this.dt = frameSeconds / substeps;
        this.prerollSteps = Math.round(PREROLL_SECONDS / frameSeconds) * substeps;
        SplittableRandom looks = rnd.split();
        Look.Kits kits = Look.Kits.random(looks);
        int[] offenceNumbers = numbers(looks);
        int[] defenceNumbers = numbers(looks);
        double[][] spots = OffenceTactics.startingSpots(rnd);
        for (int i = 0; i < 5; i++) {
            offence[i] = new Body(i + 1, PlayerSlot.OFFENCE[i], Body.Role.OFFENCE,
                    Look.player(kits.offence(), true, offenceNumbers[i], looks), spots[i][0], spots[i][1]);
        }
        for (int i = 0; i < 5; i++) {
            double[] g = DefenceTactics.guardSpot(offence[i], 1.4);
            defence[i] = new Body(i + 6, PlayerSlot.values()[PlayerSlot.D1.ordinal() + i], Body.Role.DEFENCE,
                    Look.player(kits.defence(), false, defenceNumbers[i], looks), g[0], g[1]);
        }
        int subs = 1 + rnd.nextInt(2);
        everyone = new Body[12 + subs];
        System.arraycopy(offence, 0, everyone, 0, 5);
        System.arraycopy(defence, 0, everyone, 5, 5);
        Body referee = new Body(11, PlayerSlot.OTHER, Body.Role.REFEREE, Look.referee(looks), 8, Court.HALF_WIDTH + 0.7);
        Body[] seated = new Body[subs];
        for (int i = 0; i < subs; i++) {
            seated[i] = new Body(12 + i, PlayerSlot.OTHER, Body.Role.SUBSTITUTE, Look.substitute(looks),
                    SidelineCrew.seatX(i + rnd.nextInt(3) * 2), Court.BENCH_Y + 0.2);
        }
        Body coach = new Body(12 + subs, PlayerSlot.OTHER, Body.Role.COACH, Look.coach(looks), 5, Court.BENCH_Y - 0.5);
        everyone[10] = referee;
        System.arraycopy(seated, 0, everyone, 11, subs);
        everyone[11 + subs] = coach;

        Body carrier = offence[rnd.nextInt(5)];
        ShotSchedule schedule = options.mode() == BasketballOptions.Mode.SCENE
                ? ShotSchedule.scene(offence, offence[rnd.nextInt(5)],
                        rnd.nextDouble(1.0, Math.max(1.01, options.durationSeconds() - 2.2)), rnd.split())
                : ShotSchedule.match(offence, rnd.split());
        this.offenceTactics = new OffenceTactics(offence, rnd.split());
        this.defenceTactics = new DefenceTactics(offence, defence);
        this.crew = new SidelineCrew(referee, seated, coach, rnd.split());
        this.director = new BallDirector(offence, defence, carrier, schedule, frameSeconds, time(), rnd.split());
    }

    private static int[] numbers(SplittableRandom rnd) {
        int[] pool = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 20, 21, 22, 23, 24, 25, 30, 31, 32, 33, 34,
            35, 41, 42, 44, 45, 50, 55};
        for (int i = pool.length - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            int tmp = pool[i];
            pool[i] = pool[j];
            pool[j] = tmp;
        }
        return new int[] {pool[0], pool[1], pool[2], pool[3], pool[4]};
    }

    /** Seconds from frame 0 (negative during the run-up). */
    double time() {
        return (step - prerollSteps) * dt;
    }

    /** Runs the play on to the instant of frame {@code f}; frames must come in order. */
    void advanceTo(int f) {
        long target = prerollSteps + (long) f * substeps;
        while (step < target) {
            step++;
            double t = time();
            offenceTactics.update(t, director);
            defenceTactics.update(dt, director);
            crew.update(t, director.ball());
            for (Body b : everyone) {
                b.steer(dt);
            }
            keepApart();
            director.update(t, dt);
        }
    }

    /** Players' bodies do not pass through each other; a push of half the overlap each keeps them a body apart. */
    private void keepApart() {
        for (int i = 0; i < 11; i++) {
            for (int j = i + 1; j < 11; j++) {
                Body a = everyone[i];
                Body b = everyone[j];
                double dx = b.x - a.x;
                double dy = b.y - a.y;
                double d = Math.hypot(dx, dy);
                if (d < 0.55 && d > 1e-9) {
                    double push = (0.55 - d) / 2 / d;
                    a.x -= dx * push;
                    a.y -= dy * push;
                    b.x += dx * push;
                    b.y += dy * push;
                }
            }
        }
    }

    /** Everyone in track order. */
    Body[] people() {
        return everyone;
    }

    Vec3 ball() {
        return director.ball();
    }

    double ballSpin() {
        return director.spin();
    }

    List<BallDirector.Release> releases() {
        return director.releases();
    }

    /** The frame whose instant is a time in seconds. */
    int frameOf(double seconds) {
        return (int) Math.round(seconds / frameSeconds);
    }
}
