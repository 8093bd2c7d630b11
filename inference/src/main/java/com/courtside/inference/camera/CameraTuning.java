package com.courtside.inference.camera;

import com.courtside.timeline.camera.CameraSettings;

/**
 * The camera settings turned into the units of one video: pixels scaled with the frame width (reference 1920),
 * per-frame motion also by 30/fps, durations into frames, time constants into per-frame smoothing factors.
 */
record CameraTuning(CameraSettings settings, double fps, int frameWidth, int frameHeight, double scale,
                    double widest, double ratio, double padding, double lookaheadFrames, double maxStep,
                    double stableStep, double stillPx, int stillFrames, double chaosJump, int chaosFrames,
                    int holdFrames, double zoomInAlpha, double zoomOutAlpha) {

    static final double REFERENCE_WIDTH = 1920;
    static final double REFERENCE_FPS = 30;

    static CameraTuning of(CameraSettings s, double fps, int frameWidth, int frameHeight) {
        if (!(fps > 0) || frameWidth < 1 || frameHeight < 1) {
            throw new IllegalArgumentException("bad video geometry: " + frameWidth + "x" + frameHeight + " @ " + fps);
        }
        double scale = frameWidth / REFERENCE_WIDTH;
        double motion = scale * REFERENCE_FPS / fps;
        return new CameraTuning(s, fps, frameWidth, frameHeight, scale,
                s.aspect().widestCropWidth(frameWidth, frameHeight), s.aspect().ratio(),
                s.paddingPx() * scale, s.lookaheadSeconds() * fps, s.maxStepPx() * motion, s.stableStepPx() * motion,
                s.stillPx() * scale, Math.max(2, frames(s.stillSeconds(), fps)), s.chaosJumpPx() * motion,
                frames(s.chaosSeconds(), fps), frames(s.missingHoldSeconds(), fps),
                easing(s.zoomInSeconds(), fps), easing(s.zoomOutSeconds(), fps));
    }

    static int frames(double seconds, double fps) {
        return (int) Math.round(seconds * fps);
    }

    /** Per-frame factor of an exponential approach with this time constant; 0 s is a jump. */
    static double easing(double seconds, double fps) {
        return seconds <= 0 ? 1 : 1 - Math.exp(-1 / (seconds * fps));
    }

    /** The crop width of a zoom. */
    double widthAt(double zoom) {
        return widest / zoom;
    }

    /** The nearest centre that keeps a crop of this size inside the frame along one axis. */
    static double inside(double centre, double size, int frameSize) {
        double half = Math.min(size, frameSize) / 2;
        return Math.max(half, Math.min(frameSize - half, centre));
    }
}
