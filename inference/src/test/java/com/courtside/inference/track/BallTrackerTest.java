package com.courtside.inference.track;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BallTrackerTest {

    private static final TrackerSettings HD = TrackerSettings.forVideo(1920, 1080, 30);

    private static List<TrackSample> run(TrackerSettings settings, List<List<Candidate>> detections) {
        BallTracker tracker = new BallTracker(settings);
        List<TrackSample> samples = new ArrayList<>();
        for (int f = 0; f < detections.size(); f++) {
            samples.add(tracker.update(f, detections.get(f)));
        }
        return samples;
    }

    private static double error(TrackSample s, SyntheticFlight flight) {
        return Math.hypot(s.x() - flight.x[s.frame()], s.y() - flight.y[s.frame()]);
    }

    private static List<Candidate> one(double x, double y) {
        return List.of(new Candidate((float) x, (float) y, 0.9f));
    }

    @Test
    void followsABouncingParabolaWithinAFewPixelsAmongClutter() {
        SyntheticFlight flight = SyntheticFlight.bouncing(1080, 30, 120);
        List<TrackSample> samples = run(HD, flight.detections(7, 3));

        double sum = 0;
        double max = 0;
        int detected = 0;
        for (TrackSample s : samples) {
            assertThat(s).isNotNull();
            if (s.detected()) {
                detected++;
                sum += error(s, flight);
                max = Math.max(max, error(s, flight));
            }
        }
        assertThat(detected).isGreaterThanOrEqualTo(117);
        assertThat(sum / detected).isLessThan(2.0);
        assertThat(max).isLessThan(8);
    }

    @Test
    void bridgesAMissedDetectionWithAPredictionMarkedPredicted() {
        SyntheticFlight flight = SyntheticFlight.bouncing(1080, 30, 60);
        List<TrackSample> samples = run(HD, flight.detectionsMissing(3, 2, 25, 26));

        TrackSample bridged = samples.get(25);
        assertThat(bridged.detected()).isFalse();
        assertThat(bridged.predicted()).isTrue();
        assertThat(bridged.mode()).isEqualTo(TrackMode.RECOVERING);
        assertThat(error(bridged, flight)).isLessThan(6);
        assertThat(samples.get(26).detected()).isTrue();
        assertThat(error(samples.get(26), flight)).isLessThan(5);
    }

    @Test
    void predictsALostBallForAtMostTenFramesThenDropsIt() {
        SyntheticFlight flight = SyntheticFlight.bouncing(1080, 30, 70);
        List<TrackSample> samples = run(HD, flight.detectionsMissing(5, 0, 30, 70));

        for (int f = 30; f < 40; f++) {
            assertThat(samples.get(f)).isNotNull();
            assertThat(samples.get(f).detected()).isFalse();
        }
        assertThat(samples.get(35).mode()).isEqualTo(TrackMode.PREDICTING);
        assertThat(samples.get(39).confidence()).isLessThan(samples.get(30).confidence());
        assertThat(samples.subList(40, 70)).containsOnlyNulls();
    }

    @Test
    void startsANewTrackFromTheBestScoringCandidateOnceLost() {
        BallTracker tracker = new BallTracker(HD);
        assertThat(tracker.update(0, List.of())).isNull();
        TrackSample first = tracker.update(1, List.of(new Candidate(100, 100, 0.5f), new Candidate(900, 400, 0.8f)));

        assertThat(first.detected()).isTrue();
        assertThat(first.x()).isEqualTo(900f);
        assertThat(first.mode()).isEqualTo(TrackMode.TENTATIVE);
    }

    @Test
    void entersNormalModeAfterMoreThanFifteenConsecutiveDetections() {
        BallTracker tracker = new BallTracker(HD);
        for (int f = 0; f < 15; f++) {
            assertThat(tracker.update(f, one(300 + 10 * f, 400)).mode()).isEqualTo(TrackMode.TENTATIVE);
        }
        assertThat(tracker.update(15, one(450, 400)).mode()).isEqualTo(TrackMode.NORMAL);
    }

    @Test
    void choosesTheCandidateNearestThePredictionOverAHigherScoringOne() {
        BallTracker tracker = new BallTracker(HD);
        for (int f = 0; f < 20; f++) {
            tracker.update(f, one(300 + 10 * f, 400));
        }
        TrackSample next = tracker.update(20, List.of(new Candidate(530, 400, 0.95f), new Candidate(501, 400, 0.4f)));

        assertThat(next.detected()).isTrue();
        assertThat(next.x()).isCloseTo(501f, org.assertj.core.data.Offset.offset(2f));
    }

    @Test
    void aFarFalseCandidateWhileTrackingIsGatedOut() {
        BallTracker tracker = new BallTracker(HD);
        for (int f = 0; f < 20; f++) {
            tracker.update(f, one(300 + 10 * f, 400));
        }
        TrackSample next = tracker.update(20, List.of(new Candidate(500, 490, 0.99f)));

        assertThat(next.detected()).isFalse();
        assertThat(next.x()).isCloseTo(500f, org.assertj.core.data.Offset.offset(1f));
        assertThat(next.y()).isCloseTo(400f, org.assertj.core.data.Offset.offset(1f));
        assertThat(next.mode()).isEqualTo(TrackMode.RECOVERING);
    }

    @Test
    void aStrongCandidateRejectedTwiceRunningRestartsTheTrackWhenReacquireIsOn() {
        BallTracker tracker = new BallTracker(HD.withReacquireScore(0.6f));
        for (int f = 0; f < 20; f++) {
            tracker.update(f, one(300 + 10 * f, 400));
        }
        TrackSample first = tracker.update(20, one(900, 700));
        TrackSample second = tracker.update(21, one(890, 690));

        assertThat(first.detected()).isFalse();
        assertThat(second.detected()).isTrue();
        assertThat(second.x()).isCloseTo(890f, org.assertj.core.data.Offset.offset(1f));
        assertThat(second.y()).isCloseTo(690f, org.assertj.core.data.Offset.offset(1f));
    }

    @Test
    void withoutReacquireTheSameCandidatesStayRejected() {
        BallTracker tracker = new BallTracker(HD);
        for (int f = 0; f < 20; f++) {
            tracker.update(f, one(300 + 10 * f, 400));
        }
        tracker.update(20, one(900, 700));
        assertThat(tracker.update(21, one(890, 690)).detected()).isFalse();
    }

    @Test
    void weakOrScatteredCandidatesDoNotReacquire() {
        BallTracker tracker = new BallTracker(HD.withReacquireScore(0.6f));
        for (int f = 0; f < 20; f++) {
            tracker.update(f, one(300 + 10 * f, 400));
        }
        tracker.update(20, List.of(new Candidate(900, 700, 0.5f)));
        assertThat(tracker.update(21, List.of(new Candidate(890, 690, 0.5f))).detected()).isFalse();
        tracker.update(22, one(1500, 100));
        assertThat(tracker.update(23, one(900, 900)).detected()).isFalse();
    }

    @Test
    void aJumpOverTheChaosThresholdEntersChaosAndRejectsFarDetections() {
        BallTracker tracker = new BallTracker(HD);
        for (int f = 0; f < 20; f++) {
            tracker.update(f, one(300 + 10 * f, 400));
        }
        TrackSample jump = tracker.update(20, one(500, 560));
        assertThat(jump.mode()).isEqualTo(TrackMode.CHAOS);
        assertThat(jump.detected()).isFalse();

        for (int f = 21; f < 26; f++) {
            TrackSample far = tracker.update(f, one(300 + 10 * f, 560));
            assertThat(far.detected()).isFalse();
            assertThat(far.mode()).isEqualTo(TrackMode.CHAOS);
        }
    }

    @Test
    void chaosStillAcceptsADetectionNearThePrediction() {
        BallTracker tracker = new BallTracker(HD);
        for (int f = 0; f < 20; f++) {
            tracker.update(f, one(300 + 10 * f, 400));
        }
        tracker.update(20, one(500, 560));
        TrackSample near = tracker.update(21, one(510, 402));

        assertThat(near.detected()).isTrue();
        assertThat(near.mode()).isEqualTo(TrackMode.CHAOS);
    }

    @Test
    void aStillBallEntersStabilityLockAndAcceptsWithinItsRadius() {
        SyntheticFlight still = SyntheticFlight.still(1080, 30, 40);
        BallTracker tracker = new BallTracker(HD);
        List<List<Candidate>> detections = still.detections(11, 0);
        TrackSample last = null;
        for (int f = 0; f < 40; f++) {
            last = tracker.update(f, detections.get(f));
        }
        assertThat(last.mode()).isEqualTo(TrackMode.STABILITY_LOCK);

        TrackSample nudged = tracker.update(40, one(960 + 60, 880));
        assertThat(nudged.detected()).isTrue();
    }

    @Test
    void aBallStillForFewerThanTheLockFramesIsNotLocked() {
        BallTracker tracker = new BallTracker(HD);
        TrackSample last = null;
        for (int f = 0; f < 20; f++) {
            last = tracker.update(f, one(960, 880));
        }
        assertThat(last.mode()).isNotEqualTo(TrackMode.STABILITY_LOCK);
        assertThat(tracker.update(20, one(960 + 60, 880)).detected()).isFalse();
    }
}
