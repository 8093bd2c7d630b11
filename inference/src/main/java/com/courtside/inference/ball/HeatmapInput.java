package com.courtside.inference.ball;

import com.courtside.inference.video.FrameImage;

import java.nio.ByteBuffer;
import java.nio.FloatBuffer;

/**
 * Pre-processing for the {@code ball-heatmap} contract: F frames, oldest first, as one {@code [1, 3·F, H, W]}
 * float tensor of RGB planes divided by 255 (TTNet's input). Frames come from the decoder already at the model's
 * size, so this is a pure re-layout from packed BGRA.
 */
public final class HeatmapInput {

    private final int frames;
    private final int width;
    private final int height;
    private final float[] data;

    public HeatmapInput(int frames, int width, int height) {
        this.frames = frames;
        this.width = width;
        this.height = height;
        this.data = new float[3 * frames * width * height];
    }

    public long[] shape() {
        return new long[] {1, 3L * frames, height, width};
    }

    /** Writes frame {@code slot} (0 = oldest) of the window. */
    public void put(int slot, FrameImage frame) {
        if (frame.width() != width || frame.height() != height) {
            throw new IllegalArgumentException("frame is " + frame.width() + "x" + frame.height()
                    + ", the model takes " + width + "x" + height);
        }
        toPlanes(frame, data, 3 * slot * width * height);
    }

    /** Writes one frame as R, G and B planes of values in 0..1 into {@code out} from {@code offset}. */
    public static void toPlanes(FrameImage frame, float[] out, int offset) {
        ByteBuffer bgra = frame.pixels();
        int plane = frame.width() * frame.height();
        int red = offset;
        int green = red + plane;
        int blue = green + plane;
        for (int i = 0; i < plane; i++) {
            int o = i * 4;
            out[blue + i] = (bgra.get(o) & 0xff) / 255f;
            out[green + i] = (bgra.get(o + 1) & 0xff) / 255f;
            out[red + i] = (bgra.get(o + 2) & 0xff) / 255f;
        }
    }

    public FloatBuffer buffer() {
        return FloatBuffer.wrap(data);
    }

    /** One value, for tests: channel c of frame slot s at (x, y). */
    float valueAt(int slot, int channel, int x, int y) {
        return data[((3 * slot + channel) * height + y) * width + x];
    }
}
