package com.courtside.ui.overlay;

import com.courtside.ui.video.VideoTransform;

/**
 * The rectangle the overlay is drawn in: where the video shows in the window, or the whole picture of an exported
 * frame. Marker sizes follow its height; captions sit in its top-left corner at {@code captionScale} times the
 * palette's size.
 */
public record OverlayArea(double x, double y, double width, double height, double captionScale) {

    /** Where {@code view} shows the video, with captions at the interface's own size. */
    public static OverlayArea of(VideoTransform view) {
        return new OverlayArea(view.offsetX(), view.offsetY(), view.displayWidth(), view.displayHeight(), 1);
    }

    /**
     * A whole exported picture. Its captions grow with pictures taller than 720 lines, so they take the same share
     * of a 1080p video as of a 720p one.
     */
    public static OverlayArea picture(int width, int height) {
        return new OverlayArea(0, 0, width, height, Math.max(1, height / 720.0));
    }
}
