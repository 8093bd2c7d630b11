package com.courtside.inference.analysis;

import com.courtside.timeline.EventKind;

import java.util.List;

/**
 * A model event head's raw score per kind and frame, before any peak is picked: what a track-event model is
 * trained on ({@code analyze --json} writes them).
 *
 * @param scores one row per kind of {@code kinds}, one score per frame
 */
public record EventScores(List<EventKind> kinds, float[][] scores) {

    public EventScores {
        kinds = List.copyOf(kinds);
        if (scores.length != kinds.size()) {
            throw new IllegalArgumentException(scores.length + " score rows for " + kinds.size() + " kinds");
        }
    }
}
