package com.courtside.inference.shooter;

import com.courtside.timeline.players.PersonBoxes;
import com.courtside.timeline.players.Shot;

import java.nio.FloatBuffer;

/**
 * The shooter contract's track input for one shot: {@code [16, 14, 14, 18]} float32, frame by frame (the window's
 * slots), row (y) then column (x) of the 16×16-pixel patches of the 224×224 model frame, then the 18 channels of
 * DESIGN.md. Boxes and the shot origin are mapped from source pixels to 224 space on both axes, as the frames are
 * squashed.
 *
 * <p>Presence (channels 0–12, by the box's {@link com.courtside.timeline.players.PlayerSlot#channel()}): a person
 * marks every patch its box, clipped to the frame, covers by at least a quarter of the patch's area, and always the
 * patch holding the centre of the clipped box, so a person far from the camera, smaller than a patch, is still seen.
 * A box wholly outside the frame marks nothing. Channel 17 is the highest confidence among the boxes marking a patch.
 *
 * <p>The shot channels (13–16) are the same in every frame: the origin is where the ball left the hands, and a model
 * relates each frame's people to it. An origin outside the frame is clamped to its edge patch.
 */
public final class TrackHeatmaps {

    public static final int SIZE = 224;
    public static final int PATCH = 16;
    public static final int GRID = SIZE / PATCH;
    public static final int CHANNELS = 18;
    public static final int ORIGIN = 13;
    public static final int ORIGIN_X = 14;
    public static final int ORIGIN_Y = 15;
    public static final int DISTANCE = 16;
    public static final int CONFIDENCE = 17;
    /** Distance, in 224-space pixels, at which channel 16 saturates at 1. */
    public static final float DISTANCE_SCALE = 128f;
    public static final int PER_FRAME = GRID * GRID * CHANNELS;
    public static final int LENGTH = ShooterWindow.FRAMES * PER_FRAME;
    /** The least overlap, as a share of a patch's area, for a box to mark the patch. */
    public static final float MIN_COVER = 0.25f;

    private final float scaleX;
    private final float scaleY;

    /** Heatmaps for footage whose frames are {@code frameWidth × frameHeight} pixels. */
    public TrackHeatmaps(int frameWidth, int frameHeight) {
        if (frameWidth < 1 || frameHeight < 1) {
            throw new IllegalArgumentException("frame size must be positive, got " + frameWidth + "×" + frameHeight);
        }
        scaleX = (float) SIZE / frameWidth;
        scaleY = (float) SIZE / frameHeight;
    }

    /** Index of one value in the flat array. */
    public static int index(int slot, int row, int column, int channel) {
        return ((slot * GRID + row) * GRID + column) * CHANNELS + channel;
    }

    /** The heatmaps of {@code shot} over its {@code window}, a new array of {@link #LENGTH} floats. */
    public float[] build(PersonBoxes boxes, Shot shot, ShooterWindow window) {
        float[] out = new float[LENGTH];
        fill(boxes, shot, window, out);
        return out;
    }

    /** Writes the heatmaps at {@code offset} floats into {@code target}, for a batch input; its position stays. */
    public void write(PersonBoxes boxes, Shot shot, ShooterWindow window, FloatBuffer target, int offset) {
        target.put(offset, build(boxes, shot, window));
    }

    private void fill(PersonBoxes boxes, Shot shot, ShooterWindow window, float[] out) {
        float ox = clamp(shot.originX() * scaleX, 0, Math.nextDown((float) SIZE));
        float oy = clamp(shot.originY() * scaleY, 0, Math.nextDown((float) SIZE));
        int originColumn = (int) (ox / PATCH);
        int originRow = (int) (oy / PATCH);
        for (int s = 0; s < ShooterWindow.FRAMES; s++) {
            for (int r = 0; r < GRID; r++) {
                for (int c = 0; c < GRID; c++) {
                    float dx = c * PATCH + PATCH / 2f - ox;
                    float dy = r * PATCH + PATCH / 2f - oy;
                    out[index(s, r, c, DISTANCE)] = Math.min(1f, (float) Math.hypot(dx, dy) / DISTANCE_SCALE);
                }
            }
            out[index(s, originRow, originColumn, ORIGIN)] = 1f;
            out[index(s, originRow, originColumn, ORIGIN_X)] = (ox - originColumn * PATCH) / PATCH;
            out[index(s, originRow, originColumn, ORIGIN_Y)] = (oy - originRow * PATCH) / PATCH;
            int f = window.frame(s);
            for (int i = boxes.first(f), end = boxes.end(f); i < end; i++) {
                mark(boxes, i, s, out);
            }
        }
    }

    private void mark(PersonBoxes boxes, int i, int slot, float[] out) {
        float x0 = clamp(boxes.x(i) * scaleX, 0, SIZE);
        float y0 = clamp(boxes.y(i) * scaleY, 0, SIZE);
        float x1 = clamp((boxes.x(i) + boxes.width(i)) * scaleX, 0, SIZE);
        float y1 = clamp((boxes.y(i) + boxes.height(i)) * scaleY, 0, SIZE);
        if (x1 <= x0 || y1 <= y0) {
            return;
        }
        int channel = boxes.slot(i).channel();
        float confidence = boxes.confidence(i);
        float least = MIN_COVER * PATCH * PATCH;
        int centreColumn = Math.min(GRID - 1, (int) ((x0 + x1) / 2 / PATCH));
        int centreRow = Math.min(GRID - 1, (int) ((y0 + y1) / 2 / PATCH));
        for (int r = (int) (y0 / PATCH), rEnd = Math.min(GRID - 1, (int) (y1 / PATCH)); r <= rEnd; r++) {
            float coverY = Math.min(y1, (r + 1) * PATCH) - Math.max(y0, r * PATCH);
            for (int c = (int) (x0 / PATCH), cEnd = Math.min(GRID - 1, (int) (x1 / PATCH)); c <= cEnd; c++) {
                float coverX = Math.min(x1, (c + 1) * PATCH) - Math.max(x0, c * PATCH);
                if (coverX * coverY >= least || r == centreRow && c == centreColumn) {
                    out[index(slot, r, c, channel)] = 1f;
                    int k = index(slot, r, c, CONFIDENCE);
                    out[k] = Math.max(out[k], confidence);
                }
            }
        }
    }

    private static float clamp(float v, float lo, float hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
