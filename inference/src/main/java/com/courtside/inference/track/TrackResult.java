package com.courtside.inference.track;

import com.courtside.timeline.BallTrack;

import java.util.List;
import java.util.function.IntFunction;

/**
 * A whole video's tracking output in columns: the positions in a {@link BallTrack} (detected frames VISIBLE,
 * predicted frames OCCLUDED with the predicted position, frames without a track NONE) and, beside it, which
 * frames were predicted, the confidence and the mode.
 */
public final class TrackResult {

    /** Mode code of a frame without a track. */
    public static final byte NO_MODE = -1;

    private final BallTrack track;
    private final boolean[] predicted;
    private final float[] confidence;
    private final byte[] mode;

    public TrackResult(int frameCount) {
        track = new BallTrack(frameCount);
        predicted = new boolean[frameCount];
        confidence = new float[frameCount];
        mode = new byte[frameCount];
        java.util.Arrays.fill(mode, NO_MODE);
    }

    /** Runs a fresh tracker over frames 0..frameCount-1. */
    public static TrackResult track(TrackerSettings settings, int frameCount, IntFunction<List<Candidate>> candidates) {
        BallTracker tracker = new BallTracker(settings);
        TrackResult result = new TrackResult(frameCount);
        for (int frame = 0; frame < frameCount; frame++) {
            result.record(frame, tracker.update(frame, candidates.apply(frame)));
        }
        return result;
    }

    /** Stores one frame's answer; a null sample clears the frame. */
    public void record(int frame, TrackSample sample) {
        if (sample == null) {
            track.clear(frame);
            predicted[frame] = false;
            confidence[frame] = 0f;
            mode[frame] = NO_MODE;
            return;
        }
        if (sample.frame() != frame) {
            throw new IllegalArgumentException("sample of frame " + sample.frame() + " recorded at " + frame);
        }
        if (sample.detected()) {
            track.set(frame, sample.x(), sample.y());
        } else {
            track.setHidden(frame, BallTrack.Visibility.OCCLUDED, sample.x(), sample.y());
        }
        predicted[frame] = !sample.detected();
        confidence[frame] = sample.confidence();
        mode[frame] = (byte) sample.mode().ordinal();
    }

    /**
     * The offline pass after tracking, which a live tracker cannot do because it needs the frames after a gap.
     * A run of predicted frames between two detected ones is replaced by the straight line between them (the
     * filter's coasting drifts; the ball rarely turns inside a short gap). A predicted run that no detection
     * ends (the track was lost) keeps at most {@code keepAfterLoss} frames.
     *
     * @return the number of frames changed
     */
    public int bridgeGaps(int keepAfterLoss) {
        int n = predicted.length;
        int changed = 0;
        int f = 0;
        while (f < n) {
            if (!predicted[f] || track.visibility(f) == BallTrack.Visibility.NONE) {
                f++;
                continue;
            }
            int start = f;
            while (f < n && predicted[f]) {
                f++;
            }
            int end = f; // first frame after the run
            boolean detectedBefore = start > 0 && isDetected(start - 1);
            boolean detectedAfter = end < n && isDetected(end);
            if (detectedBefore && detectedAfter) {
                float x0 = track.x(start - 1);
                float y0 = track.y(start - 1);
                float x1 = track.x(end);
                float y1 = track.y(end);
                int span = end - (start - 1);
                for (int g = start; g < end; g++) {
                    float t = (g - (start - 1)) / (float) span;
                    track.setHidden(g, BallTrack.Visibility.OCCLUDED, x0 + t * (x1 - x0), y0 + t * (y1 - y0));
                    changed++;
                }
            } else if (!detectedAfter) {
                for (int g = start + keepAfterLoss; g < end; g++) {
                    record(g, null);
                    changed++;
                }
            }
        }
        return changed;
    }

    /**
     * Takes back detections the tracker's gate refused although they lie on the track: where a frame was
     * predicted (or left empty inside a run) but the detector saw a candidate within {@code radiusPx} of the
     * track's position in the frame before or after, that candidate becomes the frame's detected position.
     * For detectors whose single candidate per frame is rarely wrong (a trained model); the tracker, seeing only
     * the past, rejects a true ball after a turn it did not foresee.
     *
     * @param x        candidate x per frame (NaN where there was none)
     * @param minScore candidates scoring less are left alone
     * @return the number of frames taken back
     */
    public int restoreNearTrack(float[] x, float[] y, float[] score, float minScore, double radiusPx) {
        int restored = 0;
        for (int f = 0; f < predicted.length; f++) {
            if (isDetected(f) || Float.isNaN(x[f]) || score[f] < minScore) {
                continue;
            }
            boolean near = (f > 0 && hasBall(f - 1) && Math.hypot(track.x(f - 1) - x[f], track.y(f - 1) - y[f]) <= radiusPx)
                    || (f + 1 < predicted.length && isDetected(f + 1)
                    && Math.hypot(track.x(f + 1) - x[f], track.y(f + 1) - y[f]) <= radiusPx);
            if (near) {
                takeBack(f, x[f], y[f], score[f]);
                restored++;
            }
        }
        return restored;
    }

    /**
     * Takes back weak detections that lie on the track's path: where a frame was predicted and the detector's
     * candidate (however low its score, down to {@code minScore}) lies within {@code radiusPx} of the predicted
     * position, it becomes the frame's detected position. A model's peak drops below its threshold where the ball
     * passes a racket or a hand; where it still sits where the track says the ball is, it is the ball. Run after
     * {@link #bridgeGaps}, whose straight lines are the best guess of the path inside a gap.
     *
     * @return the number of frames taken back
     */
    public int restoreOnPath(float[] x, float[] y, float[] score, float minScore, double radiusPx) {
        int restored = 0;
        for (int f = 0; f < predicted.length; f++) {
            if (!predicted[f] || !hasBall(f) || Float.isNaN(x[f]) || score[f] < minScore) {
                continue;
            }
            if (Math.hypot(track.x(f) - x[f], track.y(f) - y[f]) <= radiusPx) {
                takeBack(f, x[f], y[f], score[f]);
                restored++;
            }
        }
        return restored;
    }

    /**
     * Removes short-lived tracks: every run of frames with a ball that holds fewer than {@code minDetected}
     * detected frames is cleared. A real ball in play is seen for longer; a detector's stray peak on a hand or a
     * racket between rallies starts a track that dies within a few frames.
     *
     * @return the number of frames cleared
     */
    public int dropShortTracks(int minDetected) {
        int n = predicted.length;
        int cleared = 0;
        int f = 0;
        while (f < n) {
            if (!hasBall(f)) {
                f++;
                continue;
            }
            int start = f;
            int detected = 0;
            while (f < n && hasBall(f)) {
                detected += isDetected(f) ? 1 : 0;
                f++;
            }
            if (detected < minDetected) {
                for (int g = start; g < f; g++) {
                    record(g, null);
                    cleared++;
                }
            }
        }
        return cleared;
    }

    private void takeBack(int frame, float x, float y, float score) {
        track.set(frame, x, y);
        predicted[frame] = false;
        confidence[frame] = score;
        if (mode[frame] == NO_MODE) {
            mode[frame] = (byte) TrackMode.RECOVERING.ordinal();
        }
    }

    private boolean isDetected(int frame) {
        return !predicted[frame] && track.visibility(frame) == BallTrack.Visibility.VISIBLE;
    }

    public BallTrack ballTrack() {
        return track;
    }

    public int frameCount() {
        return predicted.length;
    }

    public boolean isPredicted(int frame) {
        return predicted[frame];
    }

    public boolean hasBall(int frame) {
        return track.visibility(frame) != BallTrack.Visibility.NONE;
    }

    public float confidence(int frame) {
        return confidence[frame];
    }

    /** @return the frame's mode, or null where there was no track */
    public TrackMode mode(int frame) {
        return mode[frame] == NO_MODE ? null : TrackMode.values()[mode[frame]];
    }

    /** The predicted-flag column, copied so callers cannot change the result. */
    public boolean[] predictedColumn() {
        return predicted.clone();
    }

    public float[] confidenceColumn() {
        return confidence.clone();
    }
}
