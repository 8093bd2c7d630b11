package com.courtside.export.cut;

import com.courtside.timeline.camera.Aspect;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The frame sizes a follow-cam render is made in. */
public enum OutputSize {
    HD(1280, 720),
    FULL_HD(1920, 1080),
    PORTRAIT(1080, 1920);

    private final int width;
    private final int height;

    OutputSize(int width, int height) {
        this.width = width;
        this.height = height;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** How the command line writes it, e.g. {@code 1280x720}. */
    public String wireName() {
        return width + "x" + height;
    }

    /** The size that suits a camera of this shape: portrait for a 9:16 camera, full HD otherwise. */
    public static OutputSize defaultFor(Aspect aspect) {
        return aspect == Aspect.PORTRAIT ? PORTRAIT : FULL_HD;
    }

    public static OutputSize parse(String text) {
        for (OutputSize s : values()) {
            if (s.wireName().equals(text.trim())) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown output size '" + text + "'; give one of "
                + Arrays.stream(values()).map(OutputSize::wireName).collect(Collectors.joining(", ")));
    }
}
