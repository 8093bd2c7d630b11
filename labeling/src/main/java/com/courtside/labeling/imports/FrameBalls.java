package com.courtside.labeling.imports;

import com.courtside.timeline.BallTrack.Visibility;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The ball boxes of one video's images, gathered while a COCO or YOLO dataset is read: which frames have an image,
 * and the best ball box on each. A frame with an image but no ball box is "no ball here" ({@link Visibility#NONE}),
 * as the exports write every sampled frame, a ball or not. Several ball boxes on one image are not refused (a
 * detector's output has them): the highest score wins, else the first, and the others are counted as left out.
 * Columns over the video's frames, as a long match has many thousands of images.
 */
final class FrameBalls {

    private static final byte UNLISTED = 0;
    private static final byte NO_BALL = 1;
    private static final byte BALL = 2;
    /** How near a box edge lies to the frame's edge, in pixels, and still touches it: the formats' rounding. */
    private static final float TOUCH = 0.02f;
    /** The side of the ball's box that Courtside's exports draw (FrameBoxes in export), at 1080p. */
    private static final float DRAWN_AT_1080P = 8f;

    private final int frameWidth;
    private final int frameHeight;
    private final byte[] state;
    private final float[] x;
    private final float[] y;
    private final double[] score;
    private final Map<String, Integer> leftOut = new TreeMap<>();

    /** For a video of {@code frameCount} frames of the given size; a size of 0 is unknown. */
    FrameBalls(int frameCount, int frameWidth, int frameHeight) {
        this.frameWidth = frameWidth;
        this.frameHeight = frameHeight;
        state = new byte[frameCount];
        x = new float[frameCount];
        y = new float[frameCount];
        score = new double[frameCount];
    }

    /** Records that the frame has an image; false when it already had one. */
    boolean image(int frame) {
        if (state[frame] != UNLISTED) {
            return false;
        }
        state[frame] = NO_BALL;
        return true;
    }

    /**
     * A ball box on a frame that has an image, in pixels from the top-left corner; {@code boxScore} is NaN when
     * the box has none (any score beats none).
     */
    void ball(int frame, double bx, double by, double bw, double bh, double boxScore) {
        if (state[frame] == BALL) {
            boolean better = !Double.isNaN(boxScore) && (Double.isNaN(score[frame]) || boxScore > score[frame]);
            leave("extra ball", 1);
            if (!better) {
                return;
            }
        }
        // A ball's box is square: cut by one edge of the frame, its side shows the other way; cut at a corner, it
        // shows neither way, and it is taken to be the box the export draws, or the longer side if that is longer.
        boolean xCut = touches(bx, bw, frameWidth);
        boolean yCut = touches(by, bh, frameHeight);
        double side = xCut && yCut ? Math.max(Math.max(bw, bh), DRAWN_AT_1080P * frameHeight / 1080.0)
                : xCut ? bh : yCut ? bw : 0;
        x[frame] = (float) centre(bx, bw, side, frameWidth);
        y[frame] = (float) centre(by, bh, side, frameHeight);
        score[frame] = boxScore;
        state[frame] = BALL;
    }

    /** Counts boxes of a kind, such as {@code "person"}, that are not imported. */
    void leave(String kind, int count) {
        leftOut.merge(kind, count, Integer::sum);
    }

    /** The frames with an image, in order: the ball's centre where it has a box, else no ball. */
    PointColumns points() {
        PointColumns points = new PointColumns();
        for (int f = 0; f < state.length; f++) {
            if (state[f] == BALL) {
                points.add(f, Visibility.VISIBLE, x[f], y[f]);
            } else if (state[f] == NO_BALL) {
                points.add(f, Visibility.NONE, Float.NaN, Float.NaN);
            }
        }
        return points;
    }

    /** What was counted as left out, in words: "1 extra ball box, 12 person boxes"; "" for nothing. */
    String leftOut() {
        return leftOut.entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey() + (e.getValue() == 1 ? " box" : " boxes"))
                .collect(Collectors.joining(", "));
    }

    /**
     * The ball's centre along one axis. The exports clip a ball's box to the frame, so a ball near an edge has a
     * box shorter than its {@code side}; its centre lies half a side in from the box's end that was not cut.
     */
    private static boolean touches(double start, double size, int frameSize) {
        return frameSize > 0 && (start <= TOUCH || start + size >= frameSize - TOUCH);
    }

    static double centre(double start, double size, double side, int frameSize) {
        if (frameSize <= 0 || size >= side - TOUCH) {
            return start + size / 2;
        }
        boolean cutBefore = start <= TOUCH;
        boolean cutAfter = start + size >= frameSize - TOUCH;
        if (cutBefore && !cutAfter) {
            return start + size - side / 2;
        }
        if (cutAfter && !cutBefore) {
            return start + side / 2;
        }
        return start + size / 2;
    }
}
