package com.courtside.timeline.rally;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every parameter of rally detection. Durations are in seconds and turned into frames with the video's fps
 * ({@link #frames}), so one setting serves 25, 30 and 60 fps footage; thresholds are probabilities or shares.
 * The constructor refuses a value out of range with a message naming the field and the range.
 *
 * @param smoothingSeconds      span of the median filter over the window play probabilities; converted to an
 *                              odd number of windows ({@link #smoothingWindows}); under two windows: no smoothing
 * @param playThreshold         a window is PLAY when P(PLAY) + P(SERVICE) is at least this
 * @param extensionThreshold    a segment grows into neighbouring windows while their play probability is above
 *                              this (at most {@code playThreshold}); RallyCut's boundary_confidence_threshold
 * @param continuationSeconds   NO_PLAY stretches shorter than this inside a rally do not end it; for the
 *                              trajectory detector, ball gaps longer than this do
 * @param minDensity            share of a segment's windows that must be PLAY on their own (before extension
 *                              and continuation); RallyCut's min_active_density
 * @param minPlaySeconds        shorter rallies are dropped
 * @param minGapSeconds         rallies closer than this are merged
 * @param minBallSpeed          trajectory detector: the ball counts as moving above this many frame diagonals
 *                              per second
 * @param soloGameStateConfidence  combiner: a game-state rally without a trajectory partner is kept when its
 *                                 mean play probability reaches this
 * @param soloTrajectoryConfidence combiner: a trajectory rally without a game-state partner is kept when this
 *                                 share of its frames has a moving ball
 */
public record RallySettings(
        double smoothingSeconds,
        double playThreshold,
        double extensionThreshold,
        double continuationSeconds,
        double minDensity,
        double minPlaySeconds,
        double minGapSeconds,
        double minBallSpeed,
        double soloGameStateConfidence,
        double soloTrajectoryConfidence) {

    /** The keys of a settings file, in the order they are written: the component names. */
    public static final List<String> KEYS = List.of("smoothingSeconds", "playThreshold", "extensionThreshold",
            "continuationSeconds", "minDensity", "minPlaySeconds", "minGapSeconds", "minBallSpeed",
            "soloGameStateConfidence", "soloTrajectoryConfidence");

    public RallySettings {
        check("smoothingSeconds", smoothingSeconds, 0, 60, " seconds");
        checkOpen("playThreshold", playThreshold);
        if (!(extensionThreshold > 0 && extensionThreshold <= playThreshold)) {
            throw new IllegalArgumentException("rally setting extensionThreshold must be above 0 and at most "
                    + "playThreshold (" + playThreshold + "), got " + extensionThreshold);
        }
        check("continuationSeconds", continuationSeconds, 0, 60, " seconds");
        check("minDensity", minDensity, 0, 1, "");
        check("minPlaySeconds", minPlaySeconds, 0, 600, " seconds");
        check("minGapSeconds", minGapSeconds, 0, 600, " seconds");
        check("minBallSpeed", minBallSpeed, 0, 10, " frame diagonals per second");
        check("soloGameStateConfidence", soloGameStateConfidence, 0, 1, "");
        check("soloTrajectoryConfidence", soloTrajectoryConfidence, 0, 1, "");
    }

    private static void check(String field, double value, double min, double max, String unit) {
        if (!(value >= min && value <= max)) {
            throw new IllegalArgumentException("rally setting " + field + " must be between " + min + " and " + max
                    + unit + ", got " + value);
        }
    }

    private static void checkOpen(String field, double value) {
        if (!(value > 0 && value < 1)) {
            throw new IllegalArgumentException("rally setting " + field + " must be above 0 and below 1, got " + value);
        }
    }

    /** Seconds to whole frames at a frame rate, rounded to the nearest frame. */
    public static int frames(double seconds, double fps) {
        return (int) Math.round(seconds * fps);
    }

    /** The median filter's width in windows: smoothingSeconds over the stride, rounded, made odd; 1 is off. */
    public int smoothingWindows(double strideSeconds) {
        int n = (int) Math.round(smoothingSeconds / strideSeconds);
        if (n < 2) {
            return 1;
        }
        return n % 2 == 0 ? n + 1 : n;
    }

    /** The values by {@link #KEYS}, in that order. */
    public Map<String, Double> toMap() {
        double[] v = {smoothingSeconds, playThreshold, extensionThreshold, continuationSeconds, minDensity,
                minPlaySeconds, minGapSeconds, minBallSpeed, soloGameStateConfidence, soloTrajectoryConfidence};
        Map<String, Double> map = new LinkedHashMap<>();
        for (int i = 0; i < v.length; i++) {
            map.put(KEYS.get(i), v[i]);
        }
        return map;
    }

    /** Builds settings from a map holding every key of {@link #KEYS}. */
    public static RallySettings fromMap(Map<String, Double> map) {
        double[] v = new double[KEYS.size()];
        for (int i = 0; i < v.length; i++) {
            Double value = map.get(KEYS.get(i));
            if (value == null) {
                throw new IllegalArgumentException("rally setting " + KEYS.get(i) + " is missing");
            }
            v[i] = value;
        }
        return new RallySettings(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9]);
    }
}
