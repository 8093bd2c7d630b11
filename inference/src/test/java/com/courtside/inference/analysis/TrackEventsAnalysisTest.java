package com.courtside.inference.analysis;

import com.courtside.inference.onnx.Device;
import com.courtside.inference.video.OpenedVideo;
import com.courtside.timeline.EventKind;
import com.courtside.timeline.task.ProgressListener;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ball-heatmap pipeline with a track-event model, end to end on a short rendered clip with real decoding and
 * ONNX Runtime. The tiny global model puts the ball at one place in every frame with event scores of 0.5, and the
 * tiny track-event model gives back its ay channel as "bounce": a ball that never moves never bounces.
 */
class TrackEventsAnalysisTest {

    @TempDir
    static Path dir;
    static OpenedVideo video;

    @BeforeAll
    static void renderClip() throws Exception {
        video = LocalStageAnalysisTest.renderedClip(dir);
    }

    @Test
    void eventsAreReadOffTheTrackAndTheHeadsScoresAreKept() throws Exception {
        try (BallAnalyzer analyzer = Analyzers.forModel(LocalStageLoadingTest.model("tiny-global-events"),
                Device.CPU, 1)) {
            AnalysisResult result = analyzer.run(video, 1, ProgressListener.NONE);
            int frames = video.facts().frameCount();
            assertThat(result.method()).contains("events read off the track by tiny-track-events");
            assertThat(result.events()).noneMatch(e -> e.kind() == EventKind.BOUNCE);
            assertThat(result.eventScores().kinds()).containsExactly(EventKind.BOUNCE, EventKind.NET);
            assertThat(result.eventScores().scores()[0]).hasSize(frames).containsOnly(0.5f);

            JsonNode json = TrajectoryJson.toJson(result);
            assertThat(json.path("event_scores").path("bounce")).hasSize(frames);
            assertThat(json.path("event_scores").path("net").get(frames - 1).asDouble()).isEqualTo(0.5);
            assertThat(json.path("trajectory").get(0).path("predicted").isBoolean()).isTrue();
        }
    }

    @Test
    void switchedOffTheHeadPlacesTheEvents() throws Exception {
        System.setProperty(Analyzers.TRACK_EVENTS_PROPERTY, "off");
        try (BallAnalyzer analyzer = Analyzers.forModel(LocalStageLoadingTest.model("tiny-global-events"),
                Device.CPU, 1)) {
            AnalysisResult result = analyzer.run(video, 1, ProgressListener.NONE);
            assertThat(result.method()).contains("events from the model's event head placed by the track");
            assertThat(result.eventScores()).isNotNull();
        } finally {
            System.clearProperty(Analyzers.TRACK_EVENTS_PROPERTY);
        }
    }
}
