package com.courtside.export.cut;

import com.courtside.timeline.Rational;

import java.util.Locale;

/**
 * The video quality of a re-encode. OpenH264 is rate-controlled, so quality is a bit rate: either a named level,
 * given in bits per pixel and frame so it scales with the output size and rate, or an explicit bit rate.
 *
 * @param name         how the command line writes it: {@code low}, {@code medium}, {@code high} or e.g. {@code 6000k}
 * @param bitsPerPixel bits per pixel and frame, or 0 when {@code kbps} is given
 * @param kbps         an explicit bit rate in kilobits per second, or 0 when {@code bitsPerPixel} is given
 */
public record Quality(String name, double bitsPerPixel, int kbps) {

    public static final Quality LOW = new Quality("low", 0.05, 0);
    public static final Quality MEDIUM = new Quality("medium", 0.1, 0);
    public static final Quality HIGH = new Quality("high", 0.2, 0);

    public Quality {
        if ((bitsPerPixel > 0) == (kbps > 0)) {
            throw new IllegalArgumentException("a quality is either bits per pixel or a bit rate, got "
                    + bitsPerPixel + " bits per pixel and " + kbps + " kbit/s");
        }
    }

    /** An explicit video bit rate. */
    public static Quality kbps(int kbps) {
        return new Quality(kbps + "k", 0, kbps);
    }

    /** Parses {@code low}, {@code medium}, {@code high}, or a bit rate such as {@code 6000k} or {@code 6M}. */
    public static Quality parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        switch (t) {
            case "low":
                return LOW;
            case "medium":
                return MEDIUM;
            case "high":
                return HIGH;
            default:
                break;
        }
        try {
            if (t.endsWith("m")) {
                return kbps((int) Math.round(Double.parseDouble(t.substring(0, t.length() - 1)) * 1000));
            }
            return kbps(Integer.parseInt(t.endsWith("k") ? t.substring(0, t.length() - 1) : t));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown quality '" + text
                    + "'; give low, medium, high or a video bit rate such as 6000k", e);
        }
    }

    /** The video bit rate in bits per second for frames of this size and rate. */
    public long bitsPerSecond(int width, int height, Rational fps) {
        if (kbps > 0) {
            return kbps * 1000L;
        }
        return Math.round(bitsPerPixel * width * height * fps.toDouble());
    }
}
