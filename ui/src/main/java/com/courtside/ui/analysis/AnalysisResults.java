package com.courtside.ui.analysis;

import com.courtside.inference.analysis.AnalysisResult;
import com.courtside.inference.track.TrackResult;
import com.courtside.timeline.EventKind;
import com.courtside.timeline.LabelSet;
import com.courtside.timeline.MatchEvent;
import com.courtside.timeline.VideoFacts;
import com.courtside.ui.overlay.LabelLayer;
import com.courtside.ui.overlay.TrackDetail;

import java.util.List;
import java.util.Locale;

/** An analysis result as the window shows it: a label layer over the video, and one line for the status bar. */
final class AnalysisResults {

    private AnalysisResults() {
    }

    /** The layer "Ball analysis · {@code analyzerLabel}" with the track, its predicted frames and confidence. */
    static LabelLayer layerOf(AnalysisResult result, String analyzerLabel) {
        VideoFacts facts = result.facts();
        TrackResult track = result.track();
        LabelSet labels = new LabelSet(analyzerLabel, facts.width(), facts.height(), facts.fps(), track.ballTrack(),
                result.events(), List.of());
        return new LabelLayer(AnalysisViewModel.LAYER_NAME, labels,
                new TrackDetail(track.predictedColumn(), track.confidenceColumn()));
    }

    /**
     * "Ball in 1064 of 1800 frames (738 detected, 326 predicted) · 4 bounces, 1 net · 197 frames/s"; a kept result
     * says so instead of a speed.
     */
    static String summary(AnalysisResult result, boolean kept) {
        TrackResult track = result.track();
        int total = track.frameCount();
        int found = 0;
        int predicted = 0;
        for (int f = 0; f < total; f++) {
            if (track.hasBall(f)) {
                found++;
                if (track.isPredicted(f)) {
                    predicted++;
                }
            }
        }
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT,
                "Ball in %d of %d frames (%d detected, %d predicted)", found, total, found - predicted, predicted));
        long bounces = count(result.events(), EventKind.BOUNCE);
        long nets = count(result.events(), EventKind.NET);
        s.append(" · ").append(plural(bounces, "bounce", "bounces")).append(", ").append(plural(nets, "net", "nets"));
        if (kept) {
            s.append(" · kept from an earlier run");
        } else if (result.elapsedNanos() > 0) {
            s.append(String.format(Locale.ROOT, " · %.0f frames/s", result.framesPerSecond()));
        }
        return s.toString();
    }

    private static long count(List<MatchEvent> events, EventKind kind) {
        return events.stream().filter(e -> e.kind() == kind).count();
    }

    private static String plural(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
