package com.courtside.export.cut;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;

/**
 * Draws over the frames of a re-encode or a follow-cam render, such as the labels burnt in. The cutter hands it a
 * transparent ARGB layer the size of the output picture for each frame written, in frame order, on the cutting
 * thread, and blends what was drawn into the picture before it is encoded. Stream copy never decodes the frames,
 * so it cannot carry an overlay.
 */
public interface FrameOverlay {

    /**
     * Draws the overlay of source frame {@code sourceFrame} onto {@code layer}.
     *
     * @param layer     a {@link BufferedImage#TYPE_INT_ARGB} picture, fully transparent when called; reused for the
     *                  next frame, so drawing outside the returned rectangle is not allowed
     * @param placement where the frame's source pixels lie in the picture
     * @return the part of the layer drawn on, in picture pixels (a bounding box is fine); empty when nothing was
     */
    Rectangle paint(int sourceFrame, BufferedImage layer, FramePlacement placement);
}
