package com.courtside.timeline.players;

import java.util.Arrays;

/**
 * People's boxes over a clip, columnar and sorted by frame: for box i its frame, the track that keeps its identity
 * across frames, its {@link PlayerSlot}, its top-left corner and size in frame pixels, and the detector's confidence
 * (1 for truth). {@link #first(int)} and {@link #end(int)} give the boxes of one frame as an index range.
 * Immutable; build one with {@link Builder}.
 */
public final class PersonBoxes {

    private final int[] frame;
    private final int[] track;
    private final byte[] slot;
    private final float[] x;
    private final float[] y;
    private final float[] w;
    private final float[] h;
    private final float[] confidence;

    private PersonBoxes(int[] frame, int[] track, byte[] slot, float[] x, float[] y, float[] w, float[] h,
                        float[] confidence) {
        this.frame = frame;
        this.track = track;
        this.slot = slot;
        this.x = x;
        this.y = y;
        this.w = w;
        this.h = h;
        this.confidence = confidence;
    }

    public static final PersonBoxes EMPTY = new Builder().build();

    public int size() {
        return frame.length;
    }

    public int frame(int i) {
        return frame[i];
    }

    public int track(int i) {
        return track[i];
    }

    public PlayerSlot slot(int i) {
        return PlayerSlot.values()[slot[i]];
    }

    public float x(int i) {
        return x[i];
    }

    public float y(int i) {
        return y[i];
    }

    public float width(int i) {
        return w[i];
    }

    public float height(int i) {
        return h[i];
    }

    public float confidence(int i) {
        return confidence[i];
    }

    public float centreX(int i) {
        return x[i] + w[i] / 2;
    }

    public float centreY(int i) {
        return y[i] + h[i] / 2;
    }

    /** The index of the first box of {@code f} (or of the first later frame). */
    public int first(int f) {
        int lo = 0;
        int hi = frame.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (frame[mid] < f) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** One past the index of the last box of {@code f}. */
    public int end(int f) {
        return f == Integer.MAX_VALUE ? frame.length : first(f + 1);
    }

    /** The same boxes with box i given {@code slots[i]}: slots assigned by a user or a tracker. */
    public PersonBoxes withSlots(PlayerSlot[] slots) {
        if (slots.length != size()) {
            throw new IllegalArgumentException("need " + size() + " slots, got " + slots.length);
        }
        byte[] s = new byte[slots.length];
        for (int i = 0; i < s.length; i++) {
            s[i] = (byte) slots[i].ordinal();
        }
        return new PersonBoxes(frame, track, s, x, y, w, h, confidence);
    }

    /** The same boxes in an image scaled by {@code sx} across and {@code sy} down. */
    public PersonBoxes scaled(float sx, float sy) {
        float[] x2 = new float[x.length];
        float[] y2 = new float[y.length];
        float[] w2 = new float[w.length];
        float[] h2 = new float[h.length];
        for (int i = 0; i < x.length; i++) {
            x2[i] = x[i] * sx;
            y2[i] = y[i] * sy;
            w2[i] = w[i] * sx;
            h2[i] = h[i] * sy;
        }
        return new PersonBoxes(frame, track, slot, x2, y2, w2, h2, confidence);
    }

    /** Collects boxes in any order; {@link #build} sorts them by frame, keeping the order within a frame. */
    public static final class Builder {
        private int n;
        private int[] frame = new int[16];
        private int[] track = new int[16];
        private byte[] slot = new byte[16];
        private float[] x = new float[16];
        private float[] y = new float[16];
        private float[] w = new float[16];
        private float[] h = new float[16];
        private float[] confidence = new float[16];

        public Builder add(int f, int trackId, PlayerSlot s, float left, float top, float width, float height,
                           float conf) {
            if (f < 0 || !(width > 0) || !(height > 0)) {
                throw new IllegalArgumentException("a box needs a frame ≥ 0 and a positive size, got frame " + f
                        + ", " + width + "×" + height);
            }
            if (n == frame.length) {
                int c = n * 2;
                frame = Arrays.copyOf(frame, c);
                track = Arrays.copyOf(track, c);
                slot = Arrays.copyOf(slot, c);
                x = Arrays.copyOf(x, c);
                y = Arrays.copyOf(y, c);
                w = Arrays.copyOf(w, c);
                h = Arrays.copyOf(h, c);
                confidence = Arrays.copyOf(confidence, c);
            }
            frame[n] = f;
            track[n] = trackId;
            slot[n] = (byte) s.ordinal();
            x[n] = left;
            y[n] = top;
            w[n] = width;
            h[n] = height;
            confidence[n] = conf;
            n++;
            return this;
        }

        public PersonBoxes build() {
            Integer[] order = new Integer[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> Integer.compare(frame[a], frame[b]));
            int[] f2 = new int[n];
            int[] t2 = new int[n];
            byte[] s2 = new byte[n];
            float[] x2 = new float[n];
            float[] y2 = new float[n];
            float[] w2 = new float[n];
            float[] h2 = new float[n];
            float[] c2 = new float[n];
            for (int i = 0; i < n; i++) {
                int k = order[i];
                f2[i] = frame[k];
                t2[i] = track[k];
                s2[i] = slot[k];
                x2[i] = x[k];
                y2[i] = y[k];
                w2[i] = w[k];
                h2[i] = h[k];
                c2[i] = confidence[k];
            }
            return new PersonBoxes(f2, t2, s2, x2, y2, w2, h2, c2);
        }
    }
}
