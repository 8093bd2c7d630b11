package com.courtside.inference.synth.basketball;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What to render. The same options, seed included, always give the same video bytes and the same truth.
 *
 * @param mode            a one-shot scene for the shooter dataset, or a continuous match
 * @param grainSigma      camera grain in 8-bit luma levels (0 for none)
 * @param brightnessDrift peak relative change of the global brightness over the clip
 * @param gopFrames       keyframe interval in frames; 0 means two seconds' worth
 * @param bitrateKbps     target video bitrate; 0 means a default for the frame size and rate
 */
public record BasketballOptions(int width, int height, int fps, double durationSeconds, long seed, Mode mode,
                                double grainSigma, double brightnessDrift, int gopFrames, int bitrateKbps) {

    /** A clip holding exactly one shot, or play with a shot every few seconds. */
    public enum Mode {
        SCENE, MATCH;

        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** A scene needs room for a run-up, the gather, the release and the flight to the rim. */
    public static final double MIN_SCENE_SECONDS = 3.5;
    public static final double MAX_DURATION_SECONDS = 4 * 3600;

    public BasketballOptions {
        if (mode == null) {
            throw new IllegalArgumentException("mode is required: scene or match");
        }
        if (width < 64 || height < 64 || width % 2 != 0 || height % 2 != 0) {
            throw new IllegalArgumentException("frame size must be even and at least 64x64, got " + width + "x" + height);
        }
        if (fps < 1 || fps > 240) {
            throw new IllegalArgumentException("fps must be 1..240, got " + fps);
        }
        if (!(durationSeconds > 0) || durationSeconds > MAX_DURATION_SECONDS) {
            throw new IllegalArgumentException("duration must be more than 0 and at most "
                    + (int) MAX_DURATION_SECONDS + " s, got " + durationSeconds);
        }
        if (mode == Mode.SCENE && durationSeconds < MIN_SCENE_SECONDS) {
            throw new IllegalArgumentException("a one-shot scene needs at least " + MIN_SCENE_SECONDS
                    + " s (run-up, gather, release and flight), got " + durationSeconds);
        }
        if (!(grainSigma >= 0) || grainSigma > 20 || !(brightnessDrift >= 0) || brightnessDrift > 0.5) {
            throw new IllegalArgumentException("grain must be 0..20 levels and drift 0..0.5, got " + grainSigma
                    + " and " + brightnessDrift);
        }
        if (gopFrames < 0 || bitrateKbps < 0) {
            throw new IllegalArgumentException("GOP and bitrate must be 0 (automatic) or more, got " + gopFrames
                    + " and " + bitrateKbps);
        }
    }

    /** A 30 s match at 720p, 30 fps, seed 1, light grain and drift. */
    public static BasketballOptions match() {
        return new BasketballOptions(1280, 720, 30, 30, 1, Mode.MATCH, 2.0, 0.05, 0, 0);
    }

    /** A 5 s one-shot scene at 720p, 30 fps, seed 1. */
    public static BasketballOptions scene() {
        return new BasketballOptions(1280, 720, 30, 5, 1, Mode.SCENE, 2.0, 0.05, 0, 0);
    }

    public BasketballOptions withSize(int w, int h) {
        return new BasketballOptions(w, h, fps, durationSeconds, seed, mode, grainSigma, brightnessDrift, gopFrames, bitrateKbps);
    }

    public BasketballOptions withFps(int f) {
        return new BasketballOptions(width, height, f, durationSeconds, seed, mode, grainSigma, brightnessDrift, gopFrames, bitrateKbps);
    }

    public BasketballOptions withDuration(double s) {
        return new BasketballOptions(width, height, fps, s, seed, mode, grainSigma, brightnessDrift, gopFrames, bitrateKbps);
    }

    public BasketballOptions withSeed(long s) {
        return new BasketballOptions(width, height, fps, durationSeconds, s, mode, grainSigma, brightnessDrift, gopFrames, bitrateKbps);
    }

    public BasketballOptions withNoise(double grain, double drift) {
        return new BasketballOptions(width, height, fps, durationSeconds, seed, mode, grain, drift, gopFrames, bitrateKbps);
    }

    public BasketballOptions withEncoding(int gop, int kbps) {
        return new BasketballOptions(width, height, fps, durationSeconds, seed, mode, grainSigma, brightnessDrift, gop, kbps);
    }

    public int frameCount() {
        return (int) Math.max(1, Math.round(durationSeconds * fps));
    }

    public int effectiveGopFrames() {
        return gopFrames > 0 ? gopFrames : 2 * fps;
    }

    /** About 0.05 bit per pixel: a crowd, a wooden floor and ten moving people need a little more than a table. */
    public int effectiveBitrateKbps() {
        return bitrateKbps > 0 ? bitrateKbps
                : (int) Math.max(200, Math.round(width * (double) height * fps * 0.05 / 1000));
    }

    /** The seed of scene {@code index} of a set started from {@code seed}: scenes differ, sets repeat. */
    public static long sceneSeed(long seed, int index) {
        return new java.util.SplittableRandom(seed ^ 0x5DEECE66DL * (index + 1)).nextLong();
    }

    /** The options as written into the truth file, in a fixed order. */
    public Map<String, Object> describe() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("sport", "basketball");
        m.put("mode", mode.wireName());
        m.put("width", width);
        m.put("height", height);
        m.put("fps", fps);
        m.put("durationSeconds", durationSeconds);
        m.put("seed", seed);
        m.put("grainSigma", grainSigma);
        m.put("brightnessDrift", brightnessDrift);
        m.put("gopFrames", effectiveGopFrames());
        m.put("bitrateKbps", effectiveBitrateKbps());
        return m;
    }
}
