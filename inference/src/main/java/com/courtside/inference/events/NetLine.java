package com.courtside.inference.events;

/**
 * Where the net stands in the image: a band of x (a side view, the net is a near-vertical line) or a band of
 * y (an end view, the net is a near-horizontal line), in source-video pixels.
 */
public record NetLine(Axis axis, double min, double max) {

    /** The image coordinate the band is measured on. */
    public enum Axis { X, Y }

    public NetLine {
        if (axis == null) {
            throw new IllegalArgumentException("axis");
        }
        if (!(min <= max)) {
            throw new IllegalArgumentException("net band min " + min + " > max " + max);
        }
    }

    public static NetLine xRange(double min, double max) {
        return new NetLine(Axis.X, min, max);
    }

    public static NetLine yRange(double min, double max) {
        return new NetLine(Axis.Y, min, max);
    }

    /** Whether an image point lies in the band widened by {@code margin} pixels on each side. */
    public boolean near(double x, double y, double margin) {
        double v = axis == Axis.X ? x : y;
        return v >= min - margin && v <= max + margin;
    }
}
