package com.courtside.inference.people;

import com.courtside.inference.video.FrameImage;

import java.nio.ByteBuffer;
import java.util.Random;

/**
 * A fixed camera on a plain floor with a painted line and mild sensor noise, crossed by two upright rectangles
 * ("people") that walk in opposite directions over {@link #FRAMES} frames of 320×180.
 */
final class SyntheticCourt {

    static final int WIDTH = 320;
    static final int HEIGHT = 180;
    static final int FRAMES = 40;

    private SyntheticCourt() {
    }

    /** The true boxes of frame t: {left, top, width, height} for each person. */
    static int[][] people(int t) {
        int a = 20 + t * 6;
        int b = 280 - t * 6;
        return new int[][] {{a, 100, 18, 50}, {b, 40, 22, 60}};
    }

    /** BGR bytes of frame t, row by row; without people when {@code withPeople} is false. */
    static byte[] bgr(int t, boolean withPeople) {
        Random noise = new Random(t);
        byte[] px = new byte[WIDTH * HEIGHT * 3];
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                boolean line = y == 150 || y == 151;
                int n = noise.nextInt(7) - 3;
                int o = 3 * (y * WIDTH + x);
                px[o] = (byte) ((line ? 230 : 90) + n);
                px[o + 1] = (byte) ((line ? 230 : 130) + n);
                px[o + 2] = (byte) ((line ? 230 : 170) + n);
            }
        }
        if (withPeople) {
            int[][] kits = {{40, 40, 200}, {200, 80, 30}};
            int[][] boxes = people(t);
            for (int p = 0; p < boxes.length; p++) {
                int[] b = boxes[p];
                for (int y = b[1]; y < b[1] + b[3]; y++) {
                    for (int x = Math.max(0, b[0]); x < Math.min(WIDTH, b[0] + b[2]); x++) {
                        int o = 3 * (y * WIDTH + x);
                        px[o] = (byte) kits[p][0];
                        px[o + 1] = (byte) kits[p][1];
                        px[o + 2] = (byte) kits[p][2];
                    }
                }
            }
        }
        return px;
    }

    static FrameImage frame(int t, boolean withPeople) {
        byte[] bgr = bgr(t, withPeople);
        FrameImage frame = new FrameImage(WIDTH, HEIGHT);
        ByteBuffer px = frame.pixels();
        for (int i = 0; i < WIDTH * HEIGHT; i++) {
            px.put(4 * i, bgr[3 * i]);
            px.put(4 * i + 1, bgr[3 * i + 1]);
            px.put(4 * i + 2, bgr[3 * i + 2]);
            px.put(4 * i + 3, (byte) 255);
        }
        return frame;
    }

    static float iou(PersonBox box, int[] truth) {
        return box.iou(new PersonBox(truth[0], truth[1], truth[2], truth[3], 1));
    }
}
