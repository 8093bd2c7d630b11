package com.courtside.ui.timeline;

/**
 * Which frames the timeline shows: the frame at its left edge and how many frames a pixel column holds. Immutable;
 * every change returns a new viewport, clamped so the view stays inside the video and is never wider than it
 * (the whole match) nor narrower than {@link #MIN_FRAMES_PER_PIXEL} (a frame {@code 1 / MIN} pixels wide).
 *
 * @param frameCount     frames in the video
 * @param width          pixels across the lanes
 * @param first          the (fractional) frame at x = 0
 * @param framesPerPixel frames per pixel column
 */
public record TimelineViewport(int frameCount, double width, double first, double framesPerPixel) {

    /** Zoomed all the way in, one frame is this many pixels wide. */
    public static final double MIN_FRAMES_PER_PIXEL = 1.0 / 24;

    public TimelineViewport {
        width = Math.max(1, width);
        double max = maxFramesPerPixel(frameCount, width);
        framesPerPixel = Math.max(Math.min(MIN_FRAMES_PER_PIXEL, max), Math.min(max, framesPerPixel));
        double visible = framesPerPixel * width;
        first = Math.max(0, Math.min(Math.max(0, frameCount - visible), first));
    }

    /** The whole video across the width. */
    public static TimelineViewport all(int frameCount, double width) {
        return new TimelineViewport(frameCount, width, 0, maxFramesPerPixel(frameCount, width));
    }

    private static double maxFramesPerPixel(int frameCount, double width) {
        return Math.max(1, frameCount) / Math.max(1, width);
    }

    /** Zoom by {@code factor} (above 1 zooms in) keeping the frame under {@code pointerX} where it is. */
    public TimelineViewport zoomed(double pointerX, double factor) {
        double anchor = first + pointerX * framesPerPixel;
        double fpp = framesPerPixel / factor;
        TimelineViewport clampedScale = new TimelineViewport(frameCount, width, 0, fpp);
        return new TimelineViewport(frameCount, width, anchor - pointerX * clampedScale.framesPerPixel,
                clampedScale.framesPerPixel);
    }

    /** The view moved by {@code dx} pixels of content (a drag to the right shows earlier frames). */
    public TimelineViewport panned(double dx) {
        return new TimelineViewport(frameCount, width, first - dx * framesPerPixel, framesPerPixel);
    }

    /** The same frames per pixel on a new width; the whole match stays the whole match. */
    public TimelineViewport resized(double newWidth) {
        if (isAll()) {
            return all(frameCount, newWidth);
        }
        return new TimelineViewport(frameCount, newWidth, first, framesPerPixel);
    }

    /** The same view of another video length (after a load): the whole of it. */
    public TimelineViewport withFrameCount(int frames) {
        return all(frames, width);
    }

    /** If {@code frame} is outside the view, the view turns a page so it is a tenth in from the left. */
    public TimelineViewport showing(int frame) {
        if (frame >= first && frame < first + visibleFrames()) {
            return this;
        }
        return new TimelineViewport(frameCount, width, frame - visibleFrames() / 10, framesPerPixel);
    }

    /** The view centred on {@code frame}, at the same scale. */
    public TimelineViewport centredOn(double frame) {
        return new TimelineViewport(frameCount, width, frame - visibleFrames() / 2, framesPerPixel);
    }

    public boolean isAll() {
        return first <= 0 && framesPerPixel >= maxFramesPerPixel(frameCount, width) - 1e-9;
    }

    public double visibleFrames() {
        return framesPerPixel * width;
    }

    /** The first frame with any part in view. */
    public int firstVisibleFrame() {
        return (int) Math.floor(first);
    }

    /** The last frame with any part in view. */
    public int lastVisibleFrame() {
        return Math.min(frameCount - 1, (int) Math.ceil(first + visibleFrames()) - 1);
    }

    /** The x of a frame's left edge. */
    public double xOf(double frame) {
        return (frame - first) / framesPerPixel;
    }

    /** The frame under {@code x}, clamped to the video. */
    public int frameAt(double x) {
        int f = (int) Math.floor(first + x * framesPerPixel);
        return Math.max(0, Math.min(frameCount - 1, f));
    }
}
