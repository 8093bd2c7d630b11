package com.courtside.timeline.camera;

/**
 * A keyframe the user sets: at {@code frame} the crop is centred exactly on ({@code centreX}, {@code centreY}) at
 * {@code zoom} (1 = the widest crop of the aspect, 2 = half as wide), whatever the ball does; around it the path
 * eases from and back to the automatic camera.
 */
public record CameraPin(int frame, double centreX, double centreY, double zoom) implements Comparable<CameraPin> {

    /** The tightest zoom a pin may ask for. */
    public static final double MAX_ZOOM = 20;

    public CameraPin {
        if (frame < 0) {
            throw new IllegalArgumentException("camera pin frame must be 0 or more, got " + frame);
        }
        if (!Double.isFinite(centreX) || !Double.isFinite(centreY)) {
            throw new IllegalArgumentException("camera pin centre must be finite, got " + centreX + ", " + centreY);
        }
        if (!(zoom >= 1 && zoom <= MAX_ZOOM)) {
            throw new IllegalArgumentException("camera pin zoom must be between 1 and " + MAX_ZOOM + ", got " + zoom);
        }
    }

    @Override
    public int compareTo(CameraPin other) {
        return Integer.compare(frame, other.frame);
    }
}
