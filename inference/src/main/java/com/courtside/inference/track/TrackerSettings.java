package com.courtside.inference.track;

/**
 * Every threshold of the ball tracker, already scaled to one video. The seed values are stated for 1080p at
 * 30 fps; {@link #forVideo} is the one place they are scaled: positions with the frame's short side, per-frame
 * motion additionally with 30/fps, and frame counts with fps/30 so they keep their duration.
 *
 * @param measurementStdPx      detector position noise (1 sigma)
 * @param jerkStd               process noise of the constant-acceleration model, px/frame³
 * @param initialVelocityStdPx  velocity uncertainty of a freshly started track, px/frame
 * @param maneuverVelocityStdPx velocity uncertainty added on a miss or a bounce-like surprise, px/frame
 * @param gateChi2              Mahalanobis gate (squared distance, 2 degrees of freedom)
 * @param relaxedGateChi2       the gate while recovering
 * @param gateFloorPx           a candidate this close to the prediction passes the gate whatever its covariance
 * @param chaosJumpPx           nearest candidate farther than this from the prediction means chaos
 * @param chaosAcceptPx         while in chaos, candidates farther than this are rejected
 * @param stillPx               the ball counts as still when its positions span less than this
 * @param stabilityRadiusPx     acceptance radius around a still ball
 * @param chaosMinScore         a far candidate below this score is clutter, not a sign of chaos
 */
public record TrackerSettings(
        double measurementStdPx,
        double jerkStd,
        double initialVelocityStdPx,
        double maneuverVelocityStdPx,
        double gateChi2,
        double relaxedGateChi2,
        double gateFloorPx,
        double chaosJumpPx,
        double chaosAcceptPx,
        double stillPx,
        double stabilityRadiusPx,
        int normalAfterDetections,
        int recoveringMaxMisses,
        int maxPredictedFrames,
        int chaosCooldownFrames,
        int stillFrames,
        float minStartScore,
        float chaosMinScore,
        float predictedConfidenceDecay,
        float reacquireScore) {

    public TrackerSettings {
        if (measurementStdPx <= 0 || jerkStd <= 0 || initialVelocityStdPx <= 0) {
            throw new IllegalArgumentException("noise levels must be positive");
        }
        if (gateChi2 <= 0 || relaxedGateChi2 < gateChi2) {
            throw new IllegalArgumentException("the relaxed gate must be at least the normal gate");
        }
        if (recoveringMaxMisses > maxPredictedFrames || maxPredictedFrames < 0 || stillFrames < 2) {
            throw new IllegalArgumentException("frame counts are inconsistent");
        }
    }

    /** The seed thresholds scaled to a video of this size and frame rate. */
    public static TrackerSettings forVideo(int width, int height, double fps) {
        if (width <= 0 || height <= 0 || !(fps > 0)) {
            throw new IllegalArgumentException("bad video geometry: " + width + "x" + height + " @ " + fps);
        }
        double size = Math.min(width, height) / 1080.0;
        double perFrame = 30.0 / fps;
        double motion = size * perFrame;
        double frames = fps / 30.0;
        return new TrackerSettings(
                3.0 * size,
                0.5 * size * perFrame * perFrame * perFrame,
                40.0 * motion,
                15.0 * motion,
                11.8,
                18.4,
                40.0 * motion,
                120.0 * motion,
                60.0 * motion,
                5.0 * size,
                80.0 * size,
                frames(15, frames),
                frames(5, frames),
                frames(10, frames),
                frames(15, frames),
                frames(25, frames),
                0.3f,
                0.5f,
                (float) Math.pow(0.85, perFrame),
                Float.POSITIVE_INFINITY);
    }

    /**
     * These settings, but a candidate of at least {@code score} that the gate rejects in two frames running, at
     * most a chaos jump apart, starts the track afresh there. For detectors whose candidates are rarely wrong (a
     * trained model), where a rejection means the track, not the detector, is off: after a serve toss out of a
     * stability lock, or a hit the filter did not foresee.
     */
    public TrackerSettings withReacquireScore(float score) {
        return new TrackerSettings(measurementStdPx, jerkStd, initialVelocityStdPx, maneuverVelocityStdPx, gateChi2,
                relaxedGateChi2, gateFloorPx, chaosJumpPx, chaosAcceptPx, stillPx, stabilityRadiusPx,
                normalAfterDetections, recoveringMaxMisses, maxPredictedFrames, chaosCooldownFrames, stillFrames,
                minStartScore, chaosMinScore, predictedConfidenceDecay, score);
    }

    private static int frames(int at30, double factor) {
        return Math.max(1, (int) Math.round(at30 * factor));
    }
}
