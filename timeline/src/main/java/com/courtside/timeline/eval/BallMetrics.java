package com.courtside.timeline.eval;

import com.courtside.timeline.BallTrack;

/**
 * How well a ball track matches the truth, frame by frame. A frame where the truth shows the ball counts as
 * detected when the track has a visible position within {@code radius} px of it; RMSE is over those frames. A
 * frame where the truth has no visible ball but the track has one is a false positive, unless the truth knows where
 * the hidden ball is (occluded: more than half of it behind a player or a racket) and the track put it within
 * {@code radius} px of there: that is a hidden ball found, as TrackNet counts its "occluded" frames, and is
 * counted apart.
 *
 * @param truthVisible     frames where the truth shows the ball
 * @param hits             of those, frames the track found within the radius
 * @param misplaced        of those, frames the track put the ball farther than the radius
 * @param truthAbsent      frames where the truth shows no ball
 * @param falsePositives   of those, frames where the track shows one (a hidden ball found excepted)
 * @param hiddenFound      of those, frames where the track found an occluded ball within the radius of its place
 */
public record BallMetrics(int truthVisible, int hits, int misplaced, double rmse, int truthAbsent, int falsePositives,
                          int hiddenFound, double radius) {

    /** Compares {@code found} (its VISIBLE frames) with {@code truth} over the frames both cover. */
    public static BallMetrics compare(BallTrack truth, BallTrack found, double radius) {
        int frames = Math.min(truth.frameCount(), found.frameCount());
        int visible = 0;
        int hits = 0;
        int misplaced = 0;
        int absent = 0;
        int falsePositives = 0;
        int hiddenFound = 0;
        double squared = 0;
        for (int f = 0; f < frames; f++) {
            boolean has = found.isVisible(f);
            if (truth.isVisible(f)) {
                visible++;
                if (has) {
                    double d = Math.hypot(found.x(f) - truth.x(f), found.y(f) - truth.y(f));
                    if (d <= radius) {
                        hits++;
                        squared += d * d;
                    } else {
                        misplaced++;
                    }
                }
            } else {
                absent++;
                if (has && hiddenAt(truth, f, found.x(f), found.y(f), radius)) {
                    hiddenFound++;
                } else if (has) {
                    falsePositives++;
                }
            }
        }
        double rmse = hits == 0 ? Double.NaN : Math.sqrt(squared / hits);
        return new BallMetrics(visible, hits, misplaced, rmse, absent, falsePositives, hiddenFound, radius);
    }

    private static boolean hiddenAt(BallTrack truth, int frame, float x, float y, double radius) {
        return truth.visibility(frame) == BallTrack.Visibility.OCCLUDED && truth.x(frame) >= 0
                && Math.hypot(x - truth.x(frame), y - truth.y(frame)) <= radius;
    }

    public double detectionRate() {
        return truthVisible == 0 ? Double.NaN : hits / (double) truthVisible;
    }

    /** Share of ball-free frames in which the track claims a ball. */
    public double falsePositiveRate() {
        return truthAbsent == 0 ? 0 : falsePositives / (double) truthAbsent;
    }
}
