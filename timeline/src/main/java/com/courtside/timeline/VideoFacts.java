package com.courtside.timeline;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What is known about one video. {@code frameCount} is the number of frames FFmpeg presents after the
 * container's edit list (what {@code ffmpeg -i FILE -f null -} counts); {@code headerFrameCount} is what the
 * container claims, kept because the two differ for edit lists and variable frame rate.
 *
 * @param startOffsetMicros presentation time of frame 0, in microseconds from the container's zero
 * @param constantFrameRate false when frame durations in the file differ from 1/fps by more than a tick
 */
public record VideoFacts(
        Path path,
        String container,
        String codec,
        int width,
        int height,
        int frameCount,
        int headerFrameCount,
        Rational fps,
        Rational timeBase,
        long startOffsetMicros,
        long durationMicros,
        boolean constantFrameRate,
        FileSignature signature) {

    public VideoFacts {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(fps, "fps");
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("frame size must be positive: " + width + "x" + height);
        }
        if (frameCount < 0) {
            throw new IllegalArgumentException("negative frame count " + frameCount);
        }
    }

    public double fpsValue() {
        return fps.toDouble();
    }

    /** Nominal time of a frame for display only; frame indexes are the key everywhere else. */
    public double secondsOf(int frame) {
        return frame * (double) fps.den() / fps.num();
    }

    /** The frame shown at a display time, clamped to the video. */
    public int frameAt(double seconds) {
        long frame = (long) Math.floor(seconds * fps.num() / fps.den() + 1e-9);
        return (int) Math.max(0, Math.min(frameCount - 1L, frame));
    }
}
