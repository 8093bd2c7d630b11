package com.courtside.inference.synth.basketball;

import com.courtside.timeline.io.BasketballTruth;
import com.courtside.timeline.players.PersonBoxes;
import com.courtside.timeline.players.Shot;

import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Gathers the truth frame by frame as the frames are drawn: the boxes the composer measured, the ball where it
 * is seen, and each shot with the ball's pixel position at its release frame (seen or not) and the rim's.
 */
final class TruthCollector {

    private final BasketballOptions options;
    private final PersonBoxes.Builder boxes = new PersonBoxes.Builder();
    private final float[] ballX;
    private final float[] ballY;
    private final List<BasketballTruth.ShotTruth> shots = new ArrayList<>();

    TruthCollector(BasketballOptions options) {
        this.options = options;
        this.ballX = new float[options.frameCount()];
        this.ballY = new float[options.frameCount()];
        Arrays.fill(ballX, Float.NaN);
        Arrays.fill(ballY, Float.NaN);
    }

    void frame(int f, Body[] people, CourtComposer.FrameTruth truth) {
        for (int i = 0; i < people.length; i++) {
            float[] b = truth.boxes()[i];
            if (b != null) {
                boxes.add(f, people[i].track, people[i].slot, b[0], b[1], b[2], b[3], 1f);
            }
        }
        ballX[f] = truth.ballX();
        ballY[f] = truth.ballY();
    }

    /** A release in frame {@code f}, with the view placed as it is for that frame. */
    void shot(int f, BallDirector.Release release, BroadcastView view) {
        Point2D.Double origin = view.project(release.origin());
        Point2D.Double rim = view.project(Court.RIM);
        Shot shot = new Shot(f, release.shooter().slot, (float) origin.x, (float) origin.y);
        shots.add(new BasketballTruth.ShotTruth(shot, (float) rim.x, (float) rim.y, release.made()));
    }

    int shotCount() {
        return shots.size();
    }

    BasketballTruth truth(Map<String, Object> described) {
        return new BasketballTruth(options.width(), options.height(), options.fps(), options.frameCount(),
                options.seed(), described, boxes.build(), shots, ballX, ballY);
    }
}
