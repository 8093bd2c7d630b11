package com.courtside.inference.analysis;

import com.courtside.inference.track.TrackResult;
import com.courtside.timeline.VideoFacts;

/** The ball found in a video: the per-frame track and how it was made. */
public record AnalysisResult(VideoFacts facts, TrackResult track, String method, int trackedFrames, long elapsedNanos) {

    public double framesPerSecond() {
        return elapsedNanos <= 0 ? 0 : facts.frameCount() / (elapsedNanos / 1e9);
    }
}
