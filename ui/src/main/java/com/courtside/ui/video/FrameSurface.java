package com.courtside.ui.video;

import com.courtside.inference.video.FrameImage;
import javafx.geometry.Rectangle2D;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.function.Consumer;
import java.util.function.ToIntFunction;

/**
 * One screen image backed by a direct BGRA buffer ({@link PixelBuffer}): a decoded frame is copied in with one
 * bulk put and JavaFX uploads it without conversion. Frames arrive at the size the picture is shown (the decoder
 * scales them), so the screen only blits them. Our frames are opaque, so premultiplied equals straight.
 */
final class FrameSurface {

    private final int width;
    private final int height;
    private final ByteBuffer buffer;
    private final PixelBuffer<ByteBuffer> pixels;
    private final WritableImage image;
    private boolean copied;
    private int offeredWidth;
    private int offeredHeight;

    FrameSurface(int width, int height) {
        this.width = width;
        this.height = height;
        this.buffer = ByteBuffer.allocateDirect(width * height * 4).order(ByteOrder.nativeOrder());
        this.pixels = new PixelBuffer<>(width, height, buffer, PixelFormat.getByteBgraPreInstance());
        this.image = new WritableImage(pixels);
    }

    WritableImage image() {
        return image;
    }

    boolean fits(int w, int h) {
        return w == width && h == height;
    }

    /** Size of the last frame offered that did not fit, or 0: the size a new surface should have. */
    int offeredWidth() {
        return offeredWidth;
    }

    int offeredHeight() {
        return offeredHeight;
    }

    /** Runs {@code reader} with a sink into this surface; marks the image changed only when a frame was copied. */
    int fill(ToIntFunction<Consumer<FrameImage>> reader) {
        int[] index = {-1};
        copied = false;
        offeredWidth = 0;
        offeredHeight = 0;
        pixels.updateBuffer(b -> {
            index[0] = reader.applyAsInt(this::copy);
            return copied ? null : Rectangle2D.EMPTY;
        });
        return copied ? index[0] : -1;
    }

    private void copy(FrameImage frame) {
        if (frame.width() != width || frame.height() != height) {
            offeredWidth = frame.width(); // a frame of another output size (or a late one of the previous video)
            offeredHeight = frame.height();
            return;
        }
        buffer.clear();
        buffer.put(frame.pixels());
        buffer.clear();
        copied = true;
    }
}
