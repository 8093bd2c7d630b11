package com.courtside.ui.main;

import com.courtside.timeline.Rally;
import com.courtside.timeline.VideoFacts;
import com.courtside.timeline.rally.RallyPreset;
import com.courtside.timeline.rally.RallySettings;
import com.courtside.timeline.rally.RallySettingsFile;
import com.courtside.ui.Styles;
import com.courtside.ui.analysis.AnalysisMenu;
import com.courtside.ui.analysis.AnalysisPanel;
import com.courtside.ui.analysis.AnalysisViewModel;
import com.courtside.ui.analysis.AnalysisWorkflow;
import com.courtside.ui.labels.BallEditing;
import com.courtside.ui.labels.LabelPanel;
import com.courtside.ui.labels.LabelingMenus;
import com.courtside.ui.labels.LabelingViewModel;
import com.courtside.ui.overlay.LabelLayer;
import javafx.beans.binding.Bindings;
import javafx.scene.layout.StackPane;
import com.courtside.ui.player.PlayerViewModel;
import com.courtside.ui.scrubber.Scrubber;
import com.courtside.ui.task.FxTaskRunner;
import com.courtside.ui.timeline.CoachPanel;
import com.courtside.ui.timeline.RalliesMenu;
import com.courtside.ui.timeline.RalliesPanel;
import com.courtside.ui.timeline.RallySettingsDialog;
import com.courtside.ui.timeline.ReviewPanel;
import com.courtside.ui.timeline.TimelineData;
import com.courtside.ui.timeline.TimelineView;
import com.courtside.ui.timeline.TimelineViewport;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import com.courtside.ui.video.VideoView;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import java.util.List;
import java.util.prefs.Preferences;

/**
 * The main window: menus on top, the video in the middle, the analysis panel, scrubber, transport and status bar
 * below. Wires the views to the {@link PlayerViewModel} and the {@link AnalysisViewModel}; owns no logic of its own.
 */
public final class MainWindow {

    public static final double DEFAULT_WIDTH = 1280;
    public static final double DEFAULT_HEIGHT = 800;
    /** The preference that keeps the sport whose rally preset is used. */
    public static final String SPORT_KEY = "rallySport";
    /** The preference that keeps rally settings of one's own, as one line of JSON. */
    public static final String RALLY_SETTINGS_KEY = "rallySettings";

    private final PlayerViewModel player;
    private final AnalysisViewModel analysis;
    private final VideoView video;
    private final Scrubber scrubber = new Scrubber();
    private final TimelineView timeline = new TimelineView();
    private final ObjectProperty<TimelineData> timelineData = new SimpleObjectProperty<>(this, "timelineData",
            TimelineData.EMPTY);
    private final RalliesPanel rallies;
    private final ReviewPanel review;
    /** Whether the timeline shows the project's labels, whose rally edges can be dragged. */
    private boolean timelineFromProject;
    private final BorderPane root = new BorderPane();
    private final PulseDriver pulses;
    private final LabelingViewModel labels;
    private final Preferences preferences;
    private final Stage stage;
    private final RalliesMenu ralliesMenu;
    private final com.courtside.ui.camera.CameraControls cameraControls;

    public MainWindow(Stage stage, PlayerViewModel player, FxTaskRunner tasks, OpenVideoWorkflow opener,
                      RecentFiles recent, VideoView video, AnalysisWorkflow analyzer, LabelingViewModel labels,
                      Preferences preferences) {
        this.player = player;
        this.analysis = analyzer.model();
        this.video = video;
        this.pulses = new PulseDriver(player);
        this.labels = labels;
        root.getStyleClass().add(Styles.ROOT);
        AnalysisMenu analysisMenu = new AnalysisMenu(analyzer, () -> stage);
        MainMenu menu = new MainMenu(opener, recent, player, analysisMenu, () -> stage, stage::close);
        LabelingMenus labelling = new LabelingMenus(labels, player, preferences, () -> stage);
        menu.addLabelling(java.util.List.of(labelling.importItem(), labelling.importFolderItem()),
                labelling.editMenu(), labelling.labelsMenu());
        root.setTop(menu.root());
        BallEditing editing = new BallEditing(video, player, labels);
        new com.courtside.ui.players.PlayerSlotMenu(video, labels::setPlayerSlot);
        root.setCenter(new StackPane(video, editing.layer()));
        rallies = new RalliesPanel(timelineData, player);
        review = new ReviewPanel(timelineData, () -> {
            var s = labels.snapshotProperty().get();
            return s == null || !timelineFromProject ? null : s.disagreement();
        }, player);
        cameraControls = new com.courtside.ui.camera.CameraControls(player, labels, video, preferences);
        root.setRight(sideTabs(new LabelPanel(labels, player.currentFrameProperty()).root()));
        this.preferences = preferences;
        this.stage = stage;
        RallySettings rallySettings = rallySettings(preferences);
        labels.setRallySettings(rallySettings);
        ralliesMenu = new RalliesMenu(rallies, review, timeline, rallySettings,
                chosen -> applyRallySettings(chosen.settings()), this::openRallySettings);
        menu.addBeforeLast(ralliesMenu.menu());
        menu.addBeforeLast(cameraControls.menu());
        bindVideo(labels);
        bindScrubber();
        bindTimeline();
        showRallies();
        VBox bottom = new VBox(new AnalysisPanel(analysis, analyzer::cancel).root(), timeline, scrubber,
                new TransportBar(player, analysisMenu.analyzeButton()).root(),
                new StatusBar(player, tasks, analysis).root());
        root.setBottom(bottom);

        Scene scene = new Scene(root, DEFAULT_WIDTH, DEFAULT_HEIGHT);
        scene.getStylesheets().add(Styles.stylesheet());
        new KeyBindings(player).install(scene);
        FileDrop.install(root, opener::open);
        stage.setScene(scene);
        stage.titleProperty().bind(player.status().titleProperty());
        stage.setMinWidth(640);
        stage.setMinHeight(420);
    }

    private void bindVideo(LabelingViewModel labels) {
        video.layerProperty().bind(player.labelLayerProperty());
        video.playersProperty().bind(Bindings.createObjectBinding(() -> {
            var snapshot = labels.snapshotProperty().get();
            return snapshot == null ? java.util.List.<com.courtside.ui.overlay.PlayerMark>of()
                    : com.courtside.ui.overlay.PlayerMark.at(snapshot.shots().people(), snapshot.shots().slots(),
                    player.currentFrameProperty().get());
        }, labels.snapshotProperty(), player.currentFrameProperty()));
        // The saved labels (the model's run with the labeller's corrections) replace the bare analysis once there are
        // any; hiding the analysis (Shift+V) hides them too.
        video.analysisLayerProperty().bind(Bindings.createObjectBinding(
                () -> !analysis.layerVisibleProperty().get() ? null
                        : labels.layerProperty().get() != null ? labels.layerProperty().get()
                        : analysis.shownLayerBinding().get(),
                labels.layerProperty(), analysis.layerVisibleProperty(), analysis.shownLayerBinding()));
        video.overlayFrameProperty().bind(player.shownFrameProperty());
        video.overlayVisibleProperty().bind(player.overlayVisibleProperty());
        video.playbackProperty().bind(player.playingProperty());
    }

    private void bindScrubber() {
        scrubber.setId("scrubber");
        scrubber.onSeekProperty().set(player::seek);
        scrubber.frameProperty().bind(player.currentFrameProperty());
        scrubber.scrubbingProperty().addListener((obs, was, now) -> player.setScrubbing(now));
        player.factsProperty().addListener((obs, old, facts) -> showFacts(facts));
        player.labelLayerProperty().addListener(obs -> showRallies());
        labels.layerProperty().addListener(obs -> showRallies());
    }

    /**
     * The rally settings kept in the preferences: settings of one's own ({@value #RALLY_SETTINGS_KEY}), else the
     * chosen sport's preset ({@value #SPORT_KEY}), else table tennis.
     */
    static RallySettings rallySettings(Preferences preferences) {
        String own = preferences.get(RALLY_SETTINGS_KEY, null);
        if (own != null) {
            try {
                return RallySettingsFile.fromJson(own, "the kept rally settings");
            } catch (java.io.IOException e) {
                // Kept by an older or newer version in another form: fall back on the sport.
            }
        }
        try {
            return RallyPreset.fromWire(preferences.get(SPORT_KEY, RallyPreset.TABLE_TENNIS.wireName())).settings();
        } catch (IllegalArgumentException e) {
            return RallyPreset.TABLE_TENNIS.settings();
        }
    }

    /** Rallies ▸ Rally Settings…: edits the settings in use; Apply finds the open video's rallies again. */
    public RallySettingsDialog openRallySettings() {
        RallySettingsDialog dialog = new RallySettingsDialog(stage, labels.rallySettings());
        dialog.show(this::applyRallySettings);
        return dialog;
    }

    /** Keeps {@code settings} for the next start and finds the open video's model rallies again with them. */
    private void applyRallySettings(RallySettings settings) {
        RallyPreset matched = null;
        for (RallyPreset p : RallyPreset.values()) {
            if (p.settings().equals(settings)) {
                matched = p;
            }
        }
        if (matched != null) {
            preferences.put(SPORT_KEY, matched.wireName());
            preferences.remove(RALLY_SETTINGS_KEY);
        } else {
            preferences.put(RALLY_SETTINGS_KEY, RallySettingsFile.toJson(settings));
        }
        ralliesMenu.showSettings(settings);
        labels.applyRallySettings(settings, matched == null ? "your own values"
                : "the " + matched.wireName().replace('_', ' ') + " preset");
    }

    private TabPane sideTabs(javafx.scene.Node labelPanel) {
        Tab labelsTab = new Tab("Labels", labelPanel);
        Tab ralliesTab = new Tab("Rallies", rallies.root());
        Tab reviewTab = new Tab("Review", review.root());
        Tab coachTab = new Tab("Coach", new CoachPanel(timelineData).root());
        labelsTab.setId("tab-labels");
        ralliesTab.setId("tab-rallies");
        reviewTab.setId("tab-review");
        coachTab.setId("tab-coach");
        var shooter = new com.courtside.ui.players.ShooterPanel(
                Bindings.createObjectBinding(() -> labels.snapshotProperty().get() == null ? null
                        : labels.snapshotProperty().get().shots(), labels.snapshotProperty()),
                player.currentFrameProperty(), labels::setShooter, f -> {
                    if (f >= 0) {
                        player.seek(f);
                    }
                });
        shooter.root().getChildren().add(new com.courtside.ui.players.PlayerSlotsPane(video.playersProperty(),
                labels::setPlayerSlot).root());
        javafx.scene.control.ScrollPane shooterScroll = new javafx.scene.control.ScrollPane(shooter.root());
        shooterScroll.setFitToWidth(true);
        Tab shooterTab = new Tab("Shooter", shooterScroll);
        shooterTab.setId("tab-shooter");
        Tab cameraTab = new Tab("Camera", cameraControls.panel());
        cameraTab.setId("tab-camera");
        TabPane tabs = new TabPane(labelsTab, ralliesTab, reviewTab, coachTab, shooterTab, cameraTab);
        tabs.setId("side-tabs");
        tabs.getStyleClass().add(Styles.SIDE_TABS);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setPrefWidth(330);
        tabs.setMinWidth(260);
        return tabs;
    }

    private void bindTimeline() {
        timeline.setId("timeline");
        timeline.dataProperty().bind(timelineData);
        timeline.frameProperty().bind(player.currentFrameProperty());
        timeline.onSeekProperty().set(player::seek);
        timeline.onRallyEdgeMovedProperty().set((start, startEdge, to) -> {
            if (timelineFromProject) {
                labels.moveRallyEdge(start, startEdge, to);
            } else {
                player.status().setMessage("These rallies are not in a project; open the video's project to edit them");
            }
        });
        labels.snapshotProperty().addListener(obs -> showTimeline());
        player.labelLayerProperty().addListener(obs -> showTimeline());
        analysis.shownLayerBinding().addListener(obs -> showTimeline());
        player.factsProperty().addListener(obs -> showTimeline());
        timeline.viewportProperty().addListener((obs, old, view) -> showView(view));
        showTimeline();
    }

    /** The timeline shows the project's labels where it has any, else the analysis, else the ground truth. */
    private void showTimeline() {
        VideoFacts facts = player.getFacts();
        if (facts == null) {
            timelineFromProject = false;
            timelineData.set(TimelineData.EMPTY);
            return;
        }
        double fps = facts.fpsValue();
        var snapshot = labels.snapshotProperty().get();
        LabelLayer analysed = analysis.shownLayerBinding().get();
        LabelLayer truth = player.labelLayerProperty().get();
        timelineFromProject = snapshot != null && !snapshot.isEmpty();
        TimelineData data = timelineFromProject ? TimelineData.of(snapshot, fps)
                : analysed != null ? TimelineData.of(analysed, fps)
                : truth != null ? TimelineData.of(truth, fps)
                : TimelineData.blank(facts.frameCount(), fps);
        timelineData.set(data);
    }

    /** The scrubber, which shows the whole match, marks what the timeline shows. */
    private void showView(TimelineViewport view) {
        boolean all = view.isAll();
        scrubber.viewStartProperty().set(all ? -1 : view.firstVisibleFrame());
        scrubber.viewEndProperty().set(all ? -1 : view.lastVisibleFrame());
    }

    private void showFacts(VideoFacts facts) {
        scrubber.framesPerSecondProperty().set(facts == null ? 30 : facts.fpsValue());
        scrubber.frameCountProperty().set(facts == null ? 0 : facts.frameCount());
    }

    /** The rallies on the scrubber: the project's where it has any, else the ground truth's. */
    private void showRallies() {
        LabelLayer saved = labels.layerProperty().get();
        LabelLayer layer = saved != null && !saved.labels().rallies().isEmpty() ? saved : player.labelLayerProperty().get();
        List<Rally> rallies = layer == null ? List.of() : layer.labels().rallies();
        scrubber.ralliesProperty().set(rallies);
    }

    /** Stops the pulse timer; the video itself is closed by its owner. */
    public void stop() {
        pulses.stop();
        player.pause();
    }

    public VideoView videoView() {
        return video;
    }

    public Scrubber scrubber() {
        return scrubber;
    }

    /** Adds {@code item} at the end of the menu titled {@code menuText} (e.g. "Analysis"). */
    public void addMenuItem(String menuText, javafx.scene.control.MenuItem item) {
        javafx.scene.control.MenuBar bar = (javafx.scene.control.MenuBar) root.getTop();
        bar.getMenus().stream().filter(m -> menuText.equals(m.getText())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no menu " + menuText))
                .getItems().add(item);
    }

    /** Adds {@code item} to the File menu above its last separator (Quit stays last). */
    public void addFileItem(javafx.scene.control.MenuItem item) {
        javafx.scene.control.MenuBar bar = (javafx.scene.control.MenuBar) root.getTop();
        var items = bar.getMenus().get(0).getItems();
        int at = items.size();
        while (at > 0 && !(items.get(at - 1) instanceof javafx.scene.control.SeparatorMenuItem)) {
            at--;
        }
        items.add(Math.max(0, at - 1), item);
    }

    public TimelineView timeline() {
        return timeline;
    }

    public com.courtside.ui.camera.CameraViewModel camera() {
        return cameraControls.camera();
    }

    public RalliesPanel rallies() {
        return rallies;
    }

    public ReviewPanel review() {
        return review;
    }

    public BorderPane root() {
        return root;
    }
}
