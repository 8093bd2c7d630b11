package com.courtside.inference.track;

import java.util.Objects;

/**
 * The tracker's answer for one frame while a track exists.
 *
 * @param detected   true when a candidate was accepted this frame, false when the position is only predicted
 * @param confidence 0..1; the accepted candidate's score, decaying while the ball is only predicted
 */
public record TrackSample(int frame, float x, float y, float confidence, boolean detected, TrackMode mode) {

    public TrackSample {
        Objects.requireNonNull(mode, "mode");
        if (frame < 0) {
            throw new IllegalArgumentException("frame must not be negative: " + frame);
        }
    }

    public boolean predicted() {
        return !detected;
    }
}
