package com.courtside.inference.synth.basketball;

import com.courtside.inference.synth.Vec3;

import java.awt.geom.Point2D;
import java.util.SplittableRandom;

/**
 * The operator's hand: a slow pan that follows the ball across the court with a lag, and a pixel or two of
 * shake. Both move the view's window over the pre-painted canvas in whole pixels, one update per frame.
 */
final class CameraMotion {

    private static final double PAN_LAG_SECONDS = 0.8;
    private static final double FOLLOW = 0.3;

    private final BroadcastView view;
    private final double smoothing;
    private final SplittableRandom rnd;
    private double pan = Double.NaN;
    private double shakeX;
    private double shakeY;

    CameraMotion(BroadcastView view, int fps, SplittableRandom rnd) {
        this.view = view;
        this.smoothing = 1 - Math.exp(-1.0 / (fps * PAN_LAG_SECONDS));
        this.rnd = rnd;
    }

    /** Moves the window for the next frame, given where the ball is at that frame. */
    void update(Vec3 ball) {
        int m = view.margin();
        Point2D.Double q = view.canvasCamera().project(ball);
        double centre = view.width() / 2.0 + m;
        double want = q == null ? m : m + Math.max(-0.85 * m, Math.min(0.85 * m, FOLLOW * (q.x - centre)));
        pan = Double.isNaN(pan) ? want : pan + (want - pan) * smoothing;
        shakeX = 0.85 * shakeX + rnd.nextDouble(-0.7, 0.7);
        shakeY = 0.85 * shakeY + rnd.nextDouble(-0.5, 0.5);
        view.setOffset((int) Math.round(pan + shakeX), (int) Math.round(m + shakeY));
    }
}
