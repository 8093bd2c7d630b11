package com.courtside.app.gui;

import com.courtside.inference.analysis.AnalysisResult;
import com.courtside.inference.video.CacheDirectory;
import com.courtside.inference.video.OpenedVideo;
import com.courtside.labeling.store.ProjectFiles;
import com.courtside.resources.BundledModels;
import com.courtside.ui.analysis.AnalysisSettings;
import com.courtside.ui.analysis.AnalysisViewModel;
import com.courtside.ui.analysis.AnalysisWorkflow;
import com.courtside.ui.labels.LabelingMenus;
import com.courtside.ui.labels.LabelingViewModel;
import com.courtside.ui.main.AlertErrorReporter;
import com.courtside.ui.main.MainWindow;
import com.courtside.ui.main.OpenVideoWorkflow;
import com.courtside.ui.main.RecentFiles;
import com.courtside.ui.player.ErrorReporter;
import com.courtside.ui.player.PlayerViewModel;
import com.courtside.ui.task.FxTaskRunner;
import com.courtside.ui.video.VideoView;
import javafx.stage.Stage;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.prefs.Preferences;

/**
 * The assembled workstation on one stage: builds the parts, hands each its collaborators, and tears them down in
 * order (playback, analysis and its model, video and decoder threads, background executor). Tests build it on
 * TestFX's stage.
 */
public final class Workstation implements AutoCloseable {

    private final Stage stage;
    private final FxTaskRunner tasks = new FxTaskRunner();
    private final PlayerViewModel player = new PlayerViewModel(System::nanoTime);
    private final VideoView video = new VideoView();
    private final OpenVideoWorkflow opener;
    private final AnalysisWorkflow analysis;
    private final MainWindow window;
    private final LabelingViewModel labels;
    private final CacheDirectory cache;
    private boolean closed;

    private Workstation(Stage stage, Preferences preferences, CacheDirectory cache) {
        this.stage = stage;
        this.cache = cache;
        ErrorReporter errors = new AlertErrorReporter(stage);
        player.setErrorReporter(errors);
        RecentFiles recent = new RecentFiles(preferences);
        opener = new OpenVideoWorkflow(tasks, player, video, cache, recent, errors);
        analysis = new AnalysisWorkflow(tasks, new AnalysisViewModel(),
                new AnalysisSettings(preferences, BundledModels.ballModels()), cache, player.status(), opener.videoProperty());
        labels = new LabelingViewModel(tasks, player.status(), errors, labeller(preferences));
        Path projects = cache.root().resolve("projects");
        opener.videoProperty().addListener((obs, old, now) -> {
            if (now != null) {
                labels.open(ProjectFiles.forVideo(now.facts().path(), now.facts().signature(), projects), now.facts());
            }
        });
        analysis.setResultListener((result, methodId, label, sha) -> {
            labels.saveAnalysis(result, methodId, label, sha);
            findRallies(result, cache);
        });
        window = new MainWindow(stage, player, tasks, opener, recent, video, analysis, labels, preferences);
        javafx.scene.control.MenuItem exportDataset = new javafx.scene.control.MenuItem("Export Dataset…");
        exportDataset.setId("menu-export-dataset");
        exportDataset.setAccelerator(new javafx.scene.input.KeyCodeCombination(javafx.scene.input.KeyCode.E,
                javafx.scene.input.KeyCombination.SHORTCUT_DOWN, javafx.scene.input.KeyCombination.SHIFT_DOWN));
        exportDataset.setOnAction(e -> exportDataset());
        window.addFileItem(exportDataset);
        javafx.scene.control.MenuItem exportVideo = new javafx.scene.control.MenuItem("Export Video…");
        exportVideo.setId("menu-export-video");
        exportVideo.setAccelerator(new javafx.scene.input.KeyCodeCombination(javafx.scene.input.KeyCode.V,
                javafx.scene.input.KeyCombination.SHORTCUT_DOWN, javafx.scene.input.KeyCombination.SHIFT_DOWN));
        exportVideo.setOnAction(e -> exportVideo());
        window.addFileItem(exportVideo);
        javafx.scene.control.MenuItem compare = new javafx.scene.control.MenuItem("Compare Labels…");
        compare.setId("menu-compare-labels");
        compare.setOnAction(e -> compareLabels());
        window.addMenuItem("Analysis", compare);
        javafx.scene.control.MenuItem players = new javafx.scene.control.MenuItem("Find the Players");
        players.setId("menu-find-players");
        players.setOnAction(e -> findPlayers());
        window.addMenuItem("Analysis", players);
        javafx.scene.control.MenuItem score = new javafx.scene.control.MenuItem("Score the Shots");
        score.setId("menu-score-shots");
        score.setOnAction(e -> scoreShots());
        window.addMenuItem("Analysis", score);
        stage.setOnHidden(e -> close());
    }

    /**
     * After a ball analysis, the bundled game-state model (where this build has one) finds the rallies together
     * with the ball track, in the background; the project keeps them.
     */
    private void findRallies(AnalysisResult result, CacheDirectory cache) {
        OpenedVideo opened = opener.videoProperty().get();
        if (!BundledModels.isBundled(BundledModels.DEFAULT_GAME_STATE) || opened == null
                || !opened.facts().signature().sameContentAs(result.facts().signature())) {
            return;
        }
        Path model;
        try {
            model = BundledModels.extractTo(BundledModels.DEFAULT_GAME_STATE, AnalysisWorkflow.modelFolder(cache));
        } catch (UncheckedIOException e) {
            player.status().setMessage("Rallies from the ball track only: " + e.getMessage());
            return;
        }
        labels.findRallies(model, opened, result.track().ballTrack());
    }

    /** Analysis ▸ Score the Shots: the shooter scores of the open basketball video's shots, then the Shooter tab. */
    public void scoreShots() {
        var session = labels.sessionProperty().get();
        OpenedVideo opened = opener.videoProperty().get();
        if (session == null || opened == null) {
            player.status().setMessage("Open a basketball video to score its shots");
            return;
        }
        Path models = AnalysisWorkflow.modelFolder(cache);
        tasks.submit("Scoring the shots", p -> ShotScoring.score(session, opened, models, p), n -> {
            player.status().setMessage("Scored " + n + (n == 1 ? " shot" : " shots") + ": see the Shooter tab");
            labels.reloadLabels();
        }, failure -> {
            if (failure instanceof ShotScoring.NotScorable) {
                player.status().setMessage(failure.getMessage());
            } else {
                new AlertErrorReporter(stage).report("The shots could not be scored", failure.getMessage());
            }
        });
    }

    /**
     * Analysis ▸ Find the Players: the people of the open video, their kit teams and tracks, kept in the project;
     * then the Shooter tab lists them for their slots.
     */
    public void findPlayers() {
        var session = labels.sessionProperty().get();
        OpenedVideo opened = opener.videoProperty().get();
        if (session == null || opened == null) {
            player.status().setMessage("Open a basketball video to find its players");
            return;
        }
        Path models = AnalysisWorkflow.modelFolder(cache);
        tasks.submit("Finding the players", p -> PlayerFinding.find(session, opened, models, p), people -> {
            int n = PlayerFinding.trackCount(people);
            player.status().setMessage(n == 0 ? "No players found" : "Found " + n + (n == 1 ? " track" : " tracks")
                    + ": give the attackers their slots O1–O5 in the Shooter tab, or with a right click on a box");
            labels.reloadLabels();
        }, failure -> new AlertErrorReporter(stage).report("The players could not be found", failure.getMessage()));
    }

    /** File ▸ Export Dataset…: the open video's labels, and others', as a training dataset; null without a video. */
    public com.courtside.ui.export.ExportDialog exportDataset() {
        var session = labels.sessionProperty().get();
        OpenedVideo opened = opener.videoProperty().get();
        if (session == null || opened == null) {
            player.status().setMessage("Open a labelled video to export its labels");
            return null;
        }
        var dialog = new com.courtside.ui.export.ExportDialog(stage, tasks,
                new com.courtside.ui.export.ExportSources(opened, session.project(), session.videoId(), cache));
        dialog.show();
        return dialog;
    }

    /** File ▸ Export Video…: the rallies without the dead time, or the follow-cam; null without a video. */
    public com.courtside.ui.export.VideoExportDialog exportVideo() {
        var snapshot = labels.snapshotProperty().get();
        OpenedVideo opened = opener.videoProperty().get();
        if (snapshot == null || opened == null) {
            player.status().setMessage("Open a video to export its rallies");
            return null;
        }
        var camera = window.camera();
        var dialog = new com.courtside.ui.export.VideoExportDialog(stage, tasks,
                new com.courtside.ui.export.VideoExportSources(opened, snapshot.labels().rallies(),
                        snapshot.labels().ball(), camera.pinsProperty().get(), camera.settingsProperty().get(),
                        snapshot.labels().events(), snapshot.shots().scores()));
        dialog.show();
        return dialog;
    }

    /** Analysis ▸ Compare Labels…: two label sources of the open video side by side. */
    public void compareLabels() {
        var session = labels.sessionProperty().get();
        if (session == null) {
            player.status().setMessage("Open a video to compare its labels");
            return;
        }
        new CompareLabelsDialog(stage, tasks, session).show();
    }

    /** Who the edits are by: the "labeller" preference, else the login name. */
    private static String labeller(Preferences preferences) {
        return preferences.get(LabelingMenus.LABELLER_KEY, System.getProperty("user.name", "labeller"));
    }

    /** Builds the window into {@code stage} (not shown yet); call on the FX thread. */
    public static Workstation create(Stage stage, Preferences preferences, CacheDirectory cache) {
        return new Workstation(stage, preferences, cache);
    }

    /** The preferences node of the installed program; {@code -Dcourtside.prefs=NODE} picks another (tests). */
    public static Preferences defaultPreferences() {
        String node = System.getProperty("courtside.prefs", "com/courtside/workstation");
        return Preferences.userRoot().node(node);
    }

    public void open(Path video) {
        opener.open(video);
    }

    public void openDemo() {
        opener.openDemo();
    }

    /** Analyzes the open video with the chosen ball model (Analysis ▸ Analyze Ball). */
    public void analyze() {
        analysis.analyze();
    }

    public AnalysisWorkflow analysis() {
        return analysis;
    }

    public Stage stage() {
        return stage;
    }

    public PlayerViewModel player() {
        return player;
    }

    public VideoView videoView() {
        return video;
    }

    public LabelingViewModel labels() {
        return labels;
    }

    public MainWindow window() {
        return window;
    }

    /** Stops playback, closes the video (its decoder threads end) and the background executor. Idempotent. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        window.stop();
        analysis.close();
        labels.close();
        opener.close();
        tasks.close();
    }
}
