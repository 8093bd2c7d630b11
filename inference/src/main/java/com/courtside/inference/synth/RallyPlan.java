package com.courtside.inference.synth;

import com.courtside.timeline.EventKind;

import java.util.List;

/**
 * One simulated rally: the ball in the server's hand from {@code holdTick}, tossed at {@code tossTick} (the
 * rally's first tick), dead at {@code endTick}; the flight in between, its events and who hit where.
 *
 * @param server     the serving side: -1 near the camera, +1 far
 * @param tossFrom   where the server's free hand holds the ball before the toss
 */
record RallyPlan(int server, long holdTick, long tossTick, long endTick, Vec3 tossFrom,
                 Trajectory trajectory, List<PlannedEvent> events, List<Stroke> strokes) {

    RallyPlan {
        events = List.copyOf(events);
        strokes = List.copyOf(strokes);
    }

    /** An event at the tick it happened and where the ball was. */
    record PlannedEvent(long tick, EventKind kind, Vec3 position) {
    }

    /** A racket contact: who, when, where the ball was. */
    record Stroke(long tick, int side, Vec3 contact, boolean serve) {
    }

    /** The tick of the last stroke, or the toss when there was none. */
    long lastStrokeTick() {
        return strokes.isEmpty() ? tossTick : strokes.get(strokes.size() - 1).tick();
    }
}
