package com.courtside.inference.track;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class KalmanFilter6Test {

    @Test
    void learnsVelocityAndAccelerationOfAConstantAccelerationPath() {
        KalmanFilter6 filter = new KalmanFilter6(1.0, 0.1);
        filter.reset(0, 0, 30, 3);
        for (int t = 1; t <= 40; t++) {
            filter.predict();
            filter.update(5.0 * t, 0.6 * t * t);
        }
        filter.predict();

        assertThat(filter.x()).isCloseTo(5.0 * 41, within(0.5));
        assertThat(filter.y()).isCloseTo(0.6 * 41 * 41, within(0.5));
        assertThat(filter.vx()).isCloseTo(5.0, within(0.1));
        assertThat(filter.vy()).isCloseTo(1.2 * 41, within(0.2));
    }

    @Test
    void mahalanobisDistanceGrowsWithDistanceAndShrinksWithUncertainty() {
        KalmanFilter6 filter = new KalmanFilter6(2.0, 0.5);
        filter.reset(100, 100, 10, 1);
        filter.predict();
        double near = filter.mahalanobis2(105, 100);
        double far = filter.mahalanobis2(130, 100);
        filter.inflateMotion(20, 5);

        assertThat(far).isGreaterThan(near);
        assertThat(filter.mahalanobis2(130, 100)).isLessThan(far);
    }

    @Test
    void predictionWithoutMeasurementsWidensTheCovariance() {
        KalmanFilter6 filter = new KalmanFilter6(2.0, 0.5);
        filter.reset(0, 0, 10, 1);
        filter.predict();
        double once = filter.positionVariance();
        filter.predict();

        assertThat(filter.positionVariance()).isGreaterThan(once);
    }
}
