package com.courtside.app.eval;

import com.courtside.timeline.BallTrack;
import com.courtside.timeline.EventKind;
import com.courtside.timeline.Rally;
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

    /**
     * Several videos' comparisons as one: frames, hits, events and rallies added up, RMSE over every hit of every
     * video, rally edge errors over every matched rally. The frame rate is the videos' own when they share one, else
     * their mean (it only turns rally edge errors into seconds); an event kind's tolerance is the first video's.
     */
    public static Comparison pooled(String name, List<Comparison> all) {
        if (all.isEmpty()) {
            throw new IllegalArgumentException("nothing to pool");
        }
        double fps = all.stream().mapToDouble(Comparison::fps).average().orElseThrow();
        int compared = all.stream().mapToInt(Comparison::comparedFrames).sum();
        List<BallMetrics> balls = all.stream().map(Comparison::ball).filter(Objects::nonNull).toList();
        BallMetrics ball = balls.isEmpty() ? null : pooledBall(balls);
        List<EventMetrics> events = new ArrayList<>();
        for (EventKind kind : EventKind.values()) {
            List<EventMetrics> ofKind = all.stream().flatMap(c -> c.events().stream()).filter(e -> e.kind() == kind)
                    .toList();
            if (!ofKind.isEmpty()) {
                events.add(new EventMetrics(kind, ofKind.stream().mapToInt(EventMetrics::truth).sum(),
                        ofKind.stream().mapToInt(EventMetrics::found).sum(),
                        ofKind.stream().mapToInt(EventMetrics::matched).sum(), ofKind.get(0).tolerance()));
            }
        }
        List<Rally> truth = new ArrayList<>();
        List<Rally> predicted = new ArrayList<>();
        List<RallyMetrics.Match> matches = new ArrayList<>();
        for (Comparison c : all) {
            truth.addAll(c.rallies().truth());
            predicted.addAll(c.rallies().predicted());
            matches.addAll(c.rallies().matches());
        }
        Comparison first = all.get(0);
        return new Comparison(name + " (" + first.labels() + ")", name + " (" + first.truth() + ")", fps, compared,
                ball, events, new RallyMetrics(truth, predicted, matches, first.rallies().minIou()));
    }

    private static BallMetrics pooledBall(List<BallMetrics> balls) {
        int hits = balls.stream().mapToInt(BallMetrics::hits).sum();
        double squared = balls.stream().filter(b -> b.hits() > 0).mapToDouble(b -> b.rmse() * b.rmse() * b.hits())
                .sum();
        return new BallMetrics(balls.stream().mapToInt(BallMetrics::truthVisible).sum(), hits,
                balls.stream().mapToInt(BallMetrics::misplaced).sum(), hits == 0 ? Double.NaN : Math.sqrt(squared / hits),
                balls.stream().mapToInt(BallMetrics::truthAbsent).sum(),
                balls.stream().mapToInt(BallMetrics::falsePositives).sum(),
                balls.stream().mapToInt(BallMetrics::hiddenFound).sum(), balls.get(0).radius());
    }

    public double seconds(double frames) {
        return frames / fps;
    }
}
