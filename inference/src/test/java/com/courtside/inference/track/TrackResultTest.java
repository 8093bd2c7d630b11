package com.courtside.inference.track;

import com.courtside.timeline.BallTrack;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TrackResultTest {

    private static TrackResult detectedThenLost() {
        SyntheticFlight flight = SyntheticFlight.bouncing(1080, 30, 40);
        List<List<Candidate>> detections = flight.detectionsMissing(9, 0, 20, 40);
        return TrackResult.track(TrackerSettings.forVideo(1920, 1080, 30), 40, detections::get);
    }

    @Test
    void fillsTheBallTrackVisibleWhereDetectedOccludedWherePredictedNoneWhereLost() {
        TrackResult result = detectedThenLost();
        BallTrack track = result.ballTrack();

        assertThat(track.visibility(10)).isEqualTo(BallTrack.Visibility.VISIBLE);
        assertThat(track.visibility(25)).isEqualTo(BallTrack.Visibility.OCCLUDED);
        assertThat(track.x(25)).isFinite();
        assertThat(track.visibility(35)).isEqualTo(BallTrack.Visibility.NONE);
        assertThat(track.visibleCount()).isEqualTo(20);
    }

    @Test
    void keepsPredictedConfidenceAndModeInParallelColumns() {
        TrackResult result = detectedThenLost();

        boolean[] predicted = result.predictedColumn();
        float[] confidence = result.confidenceColumn();
        assertThat(predicted).hasSize(40);
        assertThat(predicted[10]).isFalse();
        assertThat(predicted[25]).isTrue();
        assertThat(confidence[10]).isEqualTo(0.9f);
        assertThat(confidence[25]).isBetween(0.01f, 0.9f);
        assertThat(confidence[35]).isZero();
        assertThat(result.mode(25)).isEqualTo(TrackMode.PREDICTING);
        assertThat(result.mode(35)).isNull();
        assertThat(result.hasBall(35)).isFalse();
    }
}
