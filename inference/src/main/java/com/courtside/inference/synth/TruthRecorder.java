package com.courtside.inference.synth;

import com.courtside.timeline.BallTrack;
import com.courtside.timeline.LabelSet;
import com.courtside.timeline.MatchEvent;
import com.courtside.timeline.Rally;
import com.courtside.timeline.Rational;

import java.util.ArrayList;
import java.util.List;

/** Collects the ground truth while the match is planned and drawn, keyed by frame index. */
final class TruthRecorder {

    static final String SOURCE = "render-demo";

    private final SimClock clock;
    private final BallTrack ball;
    private final List<MatchEvent> events = new ArrayList<>();
    private final List<Rally> rallies = new ArrayList<>();

    TruthRecorder(SimClock clock, int frameCount) {
        this.clock = clock;
        this.ball = new BallTrack(frameCount);
    }

    /**
     * The rally spans the frames that show the ball in play: from the first frame at or after the toss to the
     * last one at or before the ball is dead. Events go to the nearest frame, kept inside that span.
     */
    void addRally(RallyPlan plan) {
        int last = ball.frameCount() - 1;
        int start = Math.min(last, clock.frameAtOrAfter(plan.tossTick()));
        int end = Math.max(start, Math.min(last, clock.frameAtOrBefore(plan.endTick())));
        rallies.add(new Rally(start, end));
        for (RallyPlan.PlannedEvent e : plan.events()) {
            int frame = clock.frameOf(e.tick());
            if (frame <= last) {
                events.add(new MatchEvent(Math.max(start, Math.min(end, frame)), e.kind()));
            }
        }
    }

    void ball(int frame, BallTrack.Visibility visibility, double x, double y) {
        if (visibility == BallTrack.Visibility.VISIBLE) {
            ball.set(frame, (float) x, (float) y);
        } else if (visibility != BallTrack.Visibility.NONE) {
            ball.setHidden(frame, visibility, (float) x, (float) y);
        }
    }

    LabelSet labels(int width, int height) {
        return new LabelSet(SOURCE, width, height, Rational.of(clock.fps(), 1), ball, events, rallies);
    }
}
