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
