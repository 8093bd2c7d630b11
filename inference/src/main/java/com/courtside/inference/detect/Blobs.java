package com.courtside.inference.detect;

import java.util.Arrays;

/**
 * 8-connected components of a motion strength plane, found by flood fill with an explicit stack (no recursion, so
 * a large moving region cannot overflow the call stack). Statistics are kept columnar, one array per measure, and
 * all arrays are reused between frames.
 */
final class Blobs {

    /** Beyond this many blobs the frame is noise or a cut; the rest are not measured. */
    static final int MAX_BLOBS = 4096;

    private final int width;
    private final int height;
    private final int[] stack;

    private int count;
    private boolean saturated;
    final int[] area = new int[MAX_BLOBS];
    final int[] minX = new int[MAX_BLOBS];
    final int[] maxX = new int[MAX_BLOBS];
    final int[] minY = new int[MAX_BLOBS];
    final int[] maxY = new int[MAX_BLOBS];
    /** Sums weighted by motion strength: the centroid leans to the pixels that changed most, the ball's core. */
    final long[] weight = new long[MAX_BLOBS];
    final long[] weightedX = new long[MAX_BLOBS];
    final long[] weightedY = new long[MAX_BLOBS];
    final long[] lumaSum = new long[MAX_BLOBS];

    Blobs(int width, int height) {
        this.width = width;
        this.height = height;
        this.stack = new int[width * height];
    }

    int count() {
        return count;
    }

    boolean saturated() {
        return saturated;
    }

    /**
     * Labels the components of {@code strength}, clearing it as it goes (each pixel is pushed once, so the stack
     * never exceeds the frame). {@code luma} is the frame at t, for the blobs' brightness.
     */
    void find(byte[] strength, byte[] luma) {
        count = 0;
        saturated = false;
        for (int start = 0; start < strength.length; start++) {
            if (strength[start] == 0) {
                continue;
            }
            if (count == MAX_BLOBS) {
                saturated = true;
                Arrays.fill(strength, (byte) 0);
                return;
            }
            fill(start, strength, luma, count++);
        }
    }

    private void fill(int start, byte[] strength, byte[] luma, int id) {
        int x0 = width;
        int x1 = -1;
        int y0 = height;
        int y1 = -1;
        int n = 0;
        long w = 0;
        long wx = 0;
        long wy = 0;
        long l = 0;
        int top = 0;
        stack[top++] = start;
        strength[start] = (byte) -strength[start];
        while (top > 0) {
            int p = stack[--top];
            int x = p % width;
            int y = p / width;
            // Marked pixels hold their strength negated: "seen" without a separate label plane.
            int s = -strength[p];
            strength[p] = 0;
            n++;
            w += s;
            wx += (long) s * x;
            wy += (long) s * y;
            l += luma[p] & 0xff;
            x0 = Math.min(x0, x);
            x1 = Math.max(x1, x);
            y0 = Math.min(y0, y);
            y1 = Math.max(y1, y);
            for (int dy = -1; dy <= 1; dy++) {
                int yy = y + dy;
                if (yy < 0 || yy >= height) {
                    continue;
                }
                for (int dx = -1; dx <= 1; dx++) {
                    int xx = x + dx;
                    if (xx < 0 || xx >= width) {
                        continue;
                    }
                    int q = yy * width + xx;
                    if (strength[q] > 0) {
                        strength[q] = (byte) -strength[q];
                        stack[top++] = q;
                    }
                }
            }
        }
        area[id] = n;
        minX[id] = x0;
        maxX[id] = x1;
        minY[id] = y0;
        maxY[id] = y1;
        weight[id] = w;
        weightedX[id] = wx;
        weightedY[id] = wy;
        lumaSum[id] = l;
    }
}
