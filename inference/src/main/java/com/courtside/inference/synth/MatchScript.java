package com.courtside.inference.synth;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * The match as a sequence of rallies separated by dead time, planned lazily a rally ahead of the frame being
 * drawn so memory stays flat over a long video. Every planned rally fits inside the video; when the next one
 * would not, the video ends in dead time (only a clip too short for any whole rally ends inside one).
 */
final class MatchScript {

    /** What the ball is doing at a tick. */
    enum BallMode { NONE, IN_HAND, FLIGHT }

    private static final int SERVES_PER_TURN = 2;

    private final SimClock clock;
    private final long lastTick;
    private final RallyPlanner planner;
    private final SplittableRandom rnd;
    private final Consumer<RallyPlan> onPlanned;
    private final Deque<RallyPlan> window = new ArrayDeque<>();
    private long nextHoldEarliest;
    private int server;
    private int pointsPlayed;
    private boolean finished;

    /** @param onPlanned told of every rally once, in order, when it is planned (truth, player motion) */
    MatchScript(SimClock clock, long lastTick, RallyPlanner planner, SplittableRandom rnd, Consumer<RallyPlan> onPlanned) {
        this.clock = clock;
        this.lastTick = lastTick;
        this.planner = planner;
        this.rnd = rnd;
        this.onPlanned = onPlanned;
        this.server = rnd.nextBoolean() ? 1 : -1;
        this.nextHoldEarliest = 0;
    }

    /** Plans ahead so the rally after {@code tick} is known, and forgets rallies long past. */
    void advanceTo(long tick) {
        while (!finished && (window.isEmpty() || window.peekLast().holdTick() <= tick + clock.ticksOf(8))) {
            planNext();
        }
        while (window.size() > 2 && window.peekFirst().endTick() < tick - clock.ticksOf(10)) {
            window.removeFirst();
        }
    }

    /** The rallies still remembered, in order. */
    List<RallyPlan> window() {
        return new ArrayList<>(window);
    }

    BallMode modeAt(long tick) {
        RallyPlan plan = planAt(tick);
        if (plan == null) {
            return BallMode.NONE;
        }
        return tick < plan.tossTick() ? BallMode.IN_HAND : BallMode.FLIGHT;
    }

    /** The rally whose hold..end span holds the tick, or null in dead time. */
    RallyPlan planAt(double tick) {
        for (RallyPlan plan : window) {
            if (tick >= plan.holdTick() && tick <= plan.endTick()) {
                return plan;
            }
        }
        return null;
    }

    private void planNext() {
        boolean first = window.isEmpty() && pointsPlayed == 0;
        long hold = first ? 0 : nextHoldEarliest + clock.ticksOf(rnd.nextDouble(1.8, 5.0));
        long toss = hold + clock.ticksOf(first ? rnd.nextDouble(0.3, 0.6) : rnd.nextDouble(1.0, 1.8));
        int returns = drawReturns();
        RallyPlan plan = null;
        for (int attempt = 0; attempt < 5; attempt++) {
            plan = planner.plan(hold, toss, server, returns, rnd);
            if (plan.endTick() <= lastTick - clock.ticksOf(0.2)) {
                accept(plan);
                return;
            }
            returns /= 2;
        }
        // A clip too short for a whole rally still shows one, cut off by the end of the video.
        if (first && toss < lastTick) {
            accept(plan);
        }
        finished = true;
    }

    private void accept(RallyPlan plan) {
        window.addLast(plan);
        onPlanned.accept(plan);
        pointsPlayed++;
        if (pointsPlayed % SERVES_PER_TURN == 0) {
            server = -server;
        }
        // Players need a moment after the ball dies before the next serve is held up.
        nextHoldEarliest = plan.endTick() + clock.ticksOf(1.2);
    }

    /** Good returns before the miss: mostly short rallies with a long tail, as in real play. */
    private int drawReturns() {
        int n = 0;
        while (n < 14 && rnd.nextDouble() < 0.72) {
            n++;
        }
        return n;
    }
}
