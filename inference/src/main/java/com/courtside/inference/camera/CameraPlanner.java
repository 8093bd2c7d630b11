package com.courtside.inference.camera;

import com.courtside.timeline.BallTrack;
import com.courtside.timeline.MatchEvent;
import com.courtside.timeline.camera.CameraPath;
import com.courtside.timeline.camera.CameraPin;
import com.courtside.timeline.camera.CameraSettings;

import java.util.List;

/**
 * The whole follow-cam path of a video in one pass, as a render needs it. A pure function of the ball track, the
 * events, the settings and the pins: {@link CameraPreview} gives the same floats for every frame.
 */
public final class CameraPlanner {

    private CameraPlanner() {
    }

    /**
     * @param events the match's events; the camera reads the ball alone today (its prediction and modes see a
     *               bounce or a hit soon enough), they are taken so a rule on them changes no caller
     */
    public static CameraPath plan(BallTrack ball, List<MatchEvent> events, CameraSettings settings,
                                  List<CameraPin> pins, double fps, int frameWidth, int frameHeight) {
        PathStepper stepper = new PathStepper(ball, settings, pins, fps, frameWidth, frameHeight);
        int n = ball.frameCount();
        CameraPath path = new CameraPath(n, frameWidth, frameHeight);
        float[] crop = new float[4];
        for (int f = 0; f < n; f++) {
            stepper.next(crop);
            path.set(f, crop[0], crop[1], crop[2], crop[3]);
        }
        return path;
    }
}
