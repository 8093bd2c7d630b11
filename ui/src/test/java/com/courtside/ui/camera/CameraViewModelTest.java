package com.courtside.ui.camera;

import com.courtside.inference.camera.CameraPlanner;
import com.courtside.timeline.BallTrack;
import com.courtside.timeline.camera.CameraPath;
import com.courtside.timeline.camera.CameraSettings;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CameraViewModelTest {

    private static BallTrack flight(int frames, float shift) {
        BallTrack ball = new BallTrack(frames);
        for (int f = 0; f < frames; f++) {
            ball.set(f, 200 + 6 * f % 1500 + shift, 300 + (float) (200 * Math.sin(f / 20.0)));
        }
        return ball;
    }

    @Test
    void anEditedBallGivesTheCropsOfTheWholePathAgain() {
        CameraViewModel camera = new CameraViewModel();
        BallTrack ball = flight(900, 0);
        camera.setLabels(ball, List.of(), List.of(), 30, 1920, 1080);
        camera.setFrame(880);
        BallTrack edited = flight(900, 0);
        for (int f = 600; f < 640; f++) {
            edited.set(f, 1700, 150);
        }

        camera.setLabels(edited, List.of(), List.of(), 30, 1920, 1080);

        CameraPath batch = CameraPlanner.plan(edited, List.of(), CameraSettings.DEFAULT, List.of(), 30, 1920, 1080);
        for (int f : new int[] {880, 100, 639, 700}) {
            camera.setFrame(f);
            assertThat(camera.cropProperty().get()).as("frame %d", f).isEqualTo(batch.crop(f));
        }
        assertThat(CameraViewModel.firstDifference(ball, edited)).isEqualTo(600);
        assertThat(CameraViewModel.firstDifference(ball, flight(900, 0))).isEqualTo(900);
    }
}
