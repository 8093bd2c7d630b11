package com.courtside.inference.camera;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class OneEuroFilterTest {

    @Test
    void aConstantInputComesOutUnchanged() {
        OneEuroFilter f = new OneEuroFilter();
        for (int i = 0; i < 100; i++) {
            assertThat(f.filter(42.5, 30, 0.6, 0.004, 1)).isEqualTo(42.5);
        }
        assertThat(f.derivative()).isZero();
    }

    @Test
    void aStepIsApproachedFromBelowWithoutOvershoot() {
        OneEuroFilter f = new OneEuroFilter();
        f.filter(0, 30, 0.6, 0.004, 1);
        double last = 0;
        for (int i = 0; i < 300; i++) {
            double v = f.filter(100, 30, 0.6, 0.004, 1);
            assertThat(v).isGreaterThanOrEqualTo(last).isLessThanOrEqualTo(100);
            last = v;
        }
        assertThat(last).isCloseTo(100, within(0.01));
    }

    @Test
    void aLargerBetaFollowsAFastSignalWithLessLag() {
        OneEuroFilter slow = new OneEuroFilter();
        OneEuroFilter fast = new OneEuroFilter();
        double a = 0;
        double b = 0;
        for (int i = 0; i < 30; i++) {
            a = slow.filter(20 * i, 30, 0.6, 0, 1);
            b = fast.filter(20 * i, 30, 0.6, 0.01, 1);
        }
        assertThat(580 - b).isLessThan((580 - a) / 2);
        assertThat(fast.derivative()).isCloseTo(600, within(60.0));
    }

    @Test
    void restartingTheSpeedKeepsTheValueAndForgetsTheJump() {
        OneEuroFilter f = new OneEuroFilter();
        f.filter(10, 30, 0.6, 0.004, 1);
        f.restartSpeedAt(500);
        double v = f.filter(500, 30, 0.6, 0.004, 1);

        assertThat(f.derivative()).isZero();
        assertThat(v).isCloseTo(10 + OneEuroFilter.alpha(0.6, 30) * 490, within(1e-9));
    }

    @Test
    void aRestoredStateGivesTheSameOutputs() {
        OneEuroFilter f = new OneEuroFilter();
        for (int i = 0; i < 20; i++) {
            f.filter(Math.sin(i) * 50, 30, 0.6, 0.004, 1);
        }
        OneEuroFilter copy = new OneEuroFilter();
        copy.restore(f.state());
        for (int i = 20; i < 40; i++) {
            assertThat(copy.filter(Math.sin(i) * 50, 30, 0.6, 0.004, 1))
                    .isEqualTo(f.filter(Math.sin(i) * 50, 30, 0.6, 0.004, 1));
        }
    }

    @ParameterizedTest
    @CsvSource({"1, 30, 0.1731", "0.6, 30, 0.1117", "0.08, 30, 0.01648", "1, 60, 0.09477"})
    void alphaIsThatOfAFirstOrderLowPass(double cutoff, double rate, double alpha) {
        assertThat(OneEuroFilter.alpha(cutoff, rate)).isCloseTo(alpha, within(1e-4));
    }

    @ParameterizedTest
    @CsvSource({"0, 0.002", "5, 0.002", "27.5, 0.007", "50, 0.012", "80, 0.012"})
    void betaRisesWithSpeedFromHalfToThreeTimesTheBase(double speed, double beta) {
        assertThat(OneEuroFilter.adaptiveBeta(0.004, speed, 5, 50)).isCloseTo(beta, within(1e-12));
    }
}
