package com.courtside.inference.track;

/**
 * One detector hit in a frame, in source-video pixels.
 *
 * @param score the detector's confidence, 0..1
 */
public record Candidate(float x, float y, float score) {

    public Candidate {
        if (!Float.isFinite(x) || !Float.isFinite(y)) {
            throw new IllegalArgumentException("candidate position must be finite: " + x + ", " + y);
        }
        if (!(score >= 0f && score <= 1f)) {
            throw new IllegalArgumentException("candidate score must be in 0..1: " + score);
        }
    }
}
