package com.courtside.inference.analysis;

import com.courtside.inference.track.TrackResult;
import com.courtside.timeline.MatchEvent;
import com.courtside.timeline.VideoFacts;

import java.util.List;

/**
 * The ball found in a video: the per-frame track, the events read from it, and how it was made; with a model's
 * event head, its raw scores per frame (null otherwise, and after a cache hit).
 */
public record AnalysisResult(VideoFacts facts, TrackResult track, List<MatchEvent> events, String method,
                             int trackedFrames, long elapsedNanos, StageTimes stages, EventScores eventScores) {

    public AnalysisResult(VideoFacts facts, TrackResult track, List<MatchEvent> events, String method,
                          int trackedFrames, long elapsedNanos, StageTimes stages) {
        this(facts, track, events, method, trackedFrames, elapsedNanos, stages, null);
    }

    public AnalysisResult(VideoFacts facts, TrackResult track, List<MatchEvent> events, String method,
                          int trackedFrames, long elapsedNanos) {
        this(facts, track, events, method, trackedFrames, elapsedNanos, StageTimes.NONE);
    }

    public double framesPerSecond() {
        return elapsedNanos <= 0 ? 0 : facts.frameCount() / (elapsedNanos / 1e9);
    }
}
