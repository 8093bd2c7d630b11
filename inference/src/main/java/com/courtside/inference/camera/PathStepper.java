package com.courtside.inference.camera;

import com.courtside.timeline.BallTrack;
import com.courtside.timeline.camera.CameraPin;
import com.courtside.timeline.camera.CameraSettings;

import java.util.List;

/**
 * The one place a frame's crop is made: the virtual camera stepped on the ball of that frame, the pins laid over
 * it, the result rounded to floats. The batch planner and the preview both go through here, so they agree to the
 * bit.
 */
final class PathStepper {

    private final BallTrack ball;
    private final VirtualCamera camera;
    private final PinEasing pins;
    private final double ratio;
    private final int frameWidth;
    private final int frameHeight;
    private final double[] crop = new double[3];

    PathStepper(BallTrack ball, CameraSettings settings, List<CameraPin> pins, double fps, int frameWidth,
                int frameHeight) {
        CameraTuning tuning = CameraTuning.of(settings, fps, frameWidth, frameHeight);
        this.ball = ball;
        this.camera = new VirtualCamera(settings, fps, frameWidth, frameHeight);
        this.pins = new PinEasing(pins, tuning);
        this.ratio = tuning.ratio();
        this.frameWidth = frameWidth;
        this.frameHeight = frameHeight;
    }

    int frameCount() {
        return ball.frameCount();
    }

    CameraState state() {
        return camera.state();
    }

    void restore(CameraState state) {
        camera.restore(state);
    }

    /** Steps the next frame; writes its crop centre x, y, width and height into {@code out}. */
    void next(float[] out) {
        int f = camera.frame();
        boolean present = BallTarget.present(ball, f);
        camera.step(present, present ? ball.x(f) : Double.NaN, present ? ball.y(f) : Double.NaN);
        crop[0] = camera.centreX();
        crop[1] = camera.centreY();
        crop[2] = camera.width();
        pins.apply(f, crop);
        double w = Math.min(crop[2], frameWidth);
        double h = Math.min(w / ratio, frameHeight);
        out[0] = (float) CameraTuning.inside(crop[0], w, frameWidth);
        out[1] = (float) CameraTuning.inside(crop[1], h, frameHeight);
        out[2] = (float) w;
        out[3] = (float) h;
    }

    /** Steps the next frame without keeping its crop. */
    void skip() {
        int f = camera.frame();
        boolean present = BallTarget.present(ball, f);
        camera.step(present, present ? ball.x(f) : Double.NaN, present ? ball.y(f) : Double.NaN);
    }
}
