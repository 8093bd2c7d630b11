package com.courtside.ui.video;

import com.courtside.inference.video.FrameImage;

import java.util.function.Consumer;
import java.util.function.ToIntFunction;

/**
 * A surface that shows decoded frames. A reader is handed a sink that copies a {@link FrameImage} to the screen
 * buffer and returns the index it copied, or -1; all calls are on the FX thread.
 */
public interface FrameDisplay {

    /** Makes ready for a video of this size and its proxy; shows nothing until the first frame. */
    void prepare(int width, int height, int proxyWidth, int proxyHeight);

    /** Shows a full-resolution frame; returns its index, or -1 when the reader had none. */
    int showExact(ToIntFunction<Consumer<FrameImage>> reader);

    /** Shows a proxy stand-in; returns its index, or -1 when the reader had none. */
    int showProxy(ToIntFunction<Consumer<FrameImage>> reader);

    /** Receives the size, in device pixels, at which the picture is shown now. */
    interface SizeListener {
        void displaySizeChanged(int width, int height);
    }

    /**
     * Tells {@code listener} the picture's size on screen now (if known) and whenever it settles on a new one, so
     * frames can be decoded at that size. Replaces any earlier listener.
     */
    default void setSizeListener(SizeListener listener) {
    }
}
