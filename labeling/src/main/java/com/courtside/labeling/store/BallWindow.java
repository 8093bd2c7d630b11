package com.courtside.labeling.store;

/**
 * The effective ball labels of frames {@code from} … {@code from + length − 1} in columns: the human label where
 * there is one, else the active model run's. Visibility codes are those of {@code BallTrack.Visibility}; x and y
 * are NaN where there is no position.
 */
public record BallWindow(int from, float[] x, float[] y, byte[] visibility, byte[] source, float[] confidence,
                         boolean[] predicted) {

    public int length() {
        return x.length;
    }

    public LabelSource source(int frame) {
        return LabelSource.values()[source[frame - from]];
    }

    public int visibility(int frame) {
        return visibility[frame - from];
    }

    public float x(int frame) {
        return x[frame - from];
    }

    public float y(int frame) {
        return y[frame - from];
    }
}
