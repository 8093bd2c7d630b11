package com.courtside.inference.ball;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The last {@code capacity} frames of a sequential pass, in buffers made once and reused: frame f lives in slot
 * f mod capacity until frame f + capacity takes the slot. Memory stays the same however long the video is.
 *
 * @param <T> the buffer of one frame (model-size planes, a full-resolution image)
 */
public final class FrameRing<T> {

    private final List<T> slots;
    private final int[] held;

    public FrameRing(int capacity, Supplier<T> buffer) {
        if (capacity < 1) {
            throw new IllegalArgumentException("a ring of " + capacity + " frames");
        }
        slots = new ArrayList<>(capacity);
        held = new int[capacity];
        for (int i = 0; i < capacity; i++) {
            slots.add(buffer.get());
            held[i] = -1;
        }
    }

    public int capacity() {
        return held.length;
    }

    /** The buffer to write frame {@code frame} into; whichever frame had the slot leaves the ring. */
    public T claim(int frame) {
        int slot = Math.floorMod(frame, held.length);
        held[slot] = frame;
        return slots.get(slot);
    }

    /** Marks frame {@code frame}'s slot as holding nothing (its buffer did not receive the frame). */
    public void forget(int frame) {
        if (holds(frame)) {
            held[Math.floorMod(frame, held.length)] = -1;
        }
    }

    public boolean holds(int frame) {
        return frame >= 0 && held[Math.floorMod(frame, held.length)] == frame;
    }

    /**
     * The buffer of frame {@code frame}.
     *
     * @throws IllegalStateException when the frame is not (or no longer) in the ring
     */
    public T get(int frame) {
        if (!holds(frame)) {
            throw new IllegalStateException("frame " + frame + " is not among the last " + held.length + " frames");
        }
        return slots.get(Math.floorMod(frame, held.length));
    }

    /** How many frames the ring holds now (at most its capacity). */
    public int size() {
        int n = 0;
        for (int f : held) {
            n += f >= 0 ? 1 : 0;
        }
        return n;
    }
}
