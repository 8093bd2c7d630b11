package com.courtside.ui.scrubber;

/** Chooses the time ruler's tick spacing so labels never crowd, and formats its labels. */
public final class RulerScale {

    private static final double[] STEPS_SECONDS = {1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200};
    static final double MIN_LABEL_SPACING = 72;

    private RulerScale() {
    }

    /** Seconds between labelled ticks for a track of {@code width} px showing {@code seconds} of video. */
    public static double majorStep(double width, double seconds) {
        if (width <= 0 || seconds <= 0) {
            return STEPS_SECONDS[STEPS_SECONDS.length - 1];
        }
        double pxPerSecond = width / seconds;
        for (double step : STEPS_SECONDS) {
            if (step * pxPerSecond >= MIN_LABEL_SPACING) {
                return step;
            }
        }
        return STEPS_SECONDS[STEPS_SECONDS.length - 1];
    }

    /** "0:05", "1:30", "1:02:00". */
    public static String label(double seconds) {
        long s = Math.round(seconds);
        if (s >= 3600) {
            return String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
        }
        return String.format("%d:%02d", s / 60, s % 60);
    }
}
