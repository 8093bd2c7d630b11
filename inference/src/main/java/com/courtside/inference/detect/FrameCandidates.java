package com.courtside.inference.detect;

import java.util.List;
import java.util.Optional;

/** The ball candidates of one frame, best first; empty when nothing moving looked like a ball. */
public record FrameCandidates(int frame, List<BallCandidate> candidates) {

    public FrameCandidates {
        if (frame < 0) {
            throw new IllegalArgumentException("frame index must not be negative: " + frame);
        }
        candidates = List.copyOf(candidates);
    }

    public Optional<BallCandidate> best() {
        return candidates.isEmpty() ? Optional.empty() : Optional.of(candidates.get(0));
    }
}
