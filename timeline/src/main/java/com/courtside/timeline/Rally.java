package com.courtside.timeline;

/** A rally from its first to its last frame, both inclusive. */
public record Rally(int startFrame, int endFrame) implements Comparable<Rally> {

    public Rally {
        if (startFrame < 0 || endFrame < startFrame) {
            throw new IllegalArgumentException("rally must satisfy 0 <= start <= end, got " + startFrame + ".." + endFrame);
        }
    }

    public int length() {
        return endFrame - startFrame + 1;
    }

    public boolean contains(int frame) {
        return frame >= startFrame && frame <= endFrame;
    }

    @Override
    public int compareTo(Rally other) {
        return Integer.compare(startFrame, other.startFrame);
    }
}
