package com.courtside.ui.players;

import com.courtside.timeline.players.PlayerSlot;
import com.courtside.timeline.players.TrackedPeople;
import com.courtside.ui.Styles;
import com.courtside.ui.overlay.PlayerMark;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * The players on the frame on screen, one row each (track, kit team, slot), where a labeller gives each track its
 * slot once for the whole clip: O1–O5 for the attacking team, D1–D5 for the defenders, "other" for the rest. The
 * rows are rebuilt only when the tracks on screen or their slots change, not on every frame of playback.
 */
public final class PlayerSlotsPane {

    /** The choices of a row, in menu order. */
    static final List<PlayerSlot> CHOICES = List.of(PlayerSlot.O1, PlayerSlot.O2, PlayerSlot.O3, PlayerSlot.O4,
            PlayerSlot.O5, PlayerSlot.D1, PlayerSlot.D2, PlayerSlot.D3, PlayerSlot.D4, PlayerSlot.D5, PlayerSlot.OTHER);

    private final VBox root = new VBox(4);
    private final VBox rows = new VBox(3);
    private final Label heading = new Label();
    private final BiConsumer<Integer, PlayerSlot> onAssign;
    private List<String> shownKey = List.of("-");

    /**
     * @param players  the tracked people on the frame on screen
     * @param onAssign told (track, slot) when the labeller gives a track its slot
     */
    public PlayerSlotsPane(ObservableValue<List<PlayerMark>> players, BiConsumer<Integer, PlayerSlot> onAssign) {
        this.onAssign = onAssign;
        root.setId("player-slots");
        heading.getStyleClass().add(Styles.LABEL_PANEL_TITLE);
        root.getChildren().addAll(heading, rows);
        players.addListener((obs, old, now) -> show(now));
        show(players.getValue());
    }

    public VBox root() {
        return root;
    }

    private void show(List<PlayerMark> players) {
        List<PlayerMark> marks = players == null ? List.of() : players;
        List<String> key = new ArrayList<>();
        marks.forEach(m -> key.add(m.track() + ":" + m.slot() + ":" + m.team()));
        if (key.equals(shownKey)) {
            return;
        }
        shownKey = key;
        heading.setText(marks.isEmpty() ? "No players on this frame" : "Players on this frame");
        rows.getChildren().clear();
        for (PlayerMark mark : marks) {
            rows.getChildren().add(row(mark));
        }
    }

    private HBox row(PlayerMark mark) {
        Label name = new Label("#" + mark.track());
        name.setMinWidth(36);
        Label team = new Label("team " + TrackedPeople.teamName(mark.team()));
        team.setMinWidth(56);
        team.getStyleClass().add(Styles.SETTING_HINT);
        ChoiceBox<PlayerSlot> slot = new ChoiceBox<>();
        slot.getItems().addAll(CHOICES);
        slot.setConverter(new StringConverter<>() {
            @Override
            public String toString(PlayerSlot s) {
                return s == null ? "no slot" : s.wireName();
            }

            @Override
            public PlayerSlot fromString(String text) {
                return PlayerSlot.fromWire(text);
            }
        });
        slot.setValue(mark.slot());
        slot.setId("player-slot-" + mark.track());
        slot.valueProperty().addListener((obs, old, now) -> {
            if (now != null && now != mark.slot()) {
                onAssign.accept(mark.track(), now);
            }
        });
        HBox row = new HBox(8, name, team, slot);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }
}
