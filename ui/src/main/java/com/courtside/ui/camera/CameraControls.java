package com.courtside.ui.camera;

import com.courtside.timeline.camera.CameraSettings;
import com.courtside.timeline.camera.Crop;
import com.courtside.timeline.VideoFacts;
import com.courtside.ui.labels.LabelingSession;
import com.courtside.ui.labels.LabelingViewModel;
import com.courtside.ui.player.PlayerViewModel;
import com.courtside.ui.video.VideoView;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.Map;
import java.util.prefs.Preferences;

/**
 * Wires the follow-cam into the window: the camera follows the labels of the open video, draws its crop on the video
 * and in the preview, keeps its settings in the preferences, and turns C, Shift+C and Shift+click into pins.
 */
public final class CameraControls {

    /** The preference that keeps the camera settings, as JSON. */
    public static final String SETTINGS_KEY = "cameraSettings";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final CameraViewModel camera = new CameraViewModel();
    private final PlayerViewModel player;
    private final LabelingViewModel labels;
    private final CameraPanel panel;
    private final Menu menu = new Menu("Camera");

    public CameraControls(PlayerViewModel player, LabelingViewModel labels, VideoView video, Preferences preferences) {
        this.player = player;
        this.labels = labels;
        camera.settingsProperty().set(settings(preferences));
        camera.settingsProperty().addListener((obs, old, now) -> {
            try {
                preferences.put(SETTINGS_KEY, JSON.writeValueAsString(now.toMap()));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("camera settings are plain values", e);
            }
        });
        labels.snapshotProperty().addListener(obs -> follow());
        player.factsProperty().addListener(obs -> follow());
        player.shownFrameProperty().addListener((obs, old, now) -> camera.setFrame(now.intValue()));
        video.cameraCropProperty().bind(camera.cropProperty());
        CameraPreviewPane preview = new CameraPreviewPane(video.imageProperty(), camera.cropProperty(),
                () -> player.getFacts() == null ? 0 : player.getFacts().width(), CameraPanel.PREVIEW_WIDTH,
                CameraPanel.PREVIEW_WIDTH * 9 / 16);
        panel = new CameraPanel(camera, preview.root(), this::pinHere, this::unpinHere, f -> player.seek(f));
        CameraEditing.install(video, this::pinAt);

        menu.setId("menu-camera");
        CheckMenuItem show = new CheckMenuItem("Show the Follow-Cam");
        show.setId("menu-camera-show");
        show.selectedProperty().bindBidirectional(camera.shownProperty());
        menu.getItems().addAll(show,
                item("Pin the Camera Here", new KeyCodeCombination(KeyCode.C), this::pinHere),
                item("Remove the Camera Pin Here", new KeyCodeCombination(KeyCode.C, KeyCombination.SHIFT_DOWN),
                        this::unpinHere));
        follow();
    }

    private static CameraSettings settings(Preferences preferences) {
        String kept = preferences.get(SETTINGS_KEY, null);
        if (kept != null) {
            try {
                return CameraSettings.fromMap(JSON.readValue(kept, new TypeReference<Map<String, Object>>() { }));
            } catch (JsonProcessingException | IllegalArgumentException e) {
                // Kept by another version in another form: start from the shipped settings.
            }
        }
        return CameraSettings.DEFAULT;
    }

    private void follow() {
        LabelingSession.Snapshot s = labels.snapshotProperty().get();
        VideoFacts facts = player.getFacts();
        if (s == null || facts == null) {
            camera.setLabels(null, List.of(), List.of(), 0, 0, 0);
        } else {
            camera.setLabels(s.labels().ball(), s.labels().events(), s.pins(), facts.fpsValue(), facts.width(),
                    facts.height());
        }
        camera.setFrame(player.shownFrameProperty().get());
    }

    private void pinHere() {
        Crop crop = camera.cropProperty().get();
        if (crop == null) {
            player.status().setMessage("No follow-cam to pin: analyse the video first, and show the follow-cam");
            return;
        }
        labels.pinCamera(player.getCurrentFrame(), crop.centreX(), crop.centreY(), camera.zoomOf(crop));
    }

    private void pinAt(double x, double y) {
        Crop crop = camera.cropProperty().get();
        labels.pinCamera(player.getCurrentFrame(), x, y, crop == null ? 1 : camera.zoomOf(crop));
    }

    private void unpinHere() {
        labels.unpinCamera(player.getCurrentFrame());
    }

    private static MenuItem item(String text, KeyCombination key, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId("menu-camera-" + text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]+", "-"));
        item.setAccelerator(key);
        item.setOnAction(e -> action.run());
        return item;
    }

    public CameraViewModel camera() {
        return camera;
    }

    public VBox panel() {
        return panel.root();
    }

    public Menu menu() {
        return menu;
    }
}
