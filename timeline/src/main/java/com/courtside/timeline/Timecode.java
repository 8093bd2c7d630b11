package com.courtside.timeline;

/** Formats a frame index for display as {@code HH:MM:SS:FF}; never used as a key. */
public final class Timecode {

    private Timecode() {
    }

    public static String format(int frame, Rational fps) {
        long nominal = Math.max(1, Math.round(fps.toDouble()));
        long totalSeconds = frame * fps.den() / fps.num();
        long frames = frame - Math.round(totalSeconds * fps.toDouble());
        frames = Math.max(0, Math.min(nominal - 1, frames));
        return String.format("%02d:%02d:%02d:%02d", totalSeconds / 3600, totalSeconds / 60 % 60, totalSeconds % 60, frames);
    }

    /** Seconds as {@code M:SS.mmm}, for short durations. */
    public static String seconds(double seconds) {
        long millis = Math.round(seconds * 1000);
        return String.format("%d:%02d.%03d", millis / 60000, millis / 1000 % 60, millis % 1000);
    }
}
