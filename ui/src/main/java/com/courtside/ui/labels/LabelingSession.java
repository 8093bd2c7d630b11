package com.courtside.ui.labels;

import com.courtside.inference.analysis.AnalysisResult;
import com.courtside.inference.track.TrackResult;
import com.courtside.labeling.edit.LabelEditor;
import com.courtside.labeling.store.BallWindow;
import com.courtside.labeling.store.CameraPins;
import com.courtside.labeling.store.ShotLabels;
import com.courtside.labeling.store.LabelLayers;
import com.courtside.labeling.store.Labels;
import com.courtside.labeling.store.LayerLabels;
import com.courtside.labeling.store.ModelRuns;
import com.courtside.labeling.store.Project;
import com.courtside.labeling.store.ProjectOpenException;
import com.courtside.labeling.store.VideoRecord;
import com.courtside.labeling.store.Videos;
import com.courtside.timeline.BallTrack;
import com.courtside.timeline.LabelSet;
import com.courtside.timeline.MatchEvent;
import com.courtside.timeline.Rally;
import com.courtside.timeline.VideoFacts;
import com.courtside.timeline.players.PlayerSlot;
import com.courtside.timeline.players.TrackedPeople;
import com.courtside.timeline.rally.GameStateSeries;
import com.courtside.timeline.rally.RallyFinder;
import com.courtside.timeline.rally.RallyPreset;
import com.courtside.timeline.rally.RallySettings;
import com.courtside.timeline.rally.TrajectoryRallies;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;

/**
 * The labels of one open video: its project, its entry there and the editor of its labels. Not tied to JavaFX;
 * every method may block on the database, so call them off the FX thread.
 */
public final class LabelingSession implements AutoCloseable {

    private final Project project;
    private final VideoRecord video;
    private final VideoFacts facts;
    private volatile LabelEditor editor;
    /** The newest people run's players, read once: they change only when the players are found again. */
    private volatile TrackedPeople people;

    private LabelingSession(Project project, VideoRecord video, VideoFacts facts, String author) {
        this.project = project;
        this.video = video;
        this.facts = facts;
        this.editor = new LabelEditor(project, video.id(), author);
    }

    /** Opens (or creates) the project and registers the video in it; a read-only project is registered only if known. */
    public static LabelingSession open(Path projectFile, VideoFacts facts, String author) throws ProjectOpenException {
        Project project = Project.open(projectFile);
        try {
            Videos videos = new Videos(project);
            VideoRecord record;
            if (project.isReadOnly()) {
                record = videos.all().stream().filter(v -> v.signature().sameContentAs(facts.signature())).findFirst()
                        .orElseThrow(() -> new ProjectOpenException(projectFile, "The read-only project "
                                + projectFile.getFileName() + " has no labels of " + facts.path().getFileName() + "."));
            } else {
                record = videos.register(facts);
            }
            return new LabelingSession(project, record, facts, author);
        } catch (ProjectOpenException | RuntimeException e) {
            project.close();
            throw e;
        }
    }

    public Project project() {
        return project;
    }

    public long videoId() {
        return video.id();
    }

    public VideoRecord video() {
        return video;
    }

    public LabelEditor editor() {
        return editor;
    }

    /** Who the next edits are by. */
    public void setAuthor(String author) {
        editor = new LabelEditor(project, video.id(), author);
    }

    /** The effective labels of the whole video (human over model) with the model's predicted flags and confidence. */
    public Snapshot load() {
        int n = facts.frameCount();
        Labels labels = new Labels(project);
        BallWindow w = labels.ball(video.id(), 0, n);
        BallTrack track = new BallTrack(n);
        for (int f = 0; f < n; f++) {
            int vis = w.visibility(f);
            if (vis == BallTrack.Visibility.VISIBLE.ordinal()) {
                track.set(f, w.x(f), w.y(f));
            } else if (vis != BallTrack.Visibility.NONE.ordinal() && !Float.isNaN(w.x(f))) {
                track.setHidden(f, BallTrack.Visibility.values()[vis], w.x(f), w.y(f));
            }
        }
        List<Labels.LabeledEvent> labeled = labels.events(video.id());
        List<MatchEvent> events = labeled.stream().map(e -> new MatchEvent(e.frame(), e.kind())).toList();
        List<Labels.LabeledRally> rallies = labels.rallies(video.id());
        List<Rally> plain = rallies.stream().map(r -> new Rally(r.startFrame(), r.endFrame())).toList();
        LabelSet set = new LabelSet(project.file().getFileName().toString(), facts.width(), facts.height(), facts.fps(),
                track, events, plain);
        float[] play = labels.gameState(video.id(), facts.fpsValue(), n).map(GameStateSeries::playCurve).orElse(null);
        ShotLabels shotLabels = new ShotLabels(project);
        Shots shots = new Shots(labeled.stream().filter(e -> e.kind() == com.courtside.timeline.EventKind.SHOT)
                .map(Labels.LabeledEvent::frame).toList(), shotLabels.modelScores(video.id()),
                shotLabels.choices(video.id()), new ModelRuns(project).activeRunInfo(video.id(), ModelRuns.SHOOTER_TASK)
                .map(ModelRuns.RunInfo::modelName).orElse(null), people(), shotLabels.slots(video.id()));
        return new Snapshot(set, w, labeled, rallies, play, disagreement(n), new CameraPins(project).of(video.id()),
                shots);
    }

    /** Beyond this distance a person's ball and the model's disagree. */
    static final double DISAGREE_PX = 10;

    /**
     * The frames where a person's ball label and the model's disagree: one sees a ball the other does not, or both
     * place it, more than {@value #DISAGREE_PX} px apart.
     */
    private boolean[] disagreement(int n) {
        LabelLayers layers = new LabelLayers(project);
        LayerLabels model = layers.read(video.id(), n, LabelLayers.Layer.MODEL);
        LayerLabels human = layers.read(video.id(), n, LabelLayers.Layer.HUMAN);
        boolean[] out = new boolean[n];
        for (int f = 0; f < n; f++) {
            if (!model.ballLabelled()[f] || !human.ballLabelled()[f]) {
                continue;
            }
            boolean m = model.ball().isVisible(f);
            boolean h = human.ball().isVisible(f);
            out[f] = m != h || m && Math.hypot(model.ball().x(f) - human.ball().x(f),
                    model.ball().y(f) - human.ball().y(f)) > DISAGREE_PX;
        }
        return out;
    }

    /**
     * The basketball labels of a video: the shots' release frames (shot events), the shooter scores of the newest
     * shooter run by release frame, the shooters labellers chose, the model (or baseline) that scored them or null,
     * the players the newest people run tracked, and the slots labellers gave their tracks.
     */
    public record Shots(List<Integer> frames, java.util.TreeMap<Integer, float[]> scores,
                        java.util.TreeMap<Integer, ShotLabels.Choice> choices, String scoredBy, TrackedPeople people,
                        java.util.Map<Integer, PlayerSlot> slots) {

        public static final Shots NONE = new Shots(List.of(), new java.util.TreeMap<>(), new java.util.TreeMap<>(),
                null, TrackedPeople.NONE, java.util.Map.of());

        /** Shots without players. */
        public Shots(List<Integer> frames, java.util.TreeMap<Integer, float[]> scores,
                     java.util.TreeMap<Integer, ShotLabels.Choice> choices, String scoredBy) {
            this(frames, scores, choices, scoredBy, TrackedPeople.NONE, java.util.Map.of());
        }

        /** Every shot frame: the shot events and the frames a run scored, in order. */
        public List<Integer> allFrames() {
            java.util.TreeSet<Integer> all = new java.util.TreeSet<>(frames);
            all.addAll(scores.keySet());
            all.addAll(choices.keySet());
            return List.copyOf(all);
        }

        /** The shot nearest {@code frame}, or −1 where there is none. */
        public int nearest(int frame) {
            int best = -1;
            for (int f : allFrames()) {
                if (best < 0 || Math.abs(f - frame) < Math.abs(best - frame)) {
                    best = f;
                }
            }
            return best;
        }
    }

    /**
     * What one load read: the labels to draw and, for the label panel, where each came from.
     *
     * @param play         the game-state model's probability of play per frame, or null where none ran
     * @param disagreement the frames where a person's ball label and the model's disagree, or null
     */
    public record Snapshot(LabelSet labels, BallWindow ball, List<Labels.LabeledEvent> events,
                           List<Labels.LabeledRally> rallies, float[] play, boolean[] disagreement,
                           List<CameraPins.Pin> pins, Shots shots) {

        public Snapshot(LabelSet labels, BallWindow ball, List<Labels.LabeledEvent> events,
                        List<Labels.LabeledRally> rallies) {
            this(labels, ball, events, rallies, null, null, List.of(), Shots.NONE);
        }

        public boolean isEmpty() {
            return labels.ball().visibleCount() == 0 && events.isEmpty() && rallies.isEmpty()
                    && hasNoPositions();
        }

        /** Whether a model run's ball is part of these labels (an analysis has been saved). */
        public boolean hasModelBall() {
            for (int i = 0; i < ball.length(); i++) {
                if (ball.source()[i] == com.courtside.labeling.store.LabelSource.MODEL.ordinal()) {
                    return true;
                }
            }
            return false;
        }

        private boolean hasNoPositions() {
            for (int i = 0; i < ball.length(); i++) {
                if (ball.source()[i] != 0) {
                    return false;
                }
            }
            return true;
        }
    }

    /** {@link #saveAnalysis(AnalysisResult, String, String, String, String, RallySettings)} with table-tennis rallies. */
    public boolean saveAnalysis(AnalysisResult result, String methodId, String modelName, String modelSha256,
                                String provider) {
        return saveAnalysis(result, methodId, modelName, modelSha256, provider, RallyPreset.TABLE_TENNIS.settings());
    }

    /**
     * Keeps an analysis as a model run, unless the newest complete run already is this method's: the ball, the
     * events and the rallies found in the trajectory with {@code rallySettings}. The run's rallies are the model
     * layer's rallies on the timeline until a game-state run (task {@link ModelRuns#RALLY_TASK}) replaces them;
     * where one already has, its rallies are found again with this ball track ({@link #refindRallies}).
     */
    public boolean saveAnalysis(AnalysisResult result, String methodId, String modelName, String modelSha256,
                                String provider, RallySettings rallySettings) {
        if (project.isReadOnly() || methodId.equals(activeMethod())) {
            return false;
        }
        ModelRuns runs = new ModelRuns(project);
        long run = runs.start(video.id(), ModelRuns.BALL_TASK, modelName, modelSha256, methodId, provider);
        try {
            TrackResult track = result.track();
            int n = track.frameCount();
            int count = 0;
            for (int f = 0; f < n; f++) {
                count += track.hasBall(f) ? 1 : 0;
            }
            int[] frames = new int[count];
            float[] x = new float[count];
            float[] y = new float[count];
            byte[] vis = new byte[count];
            float[] conf = new float[count];
            boolean[] predicted = new boolean[count];
            BallTrack ball = track.ballTrack();
            for (int f = 0, i = 0; f < n; f++) {
                if (track.hasBall(f)) {
                    frames[i] = f;
                    x[i] = ball.x(f);
                    y[i] = ball.y(f);
                    vis[i] = (byte) ball.visibility(f).ordinal();
                    conf[i] = track.confidence(f);
                    predicted[i] = track.isPredicted(f);
                    i++;
                }
            }
            runs.writeBall(run, frames, x, y, vis, conf, predicted);
            runs.writeEvents(run, result.events());
            VideoFacts analysed = result.facts();
            runs.writeRallies(run, TrajectoryRallies.rallies(ball, analysed.fpsValue(), analysed.width(),
                    analysed.height(), rallySettings));
            runs.finish(run, "complete");
        } catch (RuntimeException e) {
            runs.finish(run, "failed");
            throw e;
        }
        if (runs.activeRun(video.id(), ModelRuns.RALLY_TASK).isPresent()) {
            // The rally run was found with the ball of an older analysis: find its rallies again with this one.
            refindRallies(rallySettings);
        }
        return true;
    }

    /** Whether the newest complete rally run was made by {@code methodId}: then a game-state run would repeat it. */
    public boolean hasGameState(String methodId) {
        return methodId.equals(activeMethod(ModelRuns.RALLY_TASK));
    }

    /**
     * Keeps a game-state model's windows as a rally run with the rallies they give together with the ball track
     * ({@link RallyFinder}); from then on these are the model layer's rallies. Does nothing on a read-only project
     * or when the newest rally run is already this method's.
     */
    public boolean saveGameState(GameStateSeries series, BallTrack ball, String methodId, String modelName,
                                 String modelSha256, String provider, RallySettings rallySettings) {
        if (project.isReadOnly() || hasGameState(methodId)) {
            return false;
        }
        ModelRuns runs = new ModelRuns(project);
        long run = runs.start(video.id(), ModelRuns.RALLY_TASK, modelName, modelSha256, methodId, provider);
        try {
            runs.writeRallies(run, RallyFinder.find(ball, facts.fpsValue(), facts.width(), facts.height(), series,
                    rallySettings).rallies());
            runs.writeGameState(run, series);
            runs.finish(run, "complete");
            return true;
        } catch (RuntimeException e) {
            runs.finish(run, "failed");
            throw e;
        }
    }

    /**
     * Keeps the shooter scores of a video's shots as a shooter run (task {@link ModelRuns#SHOOTER_TASK}): release
     * frame → five scores of O1–O5; from then on the Shooter tab shows them.
     */
    public boolean saveShooterScores(java.util.SortedMap<Integer, float[]> scores, String modelName,
                                     String modelSha256, String method, String provider) {
        return saveRun(ModelRuns.SHOOTER_TASK, modelName, modelSha256, method, provider,
                (runs, run) -> runs.writeShots(run, scores));
    }

    /** Writes one complete run of {@code task}, or marks it failed; false where the project is read-only. */
    private boolean saveRun(String task, String modelName, String modelSha256, String method, String provider,
                            java.util.function.ObjLongConsumer<ModelRuns> write) {
        if (project.isReadOnly()) {
            return false;
        }
        ModelRuns runs = new ModelRuns(project);
        long run = runs.start(video.id(), task, modelName, modelSha256, method, provider);
        try {
            write.accept(runs, run);
            runs.finish(run, "complete");
            return true;
        } catch (RuntimeException e) {
            runs.finish(run, "failed");
            throw e;
        }
    }

    /** The players of the newest people run (read from the project once, then kept); empty where none ran. */
    public TrackedPeople people() {
        TrackedPeople known = people;
        if (known == null) {
            known = new ShotLabels(project).people(video.id());
            people = known;
        }
        return known;
    }

    /**
     * Keeps the players found in the video as a people run (task {@link ModelRuns#PEOPLE_TASK}); from then on they
     * are the tracks labellers give slots to.
     */
    public boolean savePeople(TrackedPeople found, String modelName, String modelSha256, String method,
                              String provider) {
        boolean saved = saveRun(ModelRuns.PEOPLE_TASK, modelName, modelSha256, method, provider,
                (runs, run) -> runs.writePeople(run, found));
        if (saved) {
            people = found;
        }
        return saved;
    }

    /** The method name of a rally run found again from kept model output, where no game-state model ran. */
    public static final String TRAJECTORY_RALLIES = "trajectory-rallies";

    /**
     * Finds the model's rallies again with {@code rallySettings} from what the project keeps: the newest rally
     * run's game-state windows together with the newest ball run's track ({@link RallyFinder}), or the ball track
     * alone ({@link TrajectoryRallies}) where no game-state model ran. No model runs again: the new rallies are
     * kept as a new rally run with the same model, method and windows, so they replace the old ones and undoing
     * means choosing the old settings. People's rallies are untouched.
     *
     * @return how many model rallies there now are, or empty where the project holds no analysis to find them in
     *         or cannot be written
     */
    public java.util.OptionalInt refindRallies(RallySettings rallySettings) {
        if (project.isReadOnly()) {
            return java.util.OptionalInt.empty();
        }
        ModelRuns runs = new ModelRuns(project);
        java.util.Optional<ModelRuns.RunInfo> ballRun = runs.activeRunInfo(video.id(), ModelRuns.BALL_TASK);
        java.util.Optional<ModelRuns.RunInfo> rallyRun = runs.activeRunInfo(video.id(), ModelRuns.RALLY_TASK);
        int n = facts.frameCount();
        java.util.Optional<GameStateSeries> series = new Labels(project).gameState(video.id(), facts.fpsValue(), n);
        if (ballRun.isEmpty() && series.isEmpty()) {
            return java.util.OptionalInt.empty();
        }
        BallTrack ball = new LabelLayers(project).read(video.id(), n, LabelLayers.Layer.MODEL).ball();
        List<Rally> rallies = series.isPresent()
                ? RallyFinder.find(ball, facts.fpsValue(), facts.width(), facts.height(), series.get(), rallySettings)
                        .rallies()
                : TrajectoryRallies.rallies(ball, facts.fpsValue(), facts.width(), facts.height(), rallySettings);
        ModelRuns.RunInfo made = series.isPresent() ? rallyRun.orElseThrow()
                : new ModelRuns.RunInfo(0, ballRun.get().modelName(), ballRun.get().modelSha256(), TRAJECTORY_RALLIES,
                        ballRun.get().provider());
        long run = runs.start(video.id(), ModelRuns.RALLY_TASK, made.modelName(), made.modelSha256(),
                made.parameters(), made.provider());
        try {
            runs.writeRallies(run, rallies);
            series.ifPresent(s -> runs.writeGameState(run, s));
            runs.finish(run, "complete");
            return java.util.OptionalInt.of(rallies.size());
        } catch (RuntimeException e) {
            runs.finish(run, "failed");
            throw e;
        }
    }

    private String activeMethod() {
        return activeMethod(ModelRuns.BALL_TASK);
    }

    private String activeMethod(String task) {
        return project.read("Reading the latest analysis", c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT parameters FROM model_run WHERE video_id = ? "
                    + "AND task = ? AND status = 'complete' ORDER BY finished_at DESC, id DESC LIMIT 1")) {
                s.setLong(1, video.id());
                s.setString(2, task);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? rs.getString(1) : null;
                }
            }
        });
    }

    @Override
    public void close() {
        project.close();
    }
}
