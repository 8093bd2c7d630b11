package com.courtside.ui.labels;

import com.courtside.labeling.store.Review;
import com.courtside.timeline.BallTrack;
import com.courtside.timeline.EventKind;
import com.courtside.ui.player.PlayerViewModel;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.control.TextInputDialog;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.util.function.IntConsumer;
import java.util.function.Supplier;
import java.util.prefs.Preferences;

/**
 * The Edit menu (Undo and Redo, named after the edit they will undo or redo) and the Labels menu: every correction
 * at the playhead, with the keys a labeller uses without looking (B bounce, N net, H hit, I and O rally edges,
 * S split, X occluded, Delete no ball).
 */
public final class LabelingMenus {

    /** Preference key of the longest gap Fill the Gap fills, in frames. */
    public static final String MAX_GAP_KEY = "labels.maxGap";
    public static final int DEFAULT_MAX_GAP = 30;

    private final LabelingViewModel labels;
    private final PlayerViewModel player;
    private final Preferences preferences;
    private final Supplier<Window> owner;

    public LabelingMenus(LabelingViewModel labels, PlayerViewModel player, Preferences preferences,
                         Supplier<Window> owner) {
        this.labels = labels;
        this.player = player;
        this.preferences = preferences;
        this.owner = owner;
    }

    /**
     * File ▸ Import Labels…: OpenTTGames, TrackNet CSV, RallyCut or trajectory JSON, a COCO annotations file or a
     * YOLO data.yaml, for the open video.
     */
    public MenuItem importItem() {
        MenuItem item = new MenuItem("Import Labels…");
        item.setId("menu-import-labels");
        item.disableProperty().bind(labels.editableProperty().not());
        item.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Import labels");
            chooser.getExtensionFilters().addAll(
                    new FileChooser.ExtensionFilter("Label files", "*.json", "*.csv", "*.yaml", "*.yml"),
                    new FileChooser.ExtensionFilter("All files", "*.*"));
            java.io.File chosen = chooser.showOpenDialog(owner.get());
            if (chosen != null) {
                labels.importLabels(chosen.toPath());
            }
        });
        return item;
    }

    /**
     * File ▸ Import Labels from a Folder…: an OpenTTGames game folder, or a COCO or YOLO dataset (the ball of the
     * open video's images) for the open video.
     */
    public MenuItem importFolderItem() {
        MenuItem item = new MenuItem("Import Labels from a Folder…");
        item.setId("menu-import-folder");
        item.disableProperty().bind(labels.editableProperty().not());
        item.setOnAction(e -> {
            javafx.stage.DirectoryChooser chooser = new javafx.stage.DirectoryChooser();
            chooser.setTitle("Import labels from an OpenTTGames, COCO or YOLO folder");
            java.io.File chosen = chooser.showDialog(owner.get());
            if (chosen != null) {
                labels.importLabels(chosen.toPath());
            }
        });
        return item;
    }

    private int maxGap() {
        return Math.max(1, preferences.getInt(MAX_GAP_KEY, DEFAULT_MAX_GAP));
    }

    /** Preference key of the labeller's name, recorded with every edit and review mark. */
    public static final String LABELLER_KEY = "labeller";

    private MenuItem labellerItem() {
        MenuItem item = new MenuItem("Labeller: " + labels.author() + "…");
        item.setId("menu-label-labeller");
        item.setOnAction(e -> {
            TextInputDialog dialog = new TextInputDialog(labels.author());
            dialog.initOwner(owner.get());
            dialog.setTitle("Labeller");
            dialog.setHeaderText("Your name goes with every edit and review mark you make.");
            dialog.setContentText("Name:");
            dialog.showAndWait().map(String::strip).filter(name -> !name.isEmpty()).ifPresent(name -> {
                preferences.put(LABELLER_KEY, name);
                labels.setAuthor(name);
                item.setText("Labeller: " + name + "…");
            });
        });
        return item;
    }

    private MenuItem maxGapItem() {
        MenuItem item = new MenuItem();
        item.setId("menu-label-max-gap");
        item.setText("Longest Gap to Fill: " + maxGap() + " frames…");
        item.setOnAction(e -> {
            TextInputDialog dialog = new TextInputDialog(String.valueOf(maxGap()));
            dialog.initOwner(owner.get());
            dialog.setTitle("Longest gap to fill");
            dialog.setHeaderText("Fill the Gap fills at most this many frames at once.");
            dialog.setContentText("Frames:");
            dialog.showAndWait().ifPresent(text -> {
                try {
                    int value = Integer.parseInt(text.strip());
                    if (value < 1) {
                        throw new NumberFormatException();
                    }
                    preferences.putInt(MAX_GAP_KEY, value);
                    item.setText("Longest Gap to Fill: " + value + " frames…");
                } catch (NumberFormatException ex) {
                    player.status().setMessage("The longest gap must be a whole number of frames, 1 or more");
                }
            });
        });
        return item;
    }

    public Menu editMenu() {
        MenuItem undo = new MenuItem();
        undo.setId("menu-undo");
        undo.textProperty().bind(Bindings.when(labels.undoTextProperty().isEmpty()).then("Undo")
                .otherwise(Bindings.concat("Undo ", labels.undoTextProperty())));
        undo.disableProperty().bind(labels.undoTextProperty().isEmpty());
        undo.setAccelerator(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN));
        undo.setOnAction(e -> labels.undo());
        MenuItem redo = new MenuItem();
        redo.setId("menu-redo");
        redo.textProperty().bind(Bindings.when(labels.redoTextProperty().isEmpty()).then("Redo")
                .otherwise(Bindings.concat("Redo ", labels.redoTextProperty())));
        redo.disableProperty().bind(labels.redoTextProperty().isEmpty());
        redo.setAccelerator(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        redo.setOnAction(e -> labels.redo());
        Menu edit = new Menu("Edit", null, undo, redo);
        edit.setId("menu-edit");
        return edit;
    }

    public Menu labelsMenu() {
        Menu ball = new Menu("Ball", null,
                item("Ball Occluded Here", new KeyCodeCombination(KeyCode.X),
                        f -> labels.markBall(f, BallTrack.Visibility.OCCLUDED)),
                item("Ball Out of Frame Here", new KeyCodeCombination(KeyCode.X, KeyCombination.SHIFT_DOWN),
                        f -> labels.markBall(f, BallTrack.Visibility.OUT_OF_FRAME)),
                item("No Ball Here", new KeyCodeCombination(KeyCode.DELETE), f -> labels.markBall(f, BallTrack.Visibility.NONE)),
                item("Give This Frame Back to the Model", new KeyCodeCombination(KeyCode.DELETE, KeyCombination.SHIFT_DOWN),
                        labels::revertBall),
                new SeparatorMenuItem(),
                item("Fill the Gap Here", new KeyCodeCombination(KeyCode.G), f -> labels.fillGap(f, maxGap())),
                maxGapItem());
        Menu events = new Menu("Events", null,
                item("Bounce Here", new KeyCodeCombination(KeyCode.B), f -> labels.addEvent(f, EventKind.BOUNCE)),
                item("Net Here", new KeyCodeCombination(KeyCode.N), f -> labels.addEvent(f, EventKind.NET)),
                item("Hit Here", new KeyCodeCombination(KeyCode.H), f -> labels.addEvent(f, EventKind.HIT)),
                item("Shot Released Here", new KeyCodeCombination(KeyCode.T), f -> labels.addEvent(f, EventKind.SHOT)),
                item("Delete the Event Here", new KeyCodeCombination(KeyCode.E, KeyCombination.SHIFT_DOWN),
                        labels::deleteEventNear),
                item("Move the Nearest Event Here", new KeyCodeCombination(KeyCode.M),
                        f -> labels.moveNearestEventHere(f, player.getFacts() == null ? 30
                                : (int) Math.round(player.getFacts().fpsValue()))));
        Menu rallies = new Menu("Rallies", null,
                item("Rally Starts Here", new KeyCodeCombination(KeyCode.I), labels::rallyStart),
                item("Rally Ends Here", new KeyCodeCombination(KeyCode.O), labels::rallyEnd),
                item("Split the Rally Here", new KeyCodeCombination(KeyCode.S), labels::splitRally),
                item("Merge with the Next Rally", new KeyCodeCombination(KeyCode.M, KeyCombination.SHIFT_DOWN), labels::mergeRally),
                item("Delete the Rally", new KeyCodeCombination(KeyCode.D, KeyCombination.SHIFT_DOWN), labels::deleteRally),
                new SeparatorMenuItem(),
                item("Mark the Rally Reviewed", new KeyCodeCombination(KeyCode.R), f -> labels.review(f, Review.REVIEWED)),
                item("Flag the Rally", new KeyCodeCombination(KeyCode.F), f -> labels.review(f, Review.FLAGGED)),
                item("Mark the Rally Unreviewed", null, f -> labels.review(f, Review.UNREVIEWED)),
                item("Accept the Model's Labels for This Rally", new KeyCodeCombination(KeyCode.A), labels::acceptModelRally));
        Menu menu = new Menu("Labels", null, ball, events, rallies, new SeparatorMenuItem(), labellerItem());
        menu.setId("menu-labels");
        menu.disableProperty().bind(labels.editableProperty().not());
        return menu;
    }

    private MenuItem item(String text, KeyCombination key, IntConsumer action) {
        MenuItem item = new MenuItem(text);
        item.setId("menu-label-" + text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]+", "-"));
        if (key != null) {
            item.setAccelerator(key);
        }
        item.setOnAction(e -> action.accept(player.currentFrameProperty().get()));
        return item;
    }
}
