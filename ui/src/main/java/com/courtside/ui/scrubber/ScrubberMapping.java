package com.courtside.ui.scrubber;

/**
 * Converts between frames and x positions along the scrubber's track. Frame {@code f} owns the slice
 * {@code [x(f), x(f+1))} of the track, so every frame is reachable by the mouse and a click maps to the frame
 * under it.
 *
 * @param left x of the track's left edge
 * @param width track width in pixels
 * @param frameCount frames in the video
 */
public record ScrubberMapping(double left, double width, int frameCount) {

    /** The frame under x, clamped to the video. */
    public int frameAt(double x) {
        if (frameCount <= 0 || width <= 0) {
            return 0;
        }
        int frame = (int) Math.floor((x - left) / width * frameCount);
        return Math.max(0, Math.min(frameCount - 1, frame));
    }

    /** x of the left edge of a frame's slice. */
    public double xOf(int frame) {
        if (frameCount <= 0) {
            return left;
        }
        return left + width * frame / frameCount;
    }

    /** x of the centre of a frame's slice, where the playhead is drawn. */
    public double centreOf(int frame) {
        if (frameCount <= 0) {
            return left;
        }
        return left + width * (frame + 0.5) / frameCount;
    }
}
