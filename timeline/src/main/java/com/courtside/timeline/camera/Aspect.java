package com.courtside.timeline.camera;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The shape of the virtual camera's crop; the wire name is how settings files and the command line write it. */
public enum Aspect {
    WIDE(16, 9),
    PORTRAIT(9, 16),
    SQUARE(1, 1);

    private final int across;
    private final int down;

    Aspect(int across, int down) {
        this.across = across;
        this.down = down;
    }

    /** Width over height. */
    public double ratio() {
        return across / (double) down;
    }

    public String wireName() {
        return across + ":" + down;
    }

    public static Aspect fromWire(String name) {
        String trimmed = name.trim();
        for (Aspect a : values()) {
            if (a.wireName().equals(trimmed)) {
                return a;
            }
        }
        throw new IllegalArgumentException("unknown aspect '" + name + "'; give one of "
                + Arrays.stream(values()).map(Aspect::wireName).collect(Collectors.joining(", ")));
    }

    /** Width of the largest crop of this shape inside a frame: the widest shot, zoom 1. */
    public double widestCropWidth(int frameWidth, int frameHeight) {
        return Math.min(frameWidth, frameHeight * ratio());
    }
}
