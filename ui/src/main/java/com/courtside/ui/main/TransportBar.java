package com.courtside.ui.main;

import com.courtside.ui.Styles;
import com.courtside.ui.player.FrameReadout;
import com.courtside.ui.player.PlayerViewModel;
import com.courtside.ui.player.Shuttle;
import javafx.beans.binding.Bindings;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;

/**
 * The row under the scrubber: frame number and timecode on the left, the transport buttons in the middle, the
 * speed control, the overlay switch and further tools (Analyze) on the right. Buttons take no focus, so Space
 * always reaches the player.
 */
public final class TransportBar {

    private final PlayerViewModel player;
    private final FrameReadout readout;
    private final GridPane root = new GridPane();

    /** @param extraTools controls put after the overlay switch, e.g. the Analyze button */
    public TransportBar(PlayerViewModel player, Node... extraTools) {
        this.player = player;
        this.readout = new FrameReadout(player.currentFrameProperty(), player.factsProperty());
        root.getStyleClass().add(Styles.TRANSPORT_BAR);
        for (int i = 0; i < 3; i++) {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(i == 1 ? 30 : 35);
            c.setHalignment(i == 0 ? HPos.LEFT : i == 1 ? HPos.CENTER : HPos.RIGHT);
            root.getColumnConstraints().add(c);
        }
        root.add(frameDisplay(), 0, 0);
        root.add(buttons(), 1, 0);
        root.add(tools(extraTools), 2, 0);
    }

    public Region root() {
        return root;
    }

    private Region frameDisplay() {
        Label frameCaption = caption("FRAME");
        Label frame = new Label();
        frame.getStyleClass().add(Styles.FRAME_NUMBER);
        frame.textProperty().bind(readout.frameTextProperty());
        frame.setId("frame-number");
        Label tcCaption = caption("TC");
        Label timecode = new Label();
        timecode.getStyleClass().add(Styles.TIMECODE);
        timecode.textProperty().bind(readout.timecodeProperty());
        timecode.setId("timecode");
        Label duration = new Label();
        duration.getStyleClass().add(Styles.DURATION);
        duration.textProperty().bind(readout.durationProperty());
        HBox box = new HBox(frameCaption, frame, tcCaption, timecode, duration);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add(Styles.FRAME_DISPLAY);
        box.setMaxWidth(Region.USE_PREF_SIZE);
        return box;
    }

    private Region buttons() {
        Button first = button(Styles.ICON_FIRST, "First frame (Home)", player::seekFirst);
        Button back = button(Styles.ICON_STEP_BACK, "One frame back (,)", player::stepBackward);
        Button play = button(Styles.ICON_PLAY, "Play / pause (Space)", player::togglePlay);
        play.getStyleClass().add(Styles.PLAY_BUTTON);
        play.setId("play-button");
        Region playIcon = (Region) play.getGraphic();
        player.playingProperty().addListener((obs, was, playing) -> {
            playIcon.getStyleClass().removeAll(Styles.ICON_PLAY, Styles.ICON_PAUSE);
            playIcon.getStyleClass().add(playing ? Styles.ICON_PAUSE : Styles.ICON_PLAY);
        });
        Button forward = button(Styles.ICON_STEP_FORWARD, "One frame forward (.)", player::stepForward);
        Button last = button(Styles.ICON_LAST, "Last frame (End)", player::seekLast);
        HBox box = new HBox(first, back, play, forward, last);
        box.getStyleClass().add(Styles.TRANSPORT_GROUP);
        box.setAlignment(Pos.CENTER);
        box.setMaxWidth(Region.USE_PREF_SIZE);
        return box;
    }

    private Region tools(Node... extraTools) {
        Label shuttle = new Label();
        shuttle.getStyleClass().add(Styles.SHUTTLE_INDICATOR);
        shuttle.textProperty().bind(Bindings.createStringBinding(() -> shuttleText(player.getRate()),
                player.rateProperty()));
        ComboBox<Double> speed = new ComboBox<>();
        speed.getItems().setAll(Shuttle.SPEEDS);
        speed.getStyleClass().add(Styles.SPEED_BOX);
        speed.setId("speed-box");
        speed.setFocusTraversable(false);
        speed.setConverter(new SpeedConverter());
        speed.setTooltip(new Tooltip("Playback speed (J / K / L shuttle)"));
        speed.setValue(player.speedProperty().get());
        speed.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                player.speedProperty().set(now);
            }
        });
        player.speedProperty().addListener((obs, old, now) -> speed.setValue(now.doubleValue()));
        ToggleButton overlay = new ToggleButton("Overlay");
        overlay.setGraphic(icon(Styles.ICON_OVERLAY));
        overlay.getStyleClass().add(Styles.OVERLAY_TOGGLE);
        overlay.setFocusTraversable(false);
        overlay.setTooltip(new Tooltip("Show the label overlay (View ▸ Show Overlay)"));
        overlay.selectedProperty().bindBidirectional(player.overlayVisibleProperty());
        HBox box = new HBox(shuttle, caption("SPEED"), speed, overlay);
        box.getChildren().addAll(extraTools);
        box.setAlignment(Pos.CENTER_RIGHT);
        box.getStyleClass().add(Styles.TRANSPORT_GROUP);
        HBox.setHgrow(shuttle, Priority.NEVER);
        box.setMaxWidth(Region.USE_PREF_SIZE);
        return box;
    }

    /** "▶ 2×", "◀ 1×" while playing; empty when paused. */
    static String shuttleText(double rate) {
        if (rate == 0) {
            return "";
        }
        return (rate > 0 ? "▶ " : "◀ ") + Shuttle.label(Math.abs(rate));
    }

    private static Button button(String iconClass, String tip, Runnable action) {
        Button b = new Button();
        b.setGraphic(icon(iconClass));
        b.getStyleClass().add(Styles.TRANSPORT_BUTTON);
        b.setFocusTraversable(false);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        return b;
    }

    private static Region icon(String iconClass) {
        Region icon = new Region();
        icon.getStyleClass().addAll(Styles.ICON, iconClass);
        return icon;
    }

    private static Label caption(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.DISPLAY_CAPTION);
        return l;
    }

    private static final class SpeedConverter extends StringConverter<Double> {
        @Override
        public String toString(Double value) {
            return value == null ? "" : Shuttle.label(value);
        }

        @Override
        public Double fromString(String text) {
            return Double.valueOf(text.replace("×", "").trim());
        }
    }
}
