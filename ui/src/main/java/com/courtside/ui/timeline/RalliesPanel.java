package com.courtside.ui.timeline;

import com.courtside.labeling.store.Review;
import com.courtside.timeline.Timecode;
import com.courtside.ui.Styles;
import com.courtside.ui.player.PlayerViewModel;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The rally list beside the video: number, start, duration, bounces and review status, filtered by status and
 * length. A click on a rally moves the playhead to its start; the row of the rally at the playhead is selected, so
 * the list and the timeline stay in step; "Play Rally" loops the selected rally.
 */
public final class RalliesPanel {

    /** Which rallies the list shows, by review status. */
    public enum StatusFilter {
        ALL("All rallies"), UNREVIEWED("Unreviewed"), REVIEWED("Reviewed"), FLAGGED("Flagged");

        private final String text;

        StatusFilter(String text) {
            this.text = text;
        }

        boolean admits(Review review) {
            return this == ALL || name().equals(review.name());
        }

        @Override
        public String toString() {
            return text;
        }
    }

    /** Which rallies the list shows, by length. */
    public enum LengthFilter {
        ANY("Any length", 0), TWO("2 s or longer", 2), FIVE("5 s or longer", 5), TEN("10 s or longer", 10);

        private final String text;
        private final double seconds;

        LengthFilter(String text, double seconds) {
            this.text = text;
            this.seconds = seconds;
        }

        @Override
        public String toString() {
            return text;
        }
    }

    private final VBox root = new VBox(6);
    private final TableView<RallyRow> table = new TableView<>();
    private final ObservableList<RallyRow> shown = FXCollections.observableArrayList();
    private final ComboBox<StatusFilter> status = new ComboBox<>(FXCollections.observableArrayList(StatusFilter.values()));
    private final ComboBox<LengthFilter> length = new ComboBox<>(FXCollections.observableArrayList(LengthFilter.values()));
    private final Label summary = new Label();
    private final ObjectProperty<TimelineData> data;
    private final PlayerViewModel player;
    private List<RallyRow> all = List.of();

    public RalliesPanel(ObjectProperty<TimelineData> data, PlayerViewModel player) {
        this.data = data;
        this.player = player;
        root.getStyleClass().add(Styles.RALLY_PANEL);
        root.setId("rally-panel");
        status.setId("rally-status-filter");
        length.setId("rally-length-filter");
        table.setId("rally-list");
        status.getSelectionModel().select(StatusFilter.ALL);
        length.getSelectionModel().select(LengthFilter.ANY);
        status.valueProperty().addListener(obs -> refilter());
        length.valueProperty().addListener(obs -> refilter());
        table.setItems(shown);
        table.setPlaceholder(new Label("No rallies: analyse the video, import rallies, or mark them with I and O."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(
                column("#", 30, r -> Integer.toString(r.number())),
                column("Start", 70, r -> Timecode.seconds(r.start() / fps())),
                column("Length", 56, r -> String.format(Locale.ROOT, "%.1f s", r.seconds())),
                column("Bounces", 64, r -> Integer.toString(r.bounces())),
                column("Status", 80, r -> r.review().wireName())));
        table.setRowFactory(t -> {
            TableRow<RallyRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && row.getItem() != null) {
                    player.seek(row.getItem().start());
                }
            });
            return row;
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        Button previous = new Button("◀");
        previous.setId("rally-previous");
        previous.setOnAction(e -> previous());
        Button next = new Button("▶");
        next.setId("rally-next");
        next.setOnAction(e -> next());
        Button play = new Button("Play Rally");
        play.setId("rally-play");
        play.setOnAction(e -> playRally());
        HBox filters = new HBox(6, status, length);
        HBox actions = new HBox(6, previous, next, play);
        root.getChildren().addAll(summary, filters, table, actions);
        data.addListener(obs -> reload());
        player.currentFrameProperty().addListener(obs -> followPlayhead());
        reload();
    }

    public VBox root() {
        return root;
    }

    public TableView<RallyRow> table() {
        return table;
    }

    /** ]: the playhead to the start of the next rally. */
    public void next() {
        int target = RallyStats.nextStart(data.get(), player.getCurrentFrame());
        if (target >= 0) {
            player.seek(target);
        } else {
            player.status().setMessage("No rally after this one");
        }
    }

    /** [: the playhead to the start of the previous rally. */
    public void previous() {
        int target = RallyStats.previousStart(data.get(), player.getCurrentFrame());
        if (target >= 0) {
            player.seek(target);
        } else {
            player.status().setMessage("No rally before this one");
        }
    }

    /** Loops the rally at the playhead, or the selected one, or the next one. */
    public void playRally() {
        TimelineData d = data.get();
        int at = d.rallyAt(player.getCurrentFrame());
        RallyRow selected = table.getSelectionModel().getSelectedItem();
        TimelineData.RallyMark r = at >= 0 ? d.rallies().get(at)
                : selected != null ? d.rallies().get(selected.number() - 1)
                : nextRally(d);
        if (r == null) {
            player.status().setMessage("No rally to play");
            return;
        }
        player.playLoop(r.start(), r.end());
        player.status().setMessage("Playing rally " + (d.rallies().indexOf(r) + 1) + " in a loop; pause to stop");
    }

    private TimelineData.RallyMark nextRally(TimelineData d) {
        int start = RallyStats.nextStart(d, player.getCurrentFrame());
        return start < 0 ? null : d.rallies().get(d.rallyAt(start));
    }

    private double fps() {
        double fps = data.get().fps();
        return fps > 0 ? fps : 30;
    }

    private void reload() {
        all = RallyStats.rows(data.get());
        refilter();
    }

    private void refilter() {
        StatusFilter s = status.getValue() == null ? StatusFilter.ALL : status.getValue();
        LengthFilter l = length.getValue() == null ? LengthFilter.ANY : length.getValue();
        shown.setAll(all.stream().filter(r -> s.admits(r.review()) && r.seconds() >= l.seconds).toList());
        long reviewed = all.stream().filter(r -> r.review() == Review.REVIEWED).count();
        summary.setText(all.isEmpty() ? "Rallies" : String.format(Locale.ROOT, "%d rallies · %d reviewed · %d shown",
                all.size(), reviewed, shown.size()));
        followPlayhead();
    }

    private void followPlayhead() {
        int at = data.get().rallyAt(player.getCurrentFrame());
        RallyRow row = at < 0 ? null : shown.stream().filter(r -> r.number() == at + 1).findFirst().orElse(null);
        if (row == null) {
            table.getSelectionModel().clearSelection();
        } else if (table.getSelectionModel().getSelectedItem() != row) {
            table.getSelectionModel().select(row);
            table.scrollTo(row);
        }
    }

    private static TableColumn<RallyRow, String> column(String title, double width, Function<RallyRow, String> text) {
        TableColumn<RallyRow, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setSortable(false);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(text.apply(cell.getValue())));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
            }
        });
        return c;
    }
}
