package com.courtside.export.dataset;

import com.courtside.timeline.BallTrack;
import com.courtside.timeline.players.PersonBoxes;
import com.courtside.timeline.players.PlayerSlot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The frames COCO and YOLO take from a video (every n-th frame whose ball is labelled, with or without a ball, so
 * frames without one teach the detector too) and the boxes in each, in pixels, clipped to the frame: the ball, and
 * the people where their boxes are known. The store keeps the ball's centre, not its extent, so its box is a
 * square of {@value #BALL_BOX_AT_1080P} px at 1080p scaled with the frame height, the box Courtside's analysis
 * writes in its trajectory JSON.
 */
final class FrameBoxes {

    static final float BALL_BOX_AT_1080P = 8f;

    /** What a box holds; the ordinal is the YOLO class, the ordinal + 1 the COCO category id. */
    enum Category {
        BALL, PERSON;

        String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** A box by its top-left corner and size; slot and track are a person's (null and -1 for the ball). */
    record Box(Category category, float x, float y, float width, float height, PlayerSlot slot, int track) {
    }

    private FrameBoxes() {
    }

    /** Every {@code step}-th labelled frame, counting from the first. */
    static int[] sampled(boolean[] labelled, int step) {
        int[] out = new int[labelled.length];
        int n = 0;
        int seen = 0;
        for (int f = 0; f < labelled.length; f++) {
            if (labelled[f] && seen++ % step == 0) {
                out[n++] = f;
            }
        }
        return Arrays.copyOf(out, n);
    }

    static List<Box> at(int frame, BallTrack ball, PersonBoxes people, int width, int height) {
        List<Box> boxes = new ArrayList<>();
        if (ball.isVisible(frame)) {
            float half = BALL_BOX_AT_1080P * height / 1080f / 2;
            clipped(Category.BALL, ball.x(frame) - half, ball.y(frame) - half, 2 * half, 2 * half, null, -1,
                    width, height, boxes);
        }
        for (int i = people.first(frame); i < people.end(frame); i++) {
            clipped(Category.PERSON, people.x(i), people.y(i), people.width(i), people.height(i), people.slot(i),
                    people.track(i), width, height, boxes);
        }
        return boxes;
    }

    private static void clipped(Category category, float x, float y, float w, float h, PlayerSlot slot, int track,
                                int width, int height, List<Box> out) {
        float x0 = Math.max(0, x);
        float y0 = Math.max(0, y);
        float x1 = Math.min(width, x + w);
        float y1 = Math.min(height, y + h);
        if (x1 > x0 && y1 > y0) {
            out.add(new Box(category, x0, y0, x1 - x0, y1 - y0, slot, track));
        }
    }
}
