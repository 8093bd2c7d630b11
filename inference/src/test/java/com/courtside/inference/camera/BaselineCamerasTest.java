package com.courtside.inference.camera;

import com.courtside.timeline.BallTrack;
import com.courtside.timeline.camera.Aspect;
import com.courtside.timeline.camera.CameraPath;
import com.courtside.timeline.camera.CameraSettings;
import com.courtside.timeline.camera.Crop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class BaselineCamerasTest {

    @Test
    void theCentringCameraSitsOnTheBallAndHoldsWhereItWasWithoutOne() {
        BallTrack ball = new BallTrack(5);
        ball.set(1, 1000, 500);
        ball.setHidden(2, BallTrack.Visibility.OCCLUDED, 1010, 505);
        ball.set(4, 1900, 20);

        CameraPath path = CentringCamera.plan(ball, CameraSettings.DEFAULT, 1920, 1080);

        float w = (float) (1920 / CameraSettings.DEFAULT.normalZoom());
        float h = w * 9 / 16;
        assertThat(new float[] {path.centreX(0), path.centreY(0)}).containsExactly(960, 540);
        assertThat(new float[] {path.centreX(1), path.centreY(1)}).containsExactly(1000, 500);
        assertThat(new float[] {path.centreX(2), path.centreY(2)}).containsExactly(1010, 505);
        assertThat(new float[] {path.centreX(3), path.centreY(3)}).containsExactly(1010, 505);
        assertThat(new float[] {path.centreX(4), path.centreY(4)}).as("as near as the frame allows")
                .containsExactly(1920 - w / 2, h / 2);
        assertThat(path.width(4)).isEqualTo(w);
    }

    @ParameterizedTest
    @CsvSource({"WIDE, 0, 0, 1920, 1080", "PORTRAIT, 656.25, 0, 607.5, 1080", "SQUARE, 420, 0, 1080, 1080"})
    void theWideShotIsTheLargestCropOfTheAspectCentred(Aspect aspect, double x, double y, double w, double h) {
        CameraPath path = FixedWideCamera.plan(3, aspect, 1920, 1080);

        assertThat(path.frameCount()).isEqualTo(3);
        assertThat(path.crop(2)).isEqualTo(new Crop(x, y, w, h));
    }
}
