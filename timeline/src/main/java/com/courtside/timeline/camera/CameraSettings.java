package com.courtside.timeline.camera;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every parameter of the virtual camera. Pixel values are stated for a frame 1920 pixels wide and scaled with the
 * video's width; per-frame motion and speeds ({@code maxStepPx}, {@code stableStepPx}, {@code chaosJumpPx},
 * {@code slowSpeedPx}, {@code fastSpeedPx}, and the speed {@code beta} multiplies) are stated per frame at 30 fps
 * and scaled by 30/fps as well, so they mean the same speed at any rate; durations are in seconds and frequencies
 * in hertz. A zoom is the widest crop of the aspect divided by the crop: 1 is the widest shot, 2 a crop
 * half as wide. The constructor refuses a value out of range with a message naming the field and the range.
 *
 * @param aspect              the crop's shape
 * @param minZoom             the widest the automatic camera goes
 * @param maxZoom             the tightest it goes
 * @param normalZoom          the zoom while the ball is in play
 * @param stableZoom          the zoom while the ball is still (held, on the table), tighter
 * @param chaosZoom           the zoom after the ball jumped (a lost track, a new ball), wider
 * @param missingZoom         the zoom it eases out to, drifting to the frame's middle, when the ball has been
 *                            missing for {@code missingHoldSeconds}
 * @param paddingPx           the crop widens until the ball is at least this far inside each edge
 * @param deadZone            the aim does not move while the target lies within this share of the crop's
 *                            half-size from it
 * @param lookaheadSeconds    the target leads the ball by its velocity times this
 * @param minCutoffHz         One-Euro filter on the target: cut-off at rest, normal play
 * @param stableCutoffHz      the same while the ball is still
 * @param beta                One-Euro speed coefficient: hertz added to the cut-off per pixel per frame that the
 *                            aim moves
 * @param derivativeCutoffHz  One-Euro: cut-off of the speed estimates (the aim's, and the ball's for prediction)
 * @param slowSpeedPx         below this ball speed (pixels per frame) beta is halved ...
 * @param fastSpeedPx         ... and from this one on it is tripled; it rises along a smoothstep between
 * @param kp                  PID on each axis, proportional gain (per frame)
 * @param ki                  integral gain
 * @param kd                  derivative gain, on the camera's own motion so a target jump gives no kick
 * @param integralLimitPx     anti-windup: the integral term never moves the camera more than this per frame
 * @param maxStepPx           the centre moves at most this far in one frame in normal play
 * @param stableStepPx        the same while the ball is still
 * @param stillPx             the ball counts as still while it stays within this distance ...
 * @param stillSeconds        ... for this long
 * @param chaosJumpPx         a jump of the ball farther than this from one frame to the next is chaos
 * @param chaosSeconds        how long chaos lasts after the last such jump
 * @param missingHoldSeconds  with no ball for this long, the camera eases out to {@code missingZoom}
 * @param zoomInSeconds       time constant of a change of zoom by mode, either way (and of the drift to the
 *                            middle with no ball)
 * @param zoomOutSeconds      time constant of the widening the padding asks for, shorter, so a ball escaping
 *                            the crop is caught
 */
public record CameraSettings(
        Aspect aspect,
        double minZoom,
        double maxZoom,
        double normalZoom,
        double stableZoom,
        double chaosZoom,
        double missingZoom,
        double paddingPx,
        double deadZone,
        double lookaheadSeconds,
        double minCutoffHz,
        double stableCutoffHz,
        double beta,
        double derivativeCutoffHz,
        double slowSpeedPx,
        double fastSpeedPx,
        double kp,
        double ki,
        double kd,
        double integralLimitPx,
        double maxStepPx,
        double stableStepPx,
        double stillPx,
        double stillSeconds,
        double chaosJumpPx,
        double chaosSeconds,
        double missingHoldSeconds,
        double zoomInSeconds,
        double zoomOutSeconds) {

    /** The keys of a settings map, in the order they are written: the component names. */
    public static final List<String> KEYS = List.of("aspect", "minZoom", "maxZoom", "normalZoom", "stableZoom",
            "chaosZoom", "missingZoom", "paddingPx", "deadZone", "lookaheadSeconds", "minCutoffHz", "stableCutoffHz",
            "beta", "derivativeCutoffHz", "slowSpeedPx", "fastSpeedPx", "kp", "ki", "kd", "integralLimitPx",
            "maxStepPx", "stableStepPx", "stillPx", "stillSeconds", "chaosJumpPx", "chaosSeconds",
            "missingHoldSeconds", "zoomInSeconds", "zoomOutSeconds");

    /**
     * The shipped settings: the design's filter and controller values, the rest tuned on rendered table-tennis
     * matches at 720p and 1080p (CameraTargetTest holds them to the target).
     */
    public static final CameraSettings DEFAULT = new CameraSettings(Aspect.WIDE, 1.0, 3.0, 1.6, 1.9, 1.2, 1.0,
            120, 0.2, 0.1, 0.6, 0.08, 0.004, 1.0, 5, 50, 0.8, 0.01, 0.15, 20, 500, 100, 5, 25 / 30.0, 120, 0.5,
            1.0, 1.0, 0.3);

    public CameraSettings {
        if (aspect == null) {
            throw new IllegalArgumentException("camera setting aspect is missing");
        }
        check("minZoom", minZoom, 1, CameraPin.MAX_ZOOM, "");
        check("maxZoom", maxZoom, minZoom, CameraPin.MAX_ZOOM, " (at least minZoom)");
        check("normalZoom", normalZoom, minZoom, maxZoom, " (within minZoom..maxZoom)");
        check("stableZoom", stableZoom, minZoom, maxZoom, " (within minZoom..maxZoom)");
        check("chaosZoom", chaosZoom, minZoom, maxZoom, " (within minZoom..maxZoom)");
        check("missingZoom", missingZoom, minZoom, maxZoom, " (within minZoom..maxZoom)");
        check("paddingPx", paddingPx, 0, 1000, " px");
        check("deadZone", deadZone, 0, 0.9, " of the crop's half-size");
        check("lookaheadSeconds", lookaheadSeconds, 0, 2, " seconds");
        check("minCutoffHz", minCutoffHz, 0.001, 100, " Hz");
        check("stableCutoffHz", stableCutoffHz, 0.001, 100, " Hz");
        check("beta", beta, 0, 1, " Hz per px/frame");
        check("derivativeCutoffHz", derivativeCutoffHz, 0.001, 100, " Hz");
        check("slowSpeedPx", slowSpeedPx, 0, 10_000, " px/frame");
        check("fastSpeedPx", fastSpeedPx, slowSpeedPx, 10_000, " px/frame (at least slowSpeedPx)");
        check("kp", kp, 0.001, 1, "");
        check("ki", ki, 0, 1, "");
        check("kd", kd, 0, 1, "");
        check("integralLimitPx", integralLimitPx, 0, 1000, " px");
        check("maxStepPx", maxStepPx, 1, 5000, " px per frame");
        check("stableStepPx", stableStepPx, 1, maxStepPx, " px per frame (at most maxStepPx)");
        check("stillPx", stillPx, 0, 1000, " px");
        check("stillSeconds", stillSeconds, 0, 60, " seconds");
        check("chaosJumpPx", chaosJumpPx, 1, 10_000, " px");
        check("chaosSeconds", chaosSeconds, 0, 60, " seconds");
        check("missingHoldSeconds", missingHoldSeconds, 0, 600, " seconds");
        check("zoomInSeconds", zoomInSeconds, 0, 60, " seconds");
        check("zoomOutSeconds", zoomOutSeconds, 0, 60, " seconds");
    }

    private static void check(String field, double value, double min, double max, String unit) {
        if (!(value >= min && value <= max)) {
            throw new IllegalArgumentException("camera setting " + field + " must be between " + min + " and " + max
                    + unit + ", got " + value);
        }
    }

    /** The same settings with another crop shape. */
    public CameraSettings withAspect(Aspect other) {
        Map<String, Object> map = toMap();
        map.put("aspect", other.wireName());
        return fromMap(map);
    }

    /** The values by {@link #KEYS}, in that order: the aspect by its wire name, the rest as doubles. */
    public Map<String, Object> toMap() {
        Object[] v = {aspect.wireName(), minZoom, maxZoom, normalZoom, stableZoom, chaosZoom, missingZoom, paddingPx,
                deadZone, lookaheadSeconds, minCutoffHz, stableCutoffHz, beta, derivativeCutoffHz, slowSpeedPx,
                fastSpeedPx, kp, ki, kd, integralLimitPx, maxStepPx, stableStepPx, stillPx, stillSeconds, chaosJumpPx,
                chaosSeconds, missingHoldSeconds, zoomInSeconds, zoomOutSeconds};
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < v.length; i++) {
            map.put(KEYS.get(i), v[i]);
        }
        return map;
    }

    /** Builds settings from a map holding every key of {@link #KEYS}; numbers may be given as text. */
    public static CameraSettings fromMap(Map<String, ?> map) {
        Object aspect = map.get("aspect");
        if (aspect == null) {
            throw new IllegalArgumentException("camera setting aspect is missing");
        }
        double[] v = new double[KEYS.size()];
        for (int i = 1; i < v.length; i++) {
            v[i] = number(KEYS.get(i), map.get(KEYS.get(i)));
        }
        return new CameraSettings(Aspect.fromWire(aspect.toString()), v[1], v[2], v[3], v[4], v[5], v[6], v[7],
                v[8], v[9], v[10], v[11], v[12], v[13], v[14], v[15], v[16], v[17], v[18], v[19], v[20], v[21],
                v[22], v[23], v[24], v[25], v[26], v[27], v[28]);
    }

    private static double number(String key, Object value) {
        if (value == null) {
            throw new IllegalArgumentException("camera setting " + key + " is missing");
        }
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        try {
            return Double.parseDouble(value.toString().trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("camera setting " + key + " must be a number, got '" + value + "'", e);
        }
    }
}
