package com.courtside.ui.camera;

import com.courtside.timeline.camera.Aspect;
import com.courtside.timeline.camera.CameraPin;
import com.courtside.timeline.camera.CameraSettings;
import com.courtside.ui.Styles;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Slider;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * The Camera tab: the follow-cam preview, the settings a coach changes while watching (aspect, zoom in play, the
 * tightest zoom, how quickly it follows, the dead zone), each applied to the preview at once, and the pins of the
 * video: pin the camera here, remove the pin here, and a list of pins that seeks on a click.
 */
public final class CameraPanel {

    static final double PREVIEW_WIDTH = 300;

    private final VBox root = new VBox(8);
    private final CameraViewModel camera;
    private boolean filling;

    /**
     * @param preview the preview pane to show on top
     * @param onPin   pins the camera at the playhead as the preview frames it
     * @param onUnpin removes the pin at the playhead
     * @param onSeek  moves the playhead to a pin's frame
     */
    public CameraPanel(CameraViewModel camera, Node preview, Runnable onPin, Runnable onUnpin, IntConsumer onSeek) {
        this.camera = camera;
        root.setId("camera-panel");
        root.getStyleClass().add(Styles.RALLY_PANEL);

        CheckBox show = new CheckBox("Show the follow-cam");
        show.setId("camera-show");
        show.selectedProperty().bindBidirectional(camera.shownProperty());

        ChoiceBox<Aspect> aspect = new ChoiceBox<>(FXCollections.observableArrayList(Aspect.values()));
        aspect.setId("camera-aspect");
        aspect.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Aspect a) {
                return a == null ? "" : a.wireName();
            }

            @Override
            public Aspect fromString(String s) {
                return Aspect.fromWire(s);
            }
        });
        Slider zoom = slider("camera-zoom", 1, 3);
        Slider tightest = slider("camera-max-zoom", 1, 6);
        Slider follow = slider("camera-follow", 0.1, 2);
        Slider deadZone = slider("camera-dead-zone", 0, 0.6);
        Runnable fill = () -> {
            filling = true;
            CameraSettings s = camera.settingsProperty().get();
            aspect.setValue(s.aspect());
            zoom.setValue(s.normalZoom());
            tightest.setValue(s.maxZoom());
            follow.setValue(s.minCutoffHz());
            deadZone.setValue(s.deadZone());
            filling = false;
        };
        fill.run();
        camera.settingsProperty().addListener(obs -> fill.run());
        aspect.valueProperty().addListener((obs, old, now) -> {
            if (!filling && now != null) {
                camera.settingsProperty().set(camera.settingsProperty().get().withAspect(now));
            }
        });
        change(zoom, "normalZoom");
        change(tightest, "maxZoom");
        change(follow, "minCutoffHz");
        change(deadZone, "deadZone");

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(4);
        grid.addRow(0, new Label("Aspect"), aspect);
        grid.addRow(1, new Label("Zoom in play"), zoom);
        grid.addRow(2, new Label("Tightest zoom"), tightest);
        grid.addRow(3, new Label("Follow speed"), follow);
        grid.addRow(4, new Label("Dead zone"), deadZone);

        Button pin = new Button("Pin Here");
        pin.setId("camera-pin");
        pin.setOnAction(e -> onPin.run());
        Button unpin = new Button("Remove Pin");
        unpin.setId("camera-unpin");
        unpin.setOnAction(e -> onUnpin.run());
        ListView<CameraPin> pins = new ListView<>();
        pins.setId("camera-pins");
        pins.setPrefHeight(110);
        Label none = new Label("No pins yet");
        none.getStyleClass().add(Styles.SETTING_HINT);
        pins.setPlaceholder(none);
        pins.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(CameraPin p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : String.format(Locale.ROOT, "frame %d: %.0f, %.0f ×%.2f",
                        p.frame(), p.centreX(), p.centreY(), p.zoom()));
            }
        });
        pins.itemsProperty().bind(javafx.beans.binding.Bindings.createObjectBinding(
                () -> FXCollections.observableArrayList(camera.pinsProperty().get()), camera.pinsProperty()));
        pins.setOnMouseClicked(e -> {
            CameraPin p = pins.getSelectionModel().getSelectedItem();
            if (p != null) {
                onSeek.accept(p.frame());
            }
        });
        Label hint = new Label("The preview is the crop drawn on the video. C pins the camera at the playhead as it "
                + "frames it now; Shift+click on the video pins it centred there; Shift+C removes the pin here.");
        hint.setWrapText(true);
        hint.getStyleClass().add(Styles.SETTING_HINT);
        root.getChildren().addAll(preview, show, grid, new HBox(8, pin, unpin), pins, hint);
    }

    public VBox root() {
        return root;
    }

    private static Slider slider(String id, double min, double max) {
        Slider s = new Slider(min, max, min);
        s.setId(id);
        s.setPrefWidth(170);
        return s;
    }

    /** A slider drives one value of the settings when the user lets go (or types with the keys). */
    private void change(Slider slider, String key) {
        slider.valueProperty().addListener((obs, old, now) -> {
            if (filling) {
                return;
            }
            Map<String, Object> map = new LinkedHashMap<>(camera.settingsProperty().get().toMap());
            map.put(key, now.doubleValue());
            try {
                camera.settingsProperty().set(CameraSettings.fromMap(map));
            } catch (IllegalArgumentException e) {
                // Out of range for the other values (the zoom in play above the tightest): keep the last settings.
            }
        });
    }
}
