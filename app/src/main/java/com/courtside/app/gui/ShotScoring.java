package com.courtside.app.gui;

import com.courtside.inference.onnx.Device;
import com.courtside.inference.onnx.ModelLoadException;
import com.courtside.inference.shooter.ShooterModel;
import com.courtside.inference.shooter.ShooterScores;
import com.courtside.inference.shooter.ShotScorer;
import com.courtside.inference.video.OpenedVideo;
import com.courtside.inference.video.VideoOpenException;
import com.courtside.resources.BundledModels;
import com.courtside.timeline.io.BasketballTruth;
import com.courtside.timeline.io.BasketballTruthJson;
import com.courtside.timeline.players.PersonBoxes;
import com.courtside.timeline.players.Shot;
import com.courtside.timeline.task.ProgressListener;
import com.courtside.ui.labels.LabelingSession;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Analysis ▸ Score the Shots: who took each shot of the open basketball video, by the bundled shooter model (the
 * baseline where this build has none), saved as a shooter run. The players' boxes and slots come from the basketball
 * labels beside the video ({@code NAME.basketball.json}); the shots are those of the labels (T) and of that file.
 */
final class ShotScoring {

    /** What the user is told when a video cannot be scored. */
    static final class NotScorable extends Exception {
        NotScorable(String message) {
            super(message);
        }
    }

    private ShotScoring() {
    }

    /** Scores and saves; returns how many shots were scored. Runs in the background. */
    static int score(LabelingSession session, OpenedVideo video, Path models, ProgressListener progress)
            throws NotScorable, VideoOpenException, ModelLoadException {
        BasketballTruth labels = labelsBeside(video.facts().path());
        PersonBoxes people = labels.people();
        List<Shot> shots = shots(session.load(), labels);
        if (shots.isEmpty()) {
            throw new NotScorable("No shots to score: mark a shot's release with T first.");
        }
        ShooterModel model = null;
        try {
            if (BundledModels.isBundled(BundledModels.DEFAULT_SHOOTER)) {
                model = ShooterModel.open(BundledModels.extractTo(BundledModels.DEFAULT_SHOOTER, models), Device.AUTO,
                        0);
            }
            List<ShooterScores> scores = new ShotScorer(model).score(video, people, shots, 0, progress);
            TreeMap<Integer, float[]> byFrame = new TreeMap<>();
            for (int i = 0; i < shots.size(); i++) {
                byFrame.put(shots.get(i).releaseFrame(), scores.get(i).scores());
            }
            String name = model == null ? "baseline" : model.model().manifest().name();
            session.saveShooterScores(byFrame, name, model == null ? null : model.model().sha256(),
                    model == null ? "shooter-baseline" : model.method(), model == null ? "CPU" : model.model().provider());
            return shots.size();
        } finally {
            if (model != null) {
                model.close();
            }
        }
    }

    /** The shot events of the labels (with the ball there as the origin) and the shots of the file. */
    private static List<Shot> shots(LabelingSession.Snapshot snapshot, BasketballTruth labels) {
        TreeMap<Integer, Shot> out = new TreeMap<>();
        for (Shot s : labels.shotList()) {
            out.put(s.releaseFrame(), new Shot(s.releaseFrame(), null, s.originX(), s.originY()));
        }
        var ball = snapshot.labels().ball();
        for (int f : snapshot.shots().frames()) {
            if (!out.containsKey(f) && f < ball.frameCount() && ball.isVisible(f)) {
                out.put(f, new Shot(f, null, ball.x(f), ball.y(f)));
            }
        }
        return new ArrayList<>(out.values());
    }

    private static BasketballTruth labelsBeside(Path video) throws NotScorable {
        String file = video.getFileName().toString();
        int dot = file.lastIndexOf('.');
        Path beside = video.resolveSibling((dot > 0 ? file.substring(0, dot) : file) + BasketballTruthJson.SUFFIX);
        if (!Files.isRegularFile(beside)) {
            throw new NotScorable("No players' boxes for " + file + ": this version reads them from "
                    + beside.getFileName() + " beside the video (render-demo --sport basketball writes one); "
                    + "a person detector is still to come.");
        }
        try {
            return BasketballTruthJson.read(beside);
        } catch (IOException e) {
            throw new NotScorable(e.getMessage());
        }
    }
}
