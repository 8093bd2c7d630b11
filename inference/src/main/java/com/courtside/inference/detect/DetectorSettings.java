package com.courtside.inference.detect;

/**
 * Thresholds of the moving-blob ball detector, in analysis-frame units.
 *
 * @param diffThreshold grey levels a pixel must differ from both neighbouring frames to count as moving
 * @param brighterOnly  keep only pixels brighter at t than at t−1 and t+1 (a white or orange ball over a darker
 *                      scene); off, a pixel counts when it differs the same way from both neighbours
 * @param minArea       smallest blob kept, pixels
 * @param maxArea       largest blob kept, pixels; players and their limbs are larger
 * @param maxAspect     longest over shortest bounding-box side; a motion-blurred streak is up to about 4:1
 * @param minFill       blob area over its bounding-box area; ragged edges of moving people fill little of their box
 * @param minLuma       mean brightness (0..255) a blob must have at t
 * @param minScore      candidates scoring below this are dropped (score is 0..1)
 * @param topK          at most this many candidates per frame
 */
public record DetectorSettings(int diffThreshold, boolean brighterOnly, int minArea, int maxArea, float maxAspect,
                               float minFill, int minLuma, float minScore, int topK) {

    /** Ball size limits at 1080p: a 3–8 px ball, smeared up to about 4:1 by the shutter. */
    private static final double MIN_AREA_1080 = 3;
    private static final double MAX_AREA_1080 = 320;

    public DetectorSettings {
        if (diffThreshold < 1 || diffThreshold > 254) {
            throw new IllegalArgumentException("diffThreshold must be 1..254: " + diffThreshold);
        }
        if (minArea < 1 || maxArea < minArea) {
            throw new IllegalArgumentException("need 1 <= minArea <= maxArea: " + minArea + ", " + maxArea);
        }
        if (maxAspect < 1) {
            throw new IllegalArgumentException("maxAspect must be at least 1: " + maxAspect);
        }
        if (minFill < 0 || minFill > 1 || minScore < 0 || minLuma < 0 || minLuma > 255) {
            throw new IllegalArgumentException("minFill and minScore must be 0..1, minLuma 0..255");
        }
        if (topK < 1) {
            throw new IllegalArgumentException("topK must be positive: " + topK);
        }
    }

    /**
     * Defaults for analysis frames of {@code width × height}. Areas scale with the square of the height relative
     * to 1080p; the threshold sits above what ±8 grey levels of sensor noise can produce between two frames.
     */
    public static DetectorSettings forVideo(int width, int height) {
        if (width < 8 || height < 8) {
            throw new IllegalArgumentException("analysis frame too small: " + width + "×" + height);
        }
        double s2 = Math.pow(height / 1080.0, 2);
        int minArea = (int) Math.max(1, Math.floor(MIN_AREA_1080 * s2));
        int maxArea = (int) Math.max(minArea + 4, Math.round(MAX_AREA_1080 * s2));
        return new DetectorSettings(18, true, minArea, maxArea, 4.5f, 0.3f, 70, 0.02f, 5);
    }

    public DetectorSettings withTopK(int k) {
        return new DetectorSettings(diffThreshold, brighterOnly, minArea, maxArea, maxAspect, minFill, minLuma,
                minScore, k);
    }

    public DetectorSettings withBrighterOnly(boolean on) {
        return new DetectorSettings(diffThreshold, on, minArea, maxArea, maxAspect, minFill, minLuma, minScore, topK);
    }
}
