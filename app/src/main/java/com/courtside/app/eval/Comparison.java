package com.courtside.app.eval;

import com.courtside.timeline.BallTrack;
import com.courtside.timeline.EventKind;
import com.courtside.timeline.eval.BallMetrics;
import com.courtside.timeline.eval.EventMetrics;
import com.courtside.timeline.eval.RallyMetrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One label source measured against another taken as the truth: the ball over the frames both label, each event
 * kind either side has (tolerance scaled to the frame rate), and the rallies matched at IoU &ge; {@code minIou}.
 *
 * @param ball           null when no frame is labelled by both sources
 * @param comparedFrames frames both sources label, over which the ball is compared
 * @param events         one entry per kind that either source holds, in {@link EventKind} order
 */
public record Comparison(String labels, String truth, double fps, int comparedFrames, BallMetrics ball,
                         List<EventMetrics> events, RallyMetrics rallies) {

    public Comparison {
        Objects.requireNonNull(rallies, "rallies");
        events = List.copyOf(events);
        if (!(fps > 0)) {
            throw new IllegalArgumentException("fps must be positive, got " + fps);
        }
    }

    public static Comparison of(SourceLabels labels, SourceLabels truth, double fps, double radius, double minIou) {
        int frames = Math.min(labels.frameCount(), truth.frameCount());
        int both = 0;
        for (int f = 0; f < frames; f++) {
            both += labels.ballLabelled()[f] && truth.ballLabelled()[f] ? 1 : 0;
        }
        BallMetrics ball = null;
        if (both > 0) {
            BallTrack found = new BallTrack(both);
            BallTrack expected = new BallTrack(both);
            for (int f = 0, i = 0; f < frames; f++) {
                if (labels.ballLabelled()[f] && truth.ballLabelled()[f]) {
                    SourceLabels.copy(labels.ball(), f, found, i);
                    SourceLabels.copy(truth.ball(), f, expected, i);
                    i++;
                }
            }
            ball = BallMetrics.compare(expected, found, radius);
        }
        int tolerance = EventMetrics.toleranceFor(fps);
        List<EventMetrics> events = new ArrayList<>();
        for (EventKind kind : EventKind.values()) {
            boolean present = truth.events().stream().anyMatch(e -> e.kind() == kind)
                    || labels.events().stream().anyMatch(e -> e.kind() == kind);
            if (present) {
                events.add(EventMetrics.compare(truth.events(), labels.events(), kind, tolerance));
            }
        }
        return new Comparison(labels.name(), truth.name(), fps, both, ball, events,
                RallyMetrics.compare(truth.rallies(), labels.rallies(), minIou));
    }

    public double seconds(double frames) {
        return frames / fps;
    }
}
