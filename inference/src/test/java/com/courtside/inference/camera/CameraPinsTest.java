package com.courtside.inference.camera;

import com.courtside.timeline.BallTrack;
import com.courtside.timeline.camera.CameraPath;
import com.courtside.timeline.camera.CameraPin;
import com.courtside.timeline.camera.CameraSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Pins over a path with no ball, whose automatic camera rests on the centred wide shot: 1920 wide at (960, 540). */
class CameraPinsTest {

    private static final int FRAMES = 600;

    private static CameraPath plan(List<CameraPin> pins) {
        return CameraPlanner.plan(new BallTrack(FRAMES), List.of(), CameraSettings.DEFAULT, pins, 30, 1920, 1080);
    }

    @ParameterizedTest
    @CsvSource({"-40, 0", "-30, 0", "-15, 0.5", "-5, 0.925926", "0, 1", "10, 0.740741", "15, 0.5", "29, 0.003259",
            "30, 0"})
    void aPinIsMetAtItsFrameAndEasedInAndOutOverASecond(int offset, double weight) {
        CameraPin pin = new CameraPin(300, 700, 400, 2);
        CameraPath path = plan(List.of(pin));

        int f = 300 + offset;
        assertThat(path.centreX(f)).isCloseTo((float) (960 + weight * (700 - 960)), within(1e-3f));
        assertThat(path.centreY(f)).isCloseTo((float) (540 + weight * (400 - 540)), within(1e-3f));
        assertThat(path.width(f)).isCloseTo((float) (1920 + weight * (960 - 1920)), within(1e-3f));
        assertThat(path.height(f) * 16 / 9).isCloseTo(path.width(f), within(1e-2f));
    }

    @Test
    void atItsFrameThePinnedCropIsExact() {
        CameraPath path = plan(List.of(new CameraPin(123, 701.25, 399.5, 2.5)));

        assertThat(path.centreX(123)).isEqualTo(701.25f);
        assertThat(path.centreY(123)).isEqualTo(399.5f);
        assertThat(path.width(123)).isEqualTo((float) (1920 / 2.5));
    }

    @Test
    void aPinBeyondTheEdgeIsMovedInsideTheFrame() {
        CameraPath path = plan(List.of(new CameraPin(50, 10, 1070, 2)));

        assertThat(path.crop(50).x()).isZero();
        assertThat(path.crop(50).y() + path.crop(50).h()).isEqualTo(1080);
    }

    @Test
    void twoPinsWithinTwoSecondsAreJoinedWithoutReturningToTheAutomaticCamera() {
        CameraPath path = plan(List.of(new CameraPin(300, 700, 400, 2), new CameraPin(340, 1300, 700, 3)));

        assertThat(path.centreX(300)).isEqualTo(700f);
        assertThat(path.centreX(340)).isEqualTo(1300f);
        assertThat(path.centreX(320)).isEqualTo(1000f);
        for (int f = 301; f < 340; f++) {
            assertThat(path.centreX(f)).isGreaterThan(path.centreX(f - 1));
            assertThat(path.width(f)).isLessThan(path.width(f - 1));
        }
    }

    @Test
    void twoPinsOnOneFrameAreRefused() {
        assertThatThrownBy(() -> plan(List.of(new CameraPin(7, 1, 1, 1), new CameraPin(7, 2, 2, 2))))
                .hasMessageContaining("two camera pins at frame 7");
    }
}
