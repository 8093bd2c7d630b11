package com.courtside.inference.camera;

import com.courtside.timeline.BallTrack;
import com.courtside.timeline.camera.CameraPath;
import com.courtside.timeline.camera.CameraSettings;

/**
 * The baseline a follow-cam is measured against: a crop at the settings' normal zoom centred on the ball in every
 * frame (kept inside the frame), held where it was while there is no ball. It never loses a ball it can frame and
 * moves exactly as jerkily as the ball.
 */
public final class CentringCamera {

    private CentringCamera() {
    }

    public static CameraPath plan(BallTrack ball, CameraSettings settings, int frameWidth, int frameHeight) {
        double w = Math.min(frameWidth, settings.aspect().widestCropWidth(frameWidth, frameHeight)
                / settings.normalZoom());
        double h = Math.min(frameHeight, w / settings.aspect().ratio());
        CameraPath path = new CameraPath(ball.frameCount(), frameWidth, frameHeight);
        double cx = frameWidth / 2.0;
        double cy = frameHeight / 2.0;
        for (int f = 0; f < ball.frameCount(); f++) {
            if (BallTarget.present(ball, f)) {
                cx = CameraTuning.inside(ball.x(f), w, frameWidth);
                cy = CameraTuning.inside(ball.y(f), h, frameHeight);
            }
            path.set(f, (float) cx, (float) cy, (float) w, (float) h);
        }
        return path;
    }
}
