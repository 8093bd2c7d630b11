package com.courtside.timeline.rally;

import com.courtside.timeline.Rally;

import java.util.Objects;

/**
 * A detected rally and how sure its detector is, 0..1: for the game-state detector the mean play probability
 * of the windows it covers, for the trajectory detector the share of its frames with a moving ball.
 */
public record ScoredRally(Rally rally, double confidence) implements Comparable<ScoredRally> {

    public ScoredRally {
        Objects.requireNonNull(rally, "rally");
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must lie in 0..1, got " + confidence);
        }
    }

    @Override
    public int compareTo(ScoredRally other) {
        return rally.compareTo(other.rally);
    }
}
