package com.courtside.inference.camera;

import com.courtside.timeline.BallTrack;

/** Which frames of a ball track give the camera somewhere to look. */
final class BallTarget {

    private BallTarget() {
    }

    /**
     * A visible ball, or a hidden one whose place is known (a tracker's prediction through an occlusion, the truth's
     * ball in the server's hand): the camera follows both. A ball out of the frame or unknown is missing.
     */
    static boolean present(BallTrack track, int frame) {
        BallTrack.Visibility v = track.visibility(frame);
        return v == BallTrack.Visibility.VISIBLE || v == BallTrack.Visibility.OCCLUDED
                && Float.isFinite(track.x(frame)) && Float.isFinite(track.y(frame));
    }
}
