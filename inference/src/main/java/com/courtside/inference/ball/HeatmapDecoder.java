package com.courtside.inference.ball;

/**
 * Post-processing for the {@code ball-heatmap} contract: the output row holds W values for x then H values for y;
 * the ball is at the peak of each, refined to sub-pixel precision by the centroid of the values around the peak.
 * Confidence is the smaller of the two peaks, so a ball seen on one axis only is not trusted.
 */
public final class HeatmapDecoder {

    /** A decoded position in model pixels. */
    public record Peak(float x, float y, float confidence) {
    }

    private static final int REFINE_RADIUS = 2;

    private HeatmapDecoder() {
    }

    public static Peak decode(float[] row, int width, int height) {
        if (row.length != width + height) {
            throw new IllegalArgumentException("heatmap row has " + row.length + " values, expected " + (width + height));
        }
        int px = argmax(row, 0, width);
        int py = argmax(row, width, height);
        float confidence = Math.min(row[px], row[width + py]);
        return new Peak(refine(row, 0, width, px), refine(row, width, height, py), confidence);
    }

    private static int argmax(float[] values, int from, int length) {
        int best = 0;
        for (int i = 1; i < length; i++) {
            if (values[from + i] > values[from + best]) {
                best = i;
            }
        }
        return best;
    }

    private static float refine(float[] values, int from, int length, int peak) {
        double sum = 0;
        double weighted = 0;
        for (int i = Math.max(0, peak - REFINE_RADIUS); i <= Math.min(length - 1, peak + REFINE_RADIUS); i++) {
            double v = values[from + i];
            sum += v;
            weighted += v * i;
        }
        return sum > 0 ? (float) (weighted / sum) : peak;
    }
}
