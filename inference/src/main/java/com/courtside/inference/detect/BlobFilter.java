package com.courtside.inference.detect;

/**
 * Decides which blobs may be the ball and scores them. The ball is small, round or a short streak, bright, and
 * changed strongly; people, shadows and lighting drift fail at least one of those.
 */
final class BlobFilter {

    /** A mean change of this many grey levels counts as full contrast; a ball over a dark floor reaches it. */
    private static final double FULL_CONTRAST = 64;

    private final DetectorSettings settings;

    BlobFilter(DetectorSettings settings) {
        this.settings = settings;
    }

    /** The score of blob {@code i} in 0..1, or a negative number when a filter rejects it. */
    double score(Blobs blobs, int i) {
        int area = blobs.area[i];
        if (area < settings.minArea() || area > settings.maxArea()) {
            return -1;
        }
        int w = blobs.maxX[i] - blobs.minX[i] + 1;
        int h = blobs.maxY[i] - blobs.minY[i] + 1;
        double aspect = (double) Math.max(w, h) / Math.min(w, h);
        // Blobs of one or two pixels have no meaningful shape; a 2×1 box is not a streak.
        if (area > 2 && aspect > settings.maxAspect()) {
            return -1;
        }
        double fill = (double) area / (w * h);
        if (area > 2 && fill < settings.minFill()) {
            return -1;
        }
        double meanLuma = (double) blobs.lumaSum[i] / area;
        if (meanLuma < settings.minLuma()) {
            return -1;
        }
        double contrast = Math.min(1, blobs.weight[i] / (double) area / FULL_CONTRAST);
        // Compactness is 1 for a filled square box and falls for ragged or elongated shapes (limbs, cloth edges).
        double compactness = Math.sqrt(Math.min(1, fill / 0.785) / aspect);
        double brightness = meanLuma / 255;
        // Blobs of a pixel or two are mostly flicker on the edges of moving people; a ball, smeared and spread by
        // the scaler, covers more. A quarter of the largest ball area (80 px at 1080p) counts as full size.
        double size = Math.sqrt(Math.min(1, area / (settings.maxArea() / 4.0)));
        return contrast * compactness * brightness * size;
    }
}
