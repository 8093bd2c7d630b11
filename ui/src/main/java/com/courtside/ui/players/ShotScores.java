package com.courtside.ui.players;

import com.courtside.labeling.store.ShotLabels;
import com.courtside.timeline.players.PlayerSlot;
import com.courtside.ui.labels.LabelingSession;

import java.util.List;

/**
 * What the shooter panel shows for the shot nearest the playhead: its release frame, the five scores (O1–O5) and
 * who gave them, the labeller's choice with its provenance, and the shots before and after. No controls: built from
 * a snapshot of the labels and a frame, and tested without a window.
 *
 * @param frame   the shot's release frame, or −1 where the video has no shot
 * @param scores  five scores summing to 1, or null where no run scored this shot
 * @param chosen  the labeller's shooter, or null
 * @param index   the shot's number among the video's shots, from 1
 */
public record ShotScores(int frame, float[] scores, String scoredBy, PlayerSlot chosen, String chosenBy,
                         int index, int count, int previous, int next) {

    public static final ShotScores NONE = new ShotScores(-1, null, null, null, null, 0, 0, -1, -1);

    /** The shot nearest {@code frame} in {@code shots}. */
    public static ShotScores at(LabelingSession.Shots shots, int frame) {
        if (shots == null) {
            return NONE;
        }
        List<Integer> all = shots.allFrames();
        int nearest = shots.nearest(frame);
        if (nearest < 0) {
            return NONE;
        }
        int i = all.indexOf(nearest);
        ShotLabels.Choice choice = shots.choices().get(nearest);
        return new ShotScores(nearest, shots.scores().get(nearest), shots.scoredBy(),
                choice == null ? null : choice.shooter(), choice == null ? null : choice.author(), i + 1, all.size(),
                i > 0 ? all.get(i - 1) : -1, i + 1 < all.size() ? all.get(i + 1) : -1);
    }

    public boolean isEmpty() {
        return frame < 0;
    }

    /** The model's top pick, or null without scores. */
    public PlayerSlot top() {
        if (scores == null) {
            return null;
        }
        int best = 0;
        for (int i = 1; i < scores.length; i++) {
            if (scores[i] > scores[best]) {
                best = i;
            }
        }
        return PlayerSlot.OFFENCE[best];
    }

    /** The shooter that counts: the labeller's choice over the model's top pick. */
    public PlayerSlot shooter() {
        return chosen != null ? chosen : top();
    }
}
