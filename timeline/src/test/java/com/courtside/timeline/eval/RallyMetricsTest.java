package com.courtside.timeline.eval;

import com.courtside.timeline.Rally;
import com.courtside.timeline.rally.RallyOverlap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class RallyMetricsTest {

    @ParameterizedTest
    @CsvSource({"0, 9, 0, 9, 1.0", "0, 9, 5, 14, 0.333333", "0, 9, 10, 19, 0", "0, 99, 50, 179, 0.277778",
            "10, 10, 0, 19, 0.05"})
    void iouCountsFramesWithBothEndsIncluded(int s1, int e1, int s2, int e2, double iou) {
        assertThat(RallyOverlap.iou(new Rally(s1, e1), new Rally(s2, e2))).isCloseTo(iou, within(1e-6));
    }

    @Test
    void matchedRalliesGiveEdgeErrorsInFrames() {
        RallyMetrics m = RallyMetrics.compare(List.of(new Rally(100, 200), new Rally(300, 400)),
                List.of(new Rally(290, 420), new Rally(110, 190)));
        assertThat(m.matched()).isEqualTo(2);
        assertThat(m.precision()).isEqualTo(1.0);
        assertThat(m.recall()).isEqualTo(1.0);
        assertThat(m.f1()).isEqualTo(1.0);
        assertThat(m.meanStartError()).isEqualTo(10.0);
        assertThat(m.meanEndError()).isEqualTo(15.0);
    }

    @Test
    void onePredictionOverTwoTruthsMatchesTheOneItCoversMost() {
        RallyMetrics m = RallyMetrics.compare(List.of(new Rally(0, 99), new Rally(100, 199)),
                List.of(new Rally(50, 179)));
        assertThat(m.matched()).isEqualTo(1);
        assertThat(m.matches().get(0).truth()).isEqualTo(new Rally(100, 199));
        assertThat(m.matches().get(0).iou()).isCloseTo(80 / 150.0, within(1e-9));
        assertThat(m.precision()).isEqualTo(1.0);
        assertThat(m.recall()).isEqualTo(0.5);
        assertThat(m.f1()).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(m.meanStartError()).isEqualTo(50.0);
        assertThat(m.meanEndError()).isEqualTo(20.0);
    }

    @Test
    void noTruthMeansEveryPredictionIsFalse() {
        RallyMetrics m = RallyMetrics.compare(List.of(), List.of(new Rally(0, 10)));
        assertThat(m.precision()).isZero();
        assertThat(m.recall()).isNaN();
        assertThat(m.f1()).isZero();
        assertThat(m.meanStartError()).isNaN();
    }

    @Test
    void noPredictionsMeansEveryTruthIsMissed() {
        RallyMetrics m = RallyMetrics.compare(List.of(new Rally(0, 10), new Rally(20, 30)), List.of());
        assertThat(m.truthCount()).isEqualTo(2);
        assertThat(m.recall()).isZero();
        assertThat(m.precision()).isNaN();
        assertThat(m.f1()).isZero();
    }

    @Test
    void nothingOnEitherSideHasNoScore() {
        RallyMetrics m = RallyMetrics.compare(List.of(), List.of());
        assertThat(m.f1()).isNaN();
        assertThat(m.toCsv()).isEqualTo(RallyMetrics.CSV_HEADER + "\n");
    }

    @Test
    void aPredictionUnderTheIouThresholdIsNoMatch() {
        RallyMetrics m = RallyMetrics.compare(List.of(new Rally(0, 99)), List.of(new Rally(60, 159)));
        assertThat(m.matched()).isZero();
        assertThat(RallyMetrics.compare(List.of(new Rally(0, 99)), List.of(new Rally(60, 159)), 0.2).matched())
                .isEqualTo(1);
    }

    @Test
    void csvHasOneRowPerRallyInFrameOrder() {
        RallyMetrics m = RallyMetrics.compare(List.of(new Rally(100, 199), new Rally(500, 599)),
                List.of(new Rally(300, 350), new Rally(110, 199)));
        assertThat(m.toCsv()).isEqualTo("""
                truth_start,truth_end,predicted_start,predicted_end,iou
                100,199,110,199,0.9000
                ,,300,350,
                500,599,,,
                """);
    }
}
