package com.courtside.inference.detect;

import com.courtside.inference.video.FrameImage;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The classical ball detector, for footage no model fits: small bright blobs that move, found from the
 * differences of three consecutive frames. Feed it frames in order with {@link #push}; once it holds three it
 * answers for the middle one, so its answers lag one frame behind. Frames may be scaled down for analysis; the
 * candidates are reported in source-video pixels. Not thread-safe: one owner thread, like the decoder it follows.
 */
public final class MovingBlobDetector {

    private final DetectorSettings settings;
    private final BlobFilter filter;
    private final int sourceWidth;
    private final int sourceHeight;
    /** Oldest to newest: t−1, t, t+1. Reused; the oldest is refilled with each new frame. */
    private final LumaFrame[] window = new LumaFrame[3];
    private int held;
    private int nextIndex;
    private MotionMask mask;
    private Blobs blobs;
    private final int[] topIds;
    private final double[] topScores;

    /**
     * @param settings     thresholds for the analysis frames this detector will be fed
     * @param sourceWidth  width of the source video, to which coordinates are scaled back
     * @param sourceHeight height of the source video
     */
    public MovingBlobDetector(DetectorSettings settings, int sourceWidth, int sourceHeight) {
        if (sourceWidth < 1 || sourceHeight < 1) {
            throw new IllegalArgumentException("source size must be positive: " + sourceWidth + "×" + sourceHeight);
        }
        this.settings = settings;
        this.filter = new BlobFilter(settings);
        this.sourceWidth = sourceWidth;
        this.sourceHeight = sourceHeight;
        this.topIds = new int[settings.topK()];
        this.topScores = new double[settings.topK()];
    }

    /** A detector with default settings for frames decoded at {@code analysisWidth × analysisHeight}. */
    public static MovingBlobDetector forAnalysis(int analysisWidth, int analysisHeight, int sourceWidth,
                                                 int sourceHeight) {
        return new MovingBlobDetector(DetectorSettings.forVideo(analysisWidth, analysisHeight), sourceWidth,
                sourceHeight);
    }

    public DetectorSettings settings() {
        return settings;
    }

    /**
     * Takes the next frame and answers for the one before it. Empty until three consecutive frames are held; a
     * frame whose index does not follow the previous one (a seek) starts the window again. Frames without an
     * index (−1) are numbered on from the last.
     */
    public Optional<FrameCandidates> push(FrameImage frame) {
        int index = frame.index() >= 0 ? frame.index() : nextIndex;
        if (window[0] == null || !window[0].fits(frame)) {
            allocate(frame.width(), frame.height());
        } else if (held > 0 && index != window[2].frame() + 1) {
            held = 0;
        }
        LumaFrame reuse = window[0];
        window[0] = window[1];
        window[1] = window[2];
        window[2] = reuse;
        reuse.load(frame, index);
        nextIndex = index + 1;
        held = Math.min(3, held + 1);
        if (held < 3) {
            return Optional.empty();
        }
        return Optional.of(detect());
    }

    /** Forgets the frames held, e.g. after a seek or a scene cut. */
    public void reset() {
        held = 0;
    }

    private void allocate(int width, int height) {
        for (int i = 0; i < 3; i++) {
            window[i] = new LumaFrame(width, height);
        }
        mask = new MotionMask(width, height);
        blobs = new Blobs(width, height);
        held = 0;
    }

    private FrameCandidates detect() {
        LumaFrame now = window[1];
        mask.compute(window[0], now, window[2], settings.diffThreshold(), settings.brighterOnly());
        blobs.find(mask.strength(), now.luma());
        int kept = selectTop();
        double sx = (double) sourceWidth / now.width();
        double sy = (double) sourceHeight / now.height();
        List<BallCandidate> out = new ArrayList<>(kept);
        for (int k = 0; k < kept; k++) {
            int i = topIds[k];
            double w = blobs.weight[i];
            // +0.5: pixel i's centre lies at i + 0.5 in continuous coordinates, in both frames, so scaling is exact.
            double x = (blobs.weightedX[i] / w + 0.5) * sx;
            double y = (blobs.weightedY[i] / w + 0.5) * sy;
            out.add(new BallCandidate((float) x, (float) y, (float) topScores[k], blobs.area[i]));
        }
        return new FrameCandidates(now.frame(), out);
    }

    /** Keeps the K best-scoring blobs in {@link #topIds}, best first, by insertion; K is small. */
    private int selectTop() {
        int kept = 0;
        int k = topIds.length;
        for (int i = 0; i < blobs.count(); i++) {
            double s = filter.score(blobs, i);
            if (s < settings.minScore() || (kept == k && s <= topScores[k - 1])) {
                continue;
            }
            int j = kept < k ? kept++ : k - 1;
            while (j > 0 && topScores[j - 1] < s) {
                topScores[j] = topScores[j - 1];
                topIds[j] = topIds[j - 1];
                j--;
            }
            topScores[j] = s;
            topIds[j] = i;
        }
        return kept;
    }
}
