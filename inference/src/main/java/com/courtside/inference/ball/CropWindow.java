package com.courtside.inference.ball;

import com.courtside.inference.video.FrameImage;

import java.nio.ByteBuffer;
import java.nio.FloatBuffer;

/**
 * The rectangle of a full-resolution frame that TTNet's local stage sees: the model's input size, centred on the
 * global estimate and moved inside the frame where the estimate lies near an edge. The local model's pixels are the
 * video's, so a local peak maps back by adding the origin. {@code tools/train/train_local.py} places its training
 * crops by the same rule ({@code crop_origin}).
 *
 * @param x      left column in video pixels
 * @param y      top row in video pixels
 * @param width  the local model's input width
 * @param height the local model's input height
 */
public record CropWindow(int x, int y, int width, int height) {

    public CropWindow {
        if (x < 0 || y < 0 || width <= 0 || height <= 0) {
            throw new IllegalArgumentException("crop " + width + "x" + height + " at (" + x + ", " + y + ")");
        }
    }

    /** Whether a crop of {@code width × height} fits in a frame of {@code frameWidth × frameHeight}. */
    public static boolean fits(int width, int height, int frameWidth, int frameHeight) {
        return width <= frameWidth && height <= frameHeight;
    }

    /**
     * The crop centred on ({@code cx}, {@code cy}) (video pixels, rounded half up), clamped inside the frame.
     *
     * @throws IllegalArgumentException when the frame is smaller than the crop
     */
    public static CropWindow around(double cx, double cy, int width, int height, int frameWidth, int frameHeight) {
        if (!fits(width, height, frameWidth, frameHeight)) {
            throw new IllegalArgumentException("a " + frameWidth + "x" + frameHeight + " frame has no room for a "
                    + width + "x" + height + " crop");
        }
        return new CropWindow(origin(cx, width, frameWidth), origin(cy, height, frameHeight), width, height);
    }

    private static int origin(double centre, int size, int frameSize) {
        long start = Math.round(centre) - size / 2;
        return (int) Math.max(0, Math.min(frameSize - size, start));
    }

    /**
     * Writes this rectangle of {@code frame} as R, G and B planes of values in 0..1 (the heatmap contract's layout)
     * into {@code out} from its position, and advances the position past them.
     */
    public void toPlanes(FrameImage frame, FloatBuffer out) {
        if (x + width > frame.width() || y + height > frame.height()) {
            throw new IllegalArgumentException(this + " does not fit a " + frame.width() + "x" + frame.height() + " frame");
        }
        ByteBuffer bgra = frame.pixels();
        int plane = width * height;
        int red = out.position();
        int green = red + plane;
        int blue = green + plane;
        byte[] row = new byte[width * 4];
        for (int r = 0; r < height; r++) {
            bgra.position(((y + r) * frame.width() + x) * 4);
            bgra.get(row);
            int o = r * width;
            for (int c = 0; c < width; c++) {
                int b = c * 4;
                out.put(blue + o + c, (row[b] & 0xff) / 255f);
                out.put(green + o + c, (row[b + 1] & 0xff) / 255f);
                out.put(red + o + c, (row[b + 2] & 0xff) / 255f);
            }
        }
        out.position(red + 3 * plane);
    }
}
