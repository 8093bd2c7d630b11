package com.courtside.app.gui;

import com.courtside.inference.onnx.Device;
import com.courtside.inference.onnx.ModelLoadException;
import com.courtside.inference.people.PersonBoxesModel;
import com.courtside.inference.shooter.PlayerAnalysis;
import com.courtside.inference.video.OpenedVideo;
import com.courtside.inference.video.VideoOpenException;
import com.courtside.resources.BundledModels;
import com.courtside.timeline.players.TrackedPeople;
import com.courtside.timeline.task.ProgressListener;
import com.courtside.ui.labels.LabelingSession;
import ai.onnxruntime.OrtException;

import java.nio.file.Path;

/**
 * Analysis ▸ Find the Players: the people of the open basketball video with the bundled person detector (the
 * classical detector where this build has none), their kit teams and their tracks, saved as a people run. Then
 * the labeller gives the tracks their slots (Shooter tab, or a right click on a box).
 */
final class PlayerFinding {

    private PlayerFinding() {
    }

    /** Finds and saves; returns the players found. Runs in the background. */
    static TrackedPeople find(LabelingSession session, OpenedVideo video, Path models, ProgressListener progress)
            throws VideoOpenException, ModelLoadException {
        PersonBoxesModel model = null;
        try {
            if (BundledModels.isBundled(BundledModels.DEFAULT_PEOPLE)) {
                model = PersonBoxesModel.open(BundledModels.extractTo(BundledModels.DEFAULT_PEOPLE, models),
                        Device.AUTO, 0);
            }
            TrackedPeople people = PlayerAnalysis.run(video, model, 0, progress);
            if (model == null) {
                session.savePeople(people, "classical", null, "classical-people", "CPU");
            } else {
                session.savePeople(people, model.model().manifest().name(), model.model().sha256(), "person-boxes",
                        model.model().provider());
            }
            return people;
        } finally {
            if (model != null) {
                try {
                    model.close();
                } catch (OrtException ignored) {
                    // The players are saved; a session that fails to free changes nothing for the user.
                }
            }
        }
    }

    /** How many tracks were found: the people the status line reports. */
    static int trackCount(TrackedPeople people) {
        var boxes = people.boxes();
        java.util.BitSet tracks = new java.util.BitSet();
        for (int i = 0; i < boxes.size(); i++) {
            tracks.set(boxes.track(i));
        }
        return tracks.cardinality();
    }
}
