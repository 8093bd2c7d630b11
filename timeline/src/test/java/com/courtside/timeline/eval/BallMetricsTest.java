package com.courtside.timeline.eval;

import com.courtside.timeline.BallTrack;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class BallMetricsTest {

    @Test
    void countsHitsMissesAndFalsePositivesWithRmseOverHits() {
        BallTrack truth = new BallTrack(6);
        BallTrack found = new BallTrack(6);
        truth.set(0, 100, 100);
        found.set(0, 103, 104);          // hit at 5 px
        truth.set(1, 100, 100);
        found.set(1, 100, 100);          // hit at 0 px
        truth.set(2, 100, 100);
        found.set(2, 200, 100);          // misplaced
        truth.set(3, 100, 100);          // missed
        found.set(4, 50, 50);            // false positive (truth has no ball)
        BallMetrics m = BallMetrics.compare(truth, found, 10);
        assertThat(m.truthVisible()).isEqualTo(4);
        assertThat(m.hits()).isEqualTo(2);
        assertThat(m.misplaced()).isEqualTo(1);
        assertThat(m.detectionRate()).isEqualTo(0.5);
        assertThat(m.rmse()).isCloseTo(Math.sqrt(25 / 2.0), within(1e-9));
        assertThat(m.truthAbsent()).isEqualTo(2);
        assertThat(m.falsePositives()).isEqualTo(1);
        assertThat(m.falsePositiveRate()).isEqualTo(0.5);
    }

    @Test
    void predictedOrOccludedSamplesDoNotCountAsDetections() {
        BallTrack truth = new BallTrack(1);
        BallTrack found = new BallTrack(1);
        truth.set(0, 10, 10);
        found.setHidden(0, BallTrack.Visibility.OCCLUDED, 10, 10);
        assertThat(BallMetrics.compare(truth, found, 10).hits()).isZero();
    }

    @Test
    void aHiddenBallFoundAtItsPlaceIsNoFalsePositiveButOneFoundElsewhereIs() {
        BallTrack truth = new BallTrack(4);
        BallTrack found = new BallTrack(4);
        truth.setHidden(0, BallTrack.Visibility.OCCLUDED, 100, 100);
        found.set(0, 104, 103);          // the hidden ball, where it is
        truth.setHidden(1, BallTrack.Visibility.OCCLUDED, 100, 100);
        found.set(1, 130, 100);          // 30 px off: a false positive
        truth.setHidden(2, BallTrack.Visibility.OUT_OF_FRAME, 100, 100);
        found.set(2, 100, 100);          // the ball is gone, whatever its last place
        truth.setHidden(3, BallTrack.Visibility.OCCLUDED, Float.NaN, Float.NaN);
        found.set(3, 100, 100);          // hidden where nobody knows
        BallMetrics m = BallMetrics.compare(truth, found, 10);
        assertThat(m.truthAbsent()).isEqualTo(4);
        assertThat(m.hiddenFound()).isEqualTo(1);
        assertThat(m.falsePositives()).isEqualTo(3);
        assertThat(m.falsePositiveRate()).isEqualTo(0.75);
    }
}
