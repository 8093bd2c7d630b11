package com.courtside.inference.detect;

/**
 * One place the ball may be in a frame. {@code x, y} are the blob centroid in source-video pixels, in continuous
 * image coordinates (pixel (i, j) covers [i, i+1) × [j, j+1), as Java2D and the truth files use); {@code score} is
 * larger for likelier candidates (0..1); {@code area} is the blob's size in analysis-frame pixels.
 */
public record BallCandidate(float x, float y, float score, int area) {

    public BallCandidate {
        if (!Float.isFinite(x) || !Float.isFinite(y) || !Float.isFinite(score)) {
            throw new IllegalArgumentException("candidate needs finite x, y and score: " + x + ", " + y + ", " + score);
        }
        if (area < 1) {
            throw new IllegalArgumentException("candidate area must be positive: " + area);
        }
    }

    public double distanceTo(double px, double py) {
        return Math.hypot(x - px, y - py);
    }
}
