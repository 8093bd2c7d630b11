package com.courtside.timeline;

import java.util.Objects;

/** A ball event at a frame. */
public record MatchEvent(int frame, EventKind kind) implements Comparable<MatchEvent> {

    public MatchEvent {
        Objects.requireNonNull(kind, "kind");
        if (frame < 0) {
            throw new IllegalArgumentException("negative frame " + frame);
        }
    }

    @Override
    public int compareTo(MatchEvent other) {
        int byFrame = Integer.compare(frame, other.frame);
        return byFrame != 0 ? byFrame : kind.compareTo(other.kind);
    }
}
