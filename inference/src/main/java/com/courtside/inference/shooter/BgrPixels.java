package com.courtside.inference.shooter;

import com.courtside.inference.video.FrameImage;

import java.nio.ByteBuffer;

/**
 * A frame's pixels as blue, green, red (and alpha, ignored) bytes, row after row {@code stride} bytes apart: the
 * decoder's BGRA {@link FrameImage} or a packed BGR image from elsewhere.
 *
 * @param pixelBytes 3 for BGR, 4 for BGRA
 */
public record BgrPixels(ByteBuffer pixels, int width, int height, int stride, int pixelBytes) {

    public BgrPixels {
        if (pixelBytes != 3 && pixelBytes != 4) {
            throw new IllegalArgumentException("pixels are BGR (3 bytes) or BGRA (4), got " + pixelBytes);
        }
        if (width < 1 || height < 1 || stride < width * pixelBytes) {
            throw new IllegalArgumentException("a " + width + "×" + height + " image needs a stride of at least "
                    + width * pixelBytes + " bytes, got " + stride);
        }
        if (pixels.limit() < (long) stride * (height - 1) + (long) width * pixelBytes) {
            throw new IllegalArgumentException("the buffer holds " + pixels.limit() + " bytes, too few for "
                    + width + "×" + height + " at stride " + stride);
        }
    }

    public static BgrPixels of(FrameImage frame) {
        return new BgrPixels(frame.pixels(), frame.width(), frame.height(), frame.stride(), 4);
    }

    /** Byte offset of pixel (x, y); blue is there, green at +1, red at +2. */
    public int offset(int x, int y) {
        return y * stride + x * pixelBytes;
    }
}
