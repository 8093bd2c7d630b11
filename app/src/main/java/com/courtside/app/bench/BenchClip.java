package com.courtside.app.bench;

import java.nio.file.Path;
import java.util.Locale;

/** One rendered benchmark clip: what it should be and where it is kept. */
public record BenchClip(Path file, int width, int height, int fps, double seconds, int gop) {

    /** A 16:9 clip {@code height} pixels high (both sides even, as H.264 in 4:2:0 needs). */
    public static BenchClip of(Path dir, int height, int fps, double seconds, int gop) {
        int h = height & ~1;
        int w = (int) Math.round(h * 16 / 9.0) & ~1;
        String name = String.format(Locale.ROOT, "bench-%dp%d-%ss-gop%d.mp4", h, fps, trim(seconds), gop);
        return new BenchClip(dir.resolve(name), w, h, fps, seconds, gop);
    }

    public String label() {
        return height + "p" + fps;
    }

    public int expectedFrames() {
        return (int) Math.round(seconds * fps);
    }

    private static String trim(double seconds) {
        return seconds == Math.rint(seconds) ? Long.toString((long) seconds)
                : String.format(Locale.ROOT, "%.2f", seconds).replace('.', '_');
    }
}
