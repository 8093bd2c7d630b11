package com.courtside.labeling.imports;

import com.courtside.timeline.Rational;
import com.courtside.timeline.VideoFacts;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What an importer needs to know of the video the labels belong to: how many frames it has, so labels past its
 * end are refused (they belong to another video), and its frame rate, for formats that count in seconds. Dataset
 * formats that hold many videos also need its name (the file name without extension, as the dataset exports name
 * videos) to pick its frames, and YOLO its size in pixels to undo the normalised boxes; {@code ""} and 0 when unknown.
 */
public record ImportContext(int frameCount, Rational fps, String videoName, int width, int height) {

    public ImportContext {
        Objects.requireNonNull(fps, "fps");
        Objects.requireNonNull(videoName, "videoName");
        if (frameCount <= 0) {
            throw new IllegalArgumentException("a video has at least one frame, got " + frameCount);
        }
        if (fps.num() <= 0) {
            throw new IllegalArgumentException("frame rate must be positive, got " + fps);
        }
        if (width < 0 || height < 0 || (width == 0) != (height == 0)) {
            throw new IllegalArgumentException("the frame size is both positive or both 0 (unknown), got " + width
                    + "x" + height);
        }
    }

    /** A video known by its length and frame rate alone. */
    public ImportContext(int frameCount, Rational fps) {
        this(frameCount, fps, "", 0, 0);
    }

    /** Everything a probe knows: length, frame rate, name and size. */
    public static ImportContext of(VideoFacts facts) {
        return new ImportContext(facts.frameCount(), facts.fps(), nameOf(facts.path()), facts.width(),
                facts.height());
    }

    /** A video's name as datasets know it: its file name without the extension. */
    public static String nameOf(Path video) {
        String name = video.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    public boolean knowsVideoName() {
        return !videoName.isEmpty();
    }

    public boolean knowsFrameSize() {
        return width > 0;
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
