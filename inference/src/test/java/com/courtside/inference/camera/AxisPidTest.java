package com.courtside.inference.camera;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class AxisPidTest {

    private static AxisPid design() {
        return new AxisPid(0.8, 0.01, 0.15, 20);
    }

    @Test
    void noErrorNoMovement() {
        AxisPid pid = design();
        for (int i = 0; i < 10; i++) {
            assertThat(pid.step(0, 500)).isZero();
        }
    }

    @ParameterizedTest
    @CsvSource({"1000, 500, 500", "-1000, 100, -100", "10, 500, 8.1"})
    void theFirstMoveIsProportionalPlusIntegralWithinTheLimit(double error, double limit, double move) {
        assertThat(design().step(error, limit)).isCloseTo(move, within(1e-9));
    }

    @Test
    void chasingAFarTargetAtTheLimitEndsWithoutOvershoot() {
        AxisPid pid = design();
        double position = 0;
        double target = 3000;
        double most = 0;
        for (int i = 0; i < 200; i++) {
            double move = pid.step(target - position, 100);
            assertThat(Math.abs(move)).isLessThanOrEqualTo(100);
            position += move;
            most = Math.max(most, position);
        }
        assertThat(most - target).as("overshoot").isLessThan(5);
        assertThat(position).isCloseTo(target, within(0.5));
    }

    @Test
    void aTinyErrorIsNoMovementSoASettledCameraIsStill() {
        assertThat(design().step(1e-4, 500)).isZero();
    }

    @Test
    void aRestoredStateMovesAlike() {
        AxisPid a = design();
        for (int i = 0; i < 10; i++) {
            a.step(50 - 3 * i, 40);
        }
        AxisPid b = design();
        b.restore(a.state());
        for (int i = 0; i < 10; i++) {
            assertThat(b.step(20 - i, 40)).isEqualTo(a.step(20 - i, 40));
        }
    }
}
