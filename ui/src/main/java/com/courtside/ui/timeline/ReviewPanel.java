package com.courtside.ui.timeline;

import com.courtside.ui.Styles;
import com.courtside.ui.player.PlayerViewModel;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.List;

/**
 * The review queue beside the video: the stretches to look at, most uncertain first (flagged rallies, where a
 * person corrected the model's ball, missing or unsure detections inside rallies, rallies never reviewed). A click, or Q for the next one, moves the playhead to
 * a stretch's start; marking a rally reviewed (R) takes it and its stretches out.
 */
public final class ReviewPanel {

    private final VBox root = new VBox(6);
    private final Label summary = new Label();
    private final ListView<ReviewQueue.Item> list = new ListView<>();
    private final ObservableList<ReviewQueue.Item> items = FXCollections.observableArrayList();
    private final ObservableValue<TimelineData> data;
    private final PlayerViewModel player;
    private ReviewQueue.Item current;

    private final java.util.function.Supplier<boolean[]> disagreement;

    /** @param disagreement the frames where a person's ball label and the model's disagree now, or null */
    public ReviewPanel(ObservableValue<TimelineData> data, java.util.function.Supplier<boolean[]> disagreement,
                       PlayerViewModel player) {
        this.data = data;
        this.disagreement = disagreement;
        this.player = player;
        root.getStyleClass().add(Styles.RALLY_PANEL);
        root.setId("review-panel");
        list.setId("review-queue");
        list.setItems(items);
        list.setPlaceholder(new Label("Nothing to review: every rally is reviewed."));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(ReviewQueue.Item item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.describe(data.getValue().fps()));
            }
        });
        list.setOnMouseClicked(e -> {
            ReviewQueue.Item item = list.getSelectionModel().getSelectedItem();
            if (item != null) {
                go(item);
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        Label hint = new Label("Q: the next stretch · R: mark its rally reviewed · F: flag it");
        root.getChildren().addAll(summary, list, hint);
        data.addListener(obs -> refresh());
        refresh();
    }

    public VBox root() {
        return root;
    }

    public List<ReviewQueue.Item> items() {
        return List.copyOf(items);
    }

    /** Q: the playhead to the next stretch in the queue. */
    public void next() {
        ReviewQueue.Item item = ReviewQueue.next(items, player.getCurrentFrame(), current);
        if (item == null) {
            player.status().setMessage("Nothing to review: every rally is reviewed");
            return;
        }
        go(item);
    }

    private void go(ReviewQueue.Item item) {
        current = item;
        list.getSelectionModel().select(item);
        list.scrollTo(item);
        player.seek(item.start());
        player.status().setMessage("To review: " + item.describe(data.getValue().fps()) + " ("
                + (items.indexOf(item) + 1) + " of " + items.size() + ")");
    }

    private void refresh() {
        items.setAll(ReviewQueue.of(data.getValue(), disagreement.get()));
        summary.setText(items.isEmpty() ? "Review queue" : items.size() + " stretches to review, most uncertain first");
    }
}
