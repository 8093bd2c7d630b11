package com.courtside.ui.players;

import com.courtside.timeline.players.PlayerSlot;
import com.courtside.ui.Styles;
import com.courtside.ui.labels.LabelingSession;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableObjectValue;
import javafx.beans.value.ObservableIntegerValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.IntConsumer;

/**
 * The Shooter tab: for the shot nearest the playhead, five bars with the scores of O1–O5 (softmax), the model or
 * baseline that gave them, and the labeller's choice; one click on a bar makes that player the shooter (kept with
 * who chose it). Previous / next shot move the playhead to the release frames.
 */
public final class ShooterPanel {

    static final double BAR_WIDTH = 180;

    private final VBox root = new VBox(8);
    private final Label title = new Label();
    private final Label source = new Label();
    private final Label choice = new Label();
    private final VBox bars = new VBox(4);
    private final Button previous = new Button("◀ Previous Shot");
    private final Button next = new Button("Next Shot ▶");
    private ShotScores shown = ShotScores.NONE;
    private final javafx.beans.binding.ObjectBinding<ShotScores> scores;

    /**
     * @param shots    the video's shots, or null
     * @param frame    the playhead
     * @param onChoose told (release frame, slot) when the labeller picks a shooter
     * @param onSeek   moves the playhead to a release frame
     */
    public ShooterPanel(ObservableObjectValue<LabelingSession.Shots> shots, ObservableIntegerValue frame,
                        BiConsumer<Integer, PlayerSlot> onChoose, IntConsumer onSeek) {
        root.setId("shooter-panel");
        root.getStyleClass().add(Styles.RALLY_PANEL);
        title.getStyleClass().add(Styles.LABEL_PANEL_TITLE);
        title.setId("shooter-title");
        source.getStyleClass().add(Styles.SETTING_HINT);
        choice.setId("shooter-choice");
        choice.setWrapText(true);
        for (PlayerSlot slot : PlayerSlot.OFFENCE) {
            bars.getChildren().add(bar(slot, onChoose));
        }
        previous.setId("shooter-previous");
        next.setId("shooter-next");
        previous.setOnAction(e -> onSeek.accept(shown.previous()));
        next.setOnAction(e -> onSeek.accept(shown.next()));
        HBox moves = new HBox(8, previous, next);
        Label help = new Label("Click a bar to name the shooter. To add a shot, click the ball where it leaves the "
                + "shooter's hands and press T. Analysis ▸ Find the Players, then give each player his slot here or "
                + "with a right click on his box.");
        help.getStyleClass().add(Styles.SETTING_HINT);
        help.setWrapText(true);
        root.getChildren().addAll(title, source, bars, choice, moves, help);
        // Kept in a field: JavaFX holds bindings weakly, and a collected one would stop following the playhead.
        scores = Bindings.createObjectBinding(() -> ShotScores.at(shots.get(), frame.get()), shots, frame);
        scores.addListener((obs, old, now) -> show(now));
        show(scores.get());
    }

    public VBox root() {
        return root;
    }

    /** What is shown now. */
    public ShotScores shown() {
        return shown;
    }

    private HBox bar(PlayerSlot slot, BiConsumer<Integer, PlayerSlot> onChoose) {
        Label name = new Label(slot.wireName());
        name.setMinWidth(28);
        Region fill = new Region();
        fill.getStyleClass().add(Styles.SHOOTER_BAR);
        fill.setMaxWidth(Region.USE_PREF_SIZE);
        StackPane track = new StackPane(fill);
        track.getStyleClass().add(Styles.SHOOTER_TRACK);
        track.setAlignment(Pos.CENTER_LEFT);
        track.setPrefWidth(BAR_WIDTH);
        track.setMaxWidth(BAR_WIDTH);
        Label value = new Label();
        value.setMinWidth(48);
        HBox row = new HBox(8, name, track, value);
        row.setAlignment(Pos.CENTER_LEFT);
        row.setId("shooter-bar-" + slot.wireName());
        row.getStyleClass().add(Styles.SHOOTER_ROW);
        HBox.setHgrow(track, Priority.NEVER);
        row.setOnMouseClicked(e -> {
            if (!shown.isEmpty()) {
                onChoose.accept(shown.frame(), slot);
            }
        });
        return row;
    }

    private void show(ShotScores s) {
        shown = s;
        previous.setDisable(s.previous() < 0);
        next.setDisable(s.next() < 0);
        if (s.isEmpty()) {
            title.setText("No shots");
            source.setText("Click the ball where a shot leaves the hands and press T");
            choice.setText("");
        } else {
            title.setText(String.format(Locale.ROOT, "Shot %d of %d, released at frame %d", s.index(), s.count(),
                    s.frame()));
            source.setText(s.scores() == null ? "Not scored yet" : "Scores from " + s.scoredBy());
            choice.setText(s.chosen() == null ? (s.top() == null ? "No shooter named" : "Nobody has named the shooter")
                    : s.chosen().wireName() + " took it, named by " + s.chosenBy());
        }
        for (int i = 0; i < PlayerSlot.OFFENCE.length; i++) {
            HBox row = (HBox) bars.getChildren().get(i);
            Region fill = (Region) ((StackPane) row.getChildren().get(1)).getChildren().get(0);
            Label value = (Label) row.getChildren().get(2);
            float score = s.scores() == null ? 0 : s.scores()[i];
            fill.setPrefWidth(Math.max(2, BAR_WIDTH * score));
            value.setText(s.scores() == null ? "–" : String.format(Locale.ROOT, "%.0f %%", 100 * score));
            boolean picked = PlayerSlot.OFFENCE[i] == s.chosen();
            row.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("chosen"), picked);
        }
    }
}
