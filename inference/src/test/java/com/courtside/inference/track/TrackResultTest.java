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

    private static TrackSample detected(int f, float x, float y) {
        return new TrackSample(f, x, y, 0.9f, true, TrackMode.NORMAL);
    }

    private static TrackSample predicted(int f, float x, float y) {
        return new TrackSample(f, x, y, 0.5f, false, TrackMode.RECOVERING);
    }

    @Test
    void aPredictedGapBetweenDetectionsBecomesTheStraightLineBetweenThem() {
        TrackResult r = new TrackResult(6);
        r.record(0, detected(0, 100, 100));
        r.record(1, predicted(1, 150, 90));
        r.record(2, predicted(2, 210, 70));
        r.record(3, detected(3, 130, 130));
        int changed = r.bridgeGaps(2);

        assertThat(changed).isEqualTo(2);
        assertThat(r.ballTrack().x(1)).isEqualTo(110f);
        assertThat(r.ballTrack().y(2)).isEqualTo(120f);
        assertThat(r.isPredicted(1)).isTrue();
    }

    @Test
    void aLostTrackKeepsOnlyTheFirstPredictedFrames() {
        TrackResult r = new TrackResult(8);
        r.record(0, detected(0, 100, 100));
        for (int f = 1; f < 6; f++) {
            r.record(f, predicted(f, 100 + 10 * f, 100));
        }
        r.bridgeGaps(2);

        assertThat(r.hasBall(2)).isTrue();
        assertThat(r.hasBall(3)).isFalse();
        assertThat(r.hasBall(5)).isFalse();
    }

    @Test
    void aRejectedCandidateOnTheTrackIsTakenBackAndAFarOneIsNot() {
        TrackResult r = new TrackResult(4);
        r.record(0, detected(0, 100, 100));
        r.record(1, predicted(1, 110, 100));
        r.record(2, predicted(2, 120, 100));
        r.record(3, detected(3, 130, 100));
        float nan = Float.NaN;
        int restored = r.restoreNearTrack(new float[] {nan, 104, 700, nan}, new float[] {nan, 96, 700, nan},
                new float[] {0, 0.8f, 0.8f, 0}, 0.5f, 50);

        assertThat(restored).isEqualTo(1);
        assertThat(r.isPredicted(1)).isFalse();
        assertThat(r.ballTrack().x(1)).isEqualTo(104f);
        assertThat(r.confidence(1)).isEqualTo(0.8f);
        assertThat(r.isPredicted(2)).isTrue();
    }

    @Test
    void aWeakPeakOnThePathIsTakenBackAndOneOffItOrTooWeakIsNot() {
        TrackResult r = new TrackResult(5);
        r.record(0, detected(0, 100, 100));
        r.record(1, predicted(1, 110, 100));
        r.record(2, predicted(2, 120, 100));
        r.record(3, predicted(3, 130, 100));
        r.record(4, detected(4, 140, 100));
        float nan = Float.NaN;
        int restored = r.restoreOnPath(new float[] {nan, 112, 160, 131, nan}, new float[] {nan, 101, 100, 99, nan},
                new float[] {0, 0.2f, 0.3f, 0.05f, 0}, 0.15f, 20);

        assertThat(restored).isEqualTo(1);
        assertThat(r.isPredicted(1)).isFalse();
        assertThat(r.ballTrack().x(1)).isEqualTo(112f);
        assertThat(r.confidence(1)).isEqualTo(0.2f);
        assertThat(r.isPredicted(2)).as("40 px off the path").isTrue();
        assertThat(r.isPredicted(3)).as("below the weak score").isTrue();
    }

    @Test
    void tracksThatSeeTheBallForFewerFramesThanTheMinimumAreCleared() {
        TrackResult r = new TrackResult(12);
        r.record(0, detected(0, 100, 100));
        r.record(1, detected(1, 105, 100));
        r.record(2, predicted(2, 110, 100));
        r.record(3, predicted(3, 115, 100));
        for (int f = 5; f < 10; f++) {
            r.record(f, detected(f, 300 + f, 200));
        }
        r.record(10, predicted(10, 320, 200));

        int cleared = r.dropShortTracks(3);

        assertThat(cleared).isEqualTo(4);
        for (int f = 0; f < 4; f++) {
            assertThat(r.hasBall(f)).as("frame %d of the two-detection track", f).isFalse();
        }
        for (int f = 5; f <= 10; f++) {
            assertThat(r.hasBall(f)).as("frame %d of the five-detection track", f).isTrue();
        }
    }
}
