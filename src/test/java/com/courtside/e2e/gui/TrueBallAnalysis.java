package com.courtside.e2e.gui;

import com.courtside.app.gui.Workstation;
import com.courtside.inference.analysis.AnalysisResult;
import com.courtside.inference.track.TrackMode;
import com.courtside.inference.track.TrackResult;
import com.courtside.inference.track.TrackSample;
import com.courtside.timeline.BallTrack;
import com.courtside.timeline.VideoFacts;
import com.courtside.timeline.io.TruthJson;

import java.util.List;

import static com.courtside.e2e.gui.GuiDriver.fx;

/** An "analysis" of the shared clip whose ball is the clip's true ball, kept as a finished analysis would be. */
final class TrueBallAnalysis {

    private TrueBallAnalysis() {
    }

    /** Saves it into the open video's project through the window's labels; returns the true ball. */
    static BallTrack save(Workstation workstation) throws Exception {
        VideoFacts facts = fx(() -> workstation.player().getFacts());
        BallTrack truth = TruthJson.readLabels(TestClips.truthOf(TestClips.shared())).ball();
        TrackResult track = new TrackResult(facts.frameCount());
        for (int f = 0; f < facts.frameCount(); f++) {
            if (truth.isVisible(f)) {
                track.record(f, new TrackSample(f, truth.x(f), truth.y(f), 0.9f, true, TrackMode.NORMAL));
            }
        }
        AnalysisResult result = new AnalysisResult(facts, track, List.of(), "true ball", facts.frameCount(), 1);
        fx(() -> {
            workstation.labels().saveAnalysis(result, "e2e-true-ball", "truth", null);
            return null;
        });
        return truth;
    }
}
