package com.courtside.app.gui;

import com.courtside.inference.onnx.Device;
import com.courtside.inference.onnx.ModelLoadException;
import com.courtside.inference.shooter.ShooterModel;
import com.courtside.inference.shooter.ShooterScores;
import com.courtside.inference.shooter.ShotScorer;
import com.courtside.inference.shooter.TrackSlots;
import com.courtside.inference.video.OpenedVideo;
import com.courtside.inference.video.VideoOpenException;
import com.courtside.resources.BundledModels;
import com.courtside.timeline.BallTrack;
import com.courtside.timeline.VideoFacts;
import com.courtside.timeline.io.BasketballTruth;
import com.courtside.timeline.io.BasketballTruthJson;
import com.courtside.timeline.players.PersonBoxes;
import com.courtside.timeline.players.Shot;
import com.courtside.timeline.players.ShotFinder;
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
 * baseline where this build has none), saved as a shooter run. The players are those Find the Players tracked, with
 * the slots the labeller gave them; where none were found, the boxes and slots of the basketball labels beside the
 * video ({@code NAME.basketball.json}, as {@code render-demo --sport basketball} writes them). The shots are those
 * marked with T, those the ball's labels show (a high arc: {@link ShotFinder}) and those of that file.
 */
final class ShotScoring {

    /** A shot the ball track shows this close to a marked one is the same shot. */
    static final double SAME_SHOT_SECONDS = 0.5;

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
        LabelingSession.Snapshot snapshot = session.load();
        BasketballTruth truth = truthBeside(video.facts().path());
        PersonBoxes people = players(snapshot.shots(), truth, video.facts().path());
        List<Shot> shots = shots(snapshot, truth, video.facts());
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

    /** The tracked players with the labeller's slots, else the boxes of the basketball labels. */
    private static PersonBoxes players(LabelingSession.Shots shots, BasketballTruth truth, Path video)
            throws NotScorable {
        if (!shots.people().isEmpty()) {
            if (shots.slots().values().stream().noneMatch(s -> s.offenceIndex() >= 0)) {
                throw new NotScorable("Give the attacking players their slots O1–O5 first: in the Shooter tab, "
                        + "or with a right click on a player's box. The scores are over those five.");
            }
            return TrackSlots.assign(shots.people().boxes(), shots.people().teams(), shots.slots());
        }
        if (truth != null) {
            return truth.people();
        }
        throw new NotScorable("No players in " + video.getFileName() + " yet: find them with Analysis ▸ Find the "
                + "Players, then give the attackers their slots O1–O5 in the Shooter tab.");
    }

    /** The shot events of the labels, the arcs of the labelled ball, and the shots of the basketball labels. */
    static List<Shot> shots(LabelingSession.Snapshot snapshot, BasketballTruth truth, VideoFacts facts)
            throws NotScorable {
        TreeMap<Integer, Shot> out = new TreeMap<>();
        if (truth != null) {
            for (Shot s : truth.shotList()) {
                out.put(s.releaseFrame(), new Shot(s.releaseFrame(), null, s.originX(), s.originY()));
            }
        }
        BallTrack ball = snapshot.labels().ball();
        for (int f : snapshot.shots().frames()) {
            if (out.containsKey(f)) {
                continue;
            }
            if (f >= ball.frameCount() || !ball.isVisible(f)) {
                throw new NotScorable("The shot marked at frame " + f + " has no ball: click the ball where it "
                        + "leaves the shooter's hands on that frame, then score again. The scores start from there.");
            }
            out.put(f, new Shot(f, null, ball.x(f), ball.y(f)));
        }
        int near = (int) Math.round(SAME_SHOT_SECONDS * facts.fpsValue());
        for (Shot s : ShotFinder.find(ball, facts.fpsValue(), facts.width(), facts.height())) {
            Integer before = out.floorKey(s.releaseFrame() + near);
            if (before == null || before < s.releaseFrame() - near) {
                out.put(s.releaseFrame(), s);
            }
        }
        return new ArrayList<>(out.values());
    }

    /** The basketball labels beside the video, or null where there are none. */
    private static BasketballTruth truthBeside(Path video) throws NotScorable {
        String file = video.getFileName().toString();
        int dot = file.lastIndexOf('.');
        Path beside = video.resolveSibling((dot > 0 ? file.substring(0, dot) : file) + BasketballTruthJson.SUFFIX);
        if (!Files.isRegularFile(beside)) {
            return null;
        }
        try {
            return BasketballTruthJson.read(beside);
        } catch (IOException e) {
            throw new NotScorable(e.getMessage());
        }
    }
}
