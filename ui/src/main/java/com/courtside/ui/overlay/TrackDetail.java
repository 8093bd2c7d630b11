package com.courtside.ui.overlay;

import java.util.Objects;

/**
 * What a model run knows beyond the positions in its ball track, one value per frame: whether the tracker predicted
 * the position (bridging frames without a detection) and how confident it was, 0..1.
 */
public final class TrackDetail {

    private final boolean[] predicted;
    private final float[] confidence;

    /** Takes the columns as they are (no copy): hand over arrays nobody changes afterwards. */
    public TrackDetail(boolean[] predicted, float[] confidence) {
        this.predicted = Objects.requireNonNull(predicted, "predicted");
        this.confidence = Objects.requireNonNull(confidence, "confidence");
        if (predicted.length != confidence.length) {
            throw new IllegalArgumentException("predicted has " + predicted.length + " frames, confidence "
                    + confidence.length);
        }
    }

    public int frameCount() {
        return predicted.length;
    }

    public boolean isPredicted(int frame) {
        return frame >= 0 && frame < predicted.length && predicted[frame];
    }

    /** The confidence of the frame clamped to 0..1; 0 outside the video. */
    public double confidence(int frame) {
        if (frame < 0 || frame >= confidence.length || !Float.isFinite(confidence[frame])) {
            return 0;
        }
        return Math.max(0, Math.min(1, confidence[frame]));
    }
}
