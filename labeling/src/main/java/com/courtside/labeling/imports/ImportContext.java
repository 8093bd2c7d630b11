package com.courtside.labeling.imports;

import com.courtside.timeline.Rational;

import java.util.Objects;

/**
 * What an importer needs to know of the video the labels belong to: how many frames it has, so labels past its
 * end are refused (they belong to another video), and its frame rate, for formats that count in seconds.
 */
public record ImportContext(int frameCount, Rational fps) {

    public ImportContext {
        Objects.requireNonNull(fps, "fps");
        if (frameCount <= 0) {
            throw new IllegalArgumentException("a video has at least one frame, got " + frameCount);
        }
        if (fps.num() <= 0) {
            throw new IllegalArgumentException("frame rate must be positive, got " + fps);
        }
    }

    public boolean contains(long frame) {
        return frame >= 0 && frame < frameCount;
    }

    /** The frame shown at {@code seconds}, rounded to the nearest frame. */
    public long frameAt(double seconds) {
        return Math.round(seconds * fps.num() / fps.den());
    }

    /** The reason a frame outside the video is refused, worded for the user. */
    public String outsideVideo(long frame) {
        if (frame < 0) {
            return "frame " + frame + " is negative; frames count from 0";
        }
        return "frame " + frame + " is beyond the end of the video, which has " + frameCount + " frames (0 to "
                + (frameCount - 1) + "); are these the labels of another video?";
    }
}
