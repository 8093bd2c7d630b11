package com.courtside.timeline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One layer of labels for one video: the ball track, events and rallies, with where they came from
 * (a renderer's ground truth, a model run, a human, an import).
 */
public final class LabelSet {

    private final String source;
    private final int width;
    private final int height;
    private final Rational fps;
    private final BallTrack ball;
    private final List<MatchEvent> events;
    private final List<Rally> rallies;

    public LabelSet(String source, int width, int height, Rational fps, BallTrack ball,
                    List<MatchEvent> events, List<Rally> rallies) {
        this.source = Objects.requireNonNull(source, "source");
        this.width = width;
        this.height = height;
        this.fps = Objects.requireNonNull(fps, "fps");
        this.ball = Objects.requireNonNull(ball, "ball");
        List<MatchEvent> sortedEvents = new ArrayList<>(events);
        Collections.sort(sortedEvents);
        List<Rally> sortedRallies = new ArrayList<>(rallies);
        Collections.sort(sortedRallies);
        this.events = List.copyOf(sortedEvents);
        this.rallies = List.copyOf(sortedRallies);
    }

    public String source() {
        return source;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public Rational fps() {
        return fps;
    }

    public int frameCount() {
        return ball.frameCount();
    }

    public BallTrack ball() {
        return ball;
    }

    /** Events sorted by frame. */
    public List<MatchEvent> events() {
        return events;
    }

    /** Rallies sorted by start frame. */
    public List<Rally> rallies() {
        return rallies;
    }

    /** The rally that holds a frame, or -1. */
    public int rallyIndexAt(int frame) {
        int lo = 0;
        int hi = rallies.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Rally r = rallies.get(mid);
            if (frame < r.startFrame()) {
                hi = mid - 1;
            } else if (frame > r.endFrame()) {
                lo = mid + 1;
            } else {
                return mid;
            }
        }
        return -1;
    }
}
