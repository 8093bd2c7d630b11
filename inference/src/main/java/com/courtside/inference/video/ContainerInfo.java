package com.courtside.inference.video;

import com.courtside.timeline.Rational;

/**
 * What the container's headers say about the video stream. Header frame counts lie for edit lists and variable
 * frame rate; the decoded count comes from {@link FrameIndex}.
 */
public record ContainerInfo(
        String container,
        String codec,
        int streamIndex,
        int width,
        int height,
        long headerFrames,
        Rational fps,
        Rational timeBase,
        long startMicros,
        long durationMicros) {
}
