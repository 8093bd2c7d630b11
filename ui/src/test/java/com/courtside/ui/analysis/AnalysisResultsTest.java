package com.courtside.ui.analysis;

import com.courtside.inference.analysis.AnalysisResult;
import com.courtside.inference.analysis.BallAnalyzer;
import com.courtside.inference.analysis.ModelRunException;
import com.courtside.inference.onnx.ModelLoadException;
import com.courtside.inference.track.TrackMode;
import com.courtside.inference.track.TrackResult;
import com.courtside.inference.track.TrackSample;
import com.courtside.inference.video.VideoOpenException;
import com.courtside.timeline.EventKind;
import com.courtside.timeline.FileSignature;
import com.courtside.timeline.MatchEvent;
import com.courtside.timeline.Rational;
import com.courtside.timeline.VideoFacts;
import com.courtside.ui.overlay.LabelLayer;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AnalysisResultsTest {

    private static AnalysisResult result() {
        TrackResult track = new TrackResult(4);
        track.record(0, new TrackSample(0, 10, 20, 0.9f, true, TrackMode.NORMAL));
        track.record(1, new TrackSample(1, 12, 22, 0.4f, false, TrackMode.RECOVERING));
        track.record(2, new TrackSample(2, 14, 24, 0.8f, true, TrackMode.NORMAL));
        VideoFacts facts = new VideoFacts(Path.of("/videos/match.mp4"), "mp4", "h264", 1280, 720, 4, 4,
                Rational.of(30, 1), Rational.of(1, 15360), 0, 133_333, true,
                new FileSignature("match.mp4", 1000, 0, "00"));
        return new AnalysisResult(facts, track, List.of(new MatchEvent(2, EventKind.BOUNCE)), "test", 3, 2_000_000_000L);
    }

    @Test
    void theLayerCarriesTheTrackItsPredictedFramesAndConfidence() {
        LabelLayer layer = AnalysisResults.layerOf(result(), "Classical detector");
        assertThat(layer.caption()).isEqualTo("Ball analysis · Classical detector");
        assertThat(layer.labels().ball().isVisible(0)).isTrue();
        assertThat(layer.labels().ball().x(1)).isEqualTo(12f);
        assertThat(layer.detail().isPredicted(1)).isTrue();
        assertThat(layer.detail().isPredicted(2)).isFalse();
        assertThat(layer.detail().confidence(0)).isEqualTo(0.9f, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(layer.labels().events()).containsExactly(new MatchEvent(2, EventKind.BOUNCE));
    }

    @Test
    void summaryCountsDetectedAndPredictedFramesAndEvents() {
        assertThat(AnalysisResults.summary(result(), false))
                .isEqualTo("Ball in 3 of 4 frames (2 detected, 1 predicted) · 1 bounce, 0 nets · 2 frames/s");
        assertThat(AnalysisResults.summary(result(), true)).endsWith("· kept from an earlier run");
    }

    @Test
    void userMessagesAreOneLineWithoutTraces() {
        assertThat(AnalysisWorkflow.userMessage(new ModelLoadException(Path.of("x.onnx"),
                "'x.onnx' is not a model ONNX Runtime can load (bad\n  protobuf).")))
                .isEqualTo("Model refused: 'x.onnx' is not a model ONNX Runtime can load (bad protobuf).");
        assertThat(AnalysisWorkflow.userMessage(new ModelRunException("The model m failed on frame 7: boom.", null)))
                .isEqualTo("Model failed: The model m failed on frame 7: boom.");
        assertThat(AnalysisWorkflow.userMessage(new VideoOpenException(VideoOpenException.Problem.DAMAGED,
                Path.of("m.mp4"), "The video ended early.")))
                .isEqualTo("Analysis stopped: The video ended early.");
        assertThat(AnalysisWorkflow.userMessage(new IllegalStateException()))
                .isEqualTo("Analysis failed: IllegalStateException");
    }

    @Test
    void theClassicalDetectorIsNamedPlainlyOnTheChip() {
        assertThat(AnalysisWorkflow.chipText(BallAnalyzer.classical())).isEqualTo("Classical detector");
    }
}
