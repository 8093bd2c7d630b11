package com.courtside.timeline;

import java.util.Arrays;

/**
 * Ball position per frame, stored in columns so a two-hour match is three arrays, not a million objects.
 * Positions are in source-video pixels; {@link Visibility#NONE} frames carry no position.
 */
public final class BallTrack {

    /** What is known of the ball in a frame, in the order of the stored codes. */
    public enum Visibility {
        NONE, VISIBLE, OCCLUDED, OUT_OF_FRAME;

        private static final Visibility[] VALUES = values();

        public static Visibility ofCode(int code) {
            return VALUES[code];
        }
    }

    private final float[] x;
    private final float[] y;
    private final byte[] visibility;

    public BallTrack(int frameCount) {
        x = new float[frameCount];
        y = new float[frameCount];
        visibility = new byte[frameCount];
        Arrays.fill(x, Float.NaN);
        Arrays.fill(y, Float.NaN);
    }

    public int frameCount() {
        return visibility.length;
    }

    public void set(int frame, float px, float py) {
        x[frame] = px;
        y[frame] = py;
        visibility[frame] = (byte) Visibility.VISIBLE.ordinal();
    }

    /** Records a frame where the ball is known to be hidden or gone; a last known position may be kept. */
    public void setHidden(int frame, Visibility why, float px, float py) {
        if (why == Visibility.VISIBLE) {
            throw new IllegalArgumentException("use set() for a visible ball");
        }
        x[frame] = px;
        y[frame] = py;
        visibility[frame] = (byte) why.ordinal();
    }

    public void clear(int frame) {
        x[frame] = Float.NaN;
        y[frame] = Float.NaN;
        visibility[frame] = 0;
    }

    public boolean isVisible(int frame) {
        return frame >= 0 && frame < visibility.length && visibility[frame] == Visibility.VISIBLE.ordinal();
    }

    public Visibility visibility(int frame) {
        return Visibility.ofCode(visibility[frame]);
    }

    public float x(int frame) {
        return x[frame];
    }

    public float y(int frame) {
        return y[frame];
    }

    public int visibleCount() {
        int count = 0;
        for (byte v : visibility) {
            if (v == Visibility.VISIBLE.ordinal()) {
                count++;
            }
        }
        return count;
    }
}
