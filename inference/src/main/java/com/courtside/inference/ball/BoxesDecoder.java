package com.courtside.inference.ball;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Post-processing for the {@code ball-boxes} contract, in both of its layouts. It returns every box of the ball
 * class scoring at least a floor, best first, rather than only the best one: the tracker chooses among candidates
 * by where the ball should be, which beats the detector's own ranking when a head or a shoe looks like a ball.
 *
 * <p>Positions come back in pixel-index coordinates of the model input (the centre of pixel i is at i), the
 * convention {@link HeatmapDecoder} uses, so both map back to the video the same way. Boxes that overlap a better
 * one by more than {@value #SAME_BALL_IOU} IoU are dropped as the same ball seen twice: YOLO's dense anchors give
 * a cluster of them around every object (its raw export has no NMS), and they would crowd out real alternatives.
 */
public final class BoxesDecoder {

    /** At most this many candidates per frame; more would only slow the tracker's choice. */
    public static final int MAX_CANDIDATES = 16;
    static final float SAME_BALL_IOU = 0.5f;

    /** A candidate: centre and size in model-input pixels, score 0..1. */
    public record Box(float x, float y, float width, float height, float score) {
    }

    /**
     * How DETR class logits become scores. RF-DETR and Deformable DETR train with a sigmoid focal loss, so each
     * class is scored on its own ({@link #SIGMOID}, the default); classic DETR softmaxes over the classes plus a
     * last "no object" class ({@link #SOFTMAX}).
     */
    public enum ClassScores { SIGMOID, SOFTMAX }

    /**
     * The classes of each box: {@code count} scores per box, the ball's at {@code ball}.
     *
     * @param count labels, or labels + 1 where the model has a "no object" or background slot
     */
    public record Classes(int count, int ball) {
        public Classes {
            if (count < 1 || ball < 0 || ball >= count) {
                throw new IllegalArgumentException("ball class " + ball + " is not one of " + count + " classes");
            }
        }
    }

    private BoxesDecoder() {
    }

    /** The ball's class: the label "ball", else "sports ball" (COCO's name), else the first. */
    public static int ballIndex(List<String> labels) {
        if (labels == null) {
            return 0;
        }
        for (String name : List.of("ball", "sports ball")) {
            for (int i = 0; i < labels.size(); i++) {
                if (name.equalsIgnoreCase(labels.get(i).trim())) {
                    return i;
                }
            }
        }
        return 0;
    }

    /**
     * DETR layout: {@code boxes} holds K × (cx, cy, w, h) normalised to 0..1, {@code logits} K × classes.
     *
     * @param width  model input width in pixels
     * @param height model input height in pixels
     */
    public static List<Box> decodeDetr(float[] boxes, float[] logits, Classes classes, ClassScores scores,
                                       int width, int height, float floor) {
        int queries = boxes.length / 4;
        if (boxes.length % 4 != 0 || logits.length != queries * classes.count()) {
            throw new IllegalArgumentException(boxes.length + " box values and " + logits.length
                    + " logits do not make K boxes of 4 values and K rows of " + classes.count() + " classes");
        }
        List<Box> found = new ArrayList<>();
        for (int q = 0; q < queries; q++) {
            float score = score(logits, q * classes.count(), classes, scores);
            if (score >= floor) {
                int b = 4 * q;
                found.add(new Box(boxes[b] * width - 0.5f, boxes[b + 1] * height - 0.5f,
                        boxes[b + 2] * width, boxes[b + 3] * height, score));
            }
        }
        return best(found);
    }

    /**
     * YOLO layout: (4 + classes) channels of A anchors, cx, cy, w, h in input pixels and then one score per class
     * (already sigmoid in Ultralytics exports). {@code anchorsFirst} reads the transposed export, A × (4 + classes).
     */
    public static List<Box> decodeYolo(float[] output, Classes classes, boolean anchorsFirst, float floor) {
        int channels = 4 + classes.count();
        int anchors = output.length / channels;
        if (output.length % channels != 0) {
            throw new IllegalArgumentException(output.length + " values do not make anchors of " + channels
                    + " channels (cx, cy, w, h and " + classes.count() + " class scores)");
        }
        // Value of channel c at anchor a, in either orientation.
        int channelStep = anchorsFirst ? 1 : anchors;
        int anchorStep = anchorsFirst ? channels : 1;
        List<Box> found = new ArrayList<>();
        for (int a = 0; a < anchors; a++) {
            int base = a * anchorStep;
            float score = clamp01(output[base + (4 + classes.ball()) * channelStep]);
            if (score >= floor) {
                found.add(new Box(output[base] - 0.5f, output[base + channelStep] - 0.5f,
                        output[base + 2 * channelStep], output[base + 3 * channelStep], score));
            }
        }
        return best(found);
    }

    private static float score(float[] logits, int row, Classes classes, ClassScores scores) {
        float logit = logits[row + classes.ball()];
        if (scores == ClassScores.SIGMOID) {
            return (float) (1 / (1 + Math.exp(-logit)));
        }
        float max = Float.NEGATIVE_INFINITY;
        for (int c = 0; c < classes.count(); c++) {
            max = Math.max(max, logits[row + c]);
        }
        double sum = 0;
        for (int c = 0; c < classes.count(); c++) {
            sum += Math.exp(logits[row + c] - max);
        }
        return (float) (Math.exp(logit - max) / sum);
    }

    /** A score for the tracker, which takes 0..1; NaN stays NaN and so never passes the floor. */
    private static float clamp01(float v) {
        return v < 0 ? 0 : Math.min(v, 1);
    }

    /** Best first, overlapping duplicates of a better box dropped, at most {@link #MAX_CANDIDATES}. */
    private static List<Box> best(List<Box> found) {
        found.sort(Comparator.comparingDouble(Box::score).reversed());
        List<Box> kept = new ArrayList<>();
        for (Box box : found) {
            if (kept.size() == MAX_CANDIDATES) {
                break;
            }
            if (kept.stream().noneMatch(k -> iou(k, box) > SAME_BALL_IOU)) {
                kept.add(box);
            }
        }
        return List.copyOf(kept);
    }

    static float iou(Box a, Box b) {
        float w = Math.min(a.x() + a.width() / 2, b.x() + b.width() / 2) - Math.max(a.x() - a.width() / 2, b.x() - b.width() / 2);
        float h = Math.min(a.y() + a.height() / 2, b.y() + b.height() / 2) - Math.max(a.y() - a.height() / 2, b.y() - b.height() / 2);
        if (w <= 0 || h <= 0) {
            return 0;
        }
        float inter = w * h;
        return inter / (a.width() * a.height() + b.width() * b.height() - inter);
    }
}
