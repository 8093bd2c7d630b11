package com.courtside.ui.player;

import java.util.List;

/** The speed steps of the player: the speed list of the speed control and the J/K/L shuttle ladder. */
public final class Shuttle {

    /** The speeds offered by the speed control, slowest first. */
    public static final List<Double> SPEEDS = List.of(0.1, 0.25, 0.5, 1.0, 1.5, 2.0, 4.0);

    public static final double MIN_SPEED = 0.1;
    public static final double MAX_SPEED = 4.0;

    private static final double[] LADDER = {1, 2, 4};

    private Shuttle() {
    }

    /**
     * The speed after one more press of the shuttle key: 1× when not already playing that way, else the next rung
     * of 1× → 2× → 4×, staying at 4×.
     */
    public static double next(boolean playingThatWay, double speed) {
        if (!playingThatWay) {
            return LADDER[0];
        }
        for (double rung : LADDER) {
            if (rung > speed + 1e-9) {
                return rung;
            }
        }
        return LADDER[LADDER.length - 1];
    }

    public static double clamp(double speed) {
        return Math.max(MIN_SPEED, Math.min(MAX_SPEED, speed));
    }

    /** "1×", "0.25×", "1.5×". */
    public static String label(double speed) {
        double rounded = Math.rint(speed);
        String number = Math.abs(speed - rounded) < 1e-9 ? Long.toString((long) rounded) : stripZeros(speed);
        return number + "×";
    }

    private static String stripZeros(double value) {
        String s = String.format(java.util.Locale.ROOT, "%.2f", value);
        return s.replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}
