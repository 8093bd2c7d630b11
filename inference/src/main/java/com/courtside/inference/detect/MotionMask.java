package com.courtside.inference.detect;

/**
 * Three-frame difference: a pixel moves at t when it differs from both t−1 and t+1 by more than the threshold.
 * A two-frame difference lights up the object twice, where it is and where it was (its ghost); requiring a change
 * towards both neighbours keeps only where the object is at t. The result is a strength plane (0 = still,
 * else the smaller of the two differences, capped at 127), reused between frames.
 */
final class MotionMask {

    /** Strength is kept in 1..127 so that {@link Blobs} can mark a pixel as seen by negating it. */
    static final int MAX_STRENGTH = 127;

    private final byte[] strength;

    MotionMask(int width, int height) {
        this.strength = new byte[width * height];
    }

    byte[] strength() {
        return strength;
    }

    /** Fills the strength plane for the middle frame {@code now}. */
    void compute(LumaFrame before, LumaFrame now, LumaFrame after, int threshold, boolean brighterOnly) {
        byte[] a = before.luma();
        byte[] b = now.luma();
        byte[] c = after.luma();
        byte[] s = strength;
        for (int i = 0; i < s.length; i++) {
            int mid = b[i] & 0xff;
            int d1 = mid - (a[i] & 0xff);
            int d2 = mid - (c[i] & 0xff);
            int m;
            if (brighterOnly) {
                m = Math.min(d1, d2);
            } else {
                // Same sign towards both neighbours: an object at t, whether brighter or darker than what it hides.
                m = d1 > 0 && d2 > 0 ? Math.min(d1, d2) : d1 < 0 && d2 < 0 ? Math.min(-d1, -d2) : 0;
            }
            s[i] = m > threshold ? (byte) Math.min(m, MAX_STRENGTH) : 0;
        }
    }
}
