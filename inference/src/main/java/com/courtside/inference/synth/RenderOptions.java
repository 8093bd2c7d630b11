package com.courtside.inference.synth;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What to render. The same options, seed included, always give the same video bytes and the same truth.
 *
 * @param gopFrames        keyframe interval in frames; 0 means two seconds' worth
 * @param bitrateKbps      target video bitrate; 0 means a default for the frame size and rate
 * @param writeOpenTtGames also write {@code <name>_openttgames/} with the OpenTTGames pair
 */
public record RenderOptions(int width, int height, int fps, double durationSeconds, long seed,
                            Difficulty difficulty, int gopFrames, int bitrateKbps, boolean writeOpenTtGames) {

    public static final int MAX_FPS = 240;
    public static final double MAX_DURATION_SECONDS = 4 * 3600;

    public RenderOptions {
        Objects.requireNonNull(difficulty, "difficulty");
        if (width < 64 || height < 64 || width % 2 != 0 || height % 2 != 0) {
            throw new IllegalArgumentException("frame size must be even and at least 64x64, got " + width + "x" + height);
        }
        if (fps < 1 || fps > MAX_FPS) {
            throw new IllegalArgumentException("fps must be 1.." + MAX_FPS + ", got " + fps);
        }
        if (!(durationSeconds > 0) || durationSeconds > MAX_DURATION_SECONDS) {
            throw new IllegalArgumentException("duration must be more than 0 and at most "
                    + (int) MAX_DURATION_SECONDS + " s, got " + durationSeconds);
        }
        if (Math.round(durationSeconds * fps) < 1) {
            throw new IllegalArgumentException("duration " + durationSeconds + " s at " + fps + " fps is less than one frame");
        }
        if (gopFrames < 0) {
            throw new IllegalArgumentException("GOP size must be 0 (two seconds) or more frames, got " + gopFrames);
        }
        if (bitrateKbps < 0) {
            throw new IllegalArgumentException("bitrate must be 0 (automatic) or more kbit/s, got " + bitrateKbps);
        }
    }

    /** 720p, 30 fps, one minute, seed 1, normal difficulty, automatic GOP and bitrate, OpenTTGames files on. */
    public static RenderOptions defaults() {
        return new RenderOptions(1280, 720, 30, 60, 1, Difficulty.NORMAL, 0, 0, true);
    }

    public RenderOptions withSize(int w, int h) {
        return new RenderOptions(w, h, fps, durationSeconds, seed, difficulty, gopFrames, bitrateKbps, writeOpenTtGames);
    }

    public RenderOptions withFps(int f) {
        return new RenderOptions(width, height, f, durationSeconds, seed, difficulty, gopFrames, bitrateKbps, writeOpenTtGames);
    }

    public RenderOptions withDuration(double seconds) {
        return new RenderOptions(width, height, fps, seconds, seed, difficulty, gopFrames, bitrateKbps, writeOpenTtGames);
    }

    public RenderOptions withSeed(long s) {
        return new RenderOptions(width, height, fps, durationSeconds, s, difficulty, gopFrames, bitrateKbps, writeOpenTtGames);
    }

    public RenderOptions withDifficulty(Difficulty d) {
        return new RenderOptions(width, height, fps, durationSeconds, seed, d, gopFrames, bitrateKbps, writeOpenTtGames);
    }

    public RenderOptions withGopFrames(int gop) {
        return new RenderOptions(width, height, fps, durationSeconds, seed, difficulty, gop, bitrateKbps, writeOpenTtGames);
    }

    public RenderOptions withBitrateKbps(int kbps) {
        return new RenderOptions(width, height, fps, durationSeconds, seed, difficulty, gopFrames, kbps, writeOpenTtGames);
    }

    public RenderOptions withOpenTtGames(boolean write) {
        return new RenderOptions(width, height, fps, durationSeconds, seed, difficulty, gopFrames, bitrateKbps, write);
    }

    public int frameCount() {
        return (int) Math.round(durationSeconds * fps);
    }

    public int effectiveGopFrames() {
        return gopFrames > 0 ? gopFrames : 2 * fps;
    }

    /** About 0.04 bit per pixel: enough for a clean ball over the grain, small enough to ship. */
    public int effectiveBitrateKbps() {
        return bitrateKbps > 0 ? bitrateKbps : (int) Math.max(200, Math.round(width * (double) height * fps * 0.04 / 1000));
    }

    /** The options as written into the truth file, in a fixed order. */
    public Map<String, Object> describe() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("width", width);
        m.put("height", height);
        m.put("fps", fps);
        m.put("durationSeconds", durationSeconds);
        m.put("seed", seed);
        m.put("difficulty", difficulty.wireName());
        m.put("gopFrames", effectiveGopFrames());
        m.put("bitrateKbps", effectiveBitrateKbps());
        return m;
    }
}
