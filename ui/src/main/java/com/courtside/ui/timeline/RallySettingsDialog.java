package com.courtside.ui.timeline;

import com.courtside.timeline.rally.RallyPreset;
import com.courtside.timeline.rally.RallySettings;
import com.courtside.timeline.rally.RallySettingsFile;
import com.courtside.ui.Styles;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Rallies ▸ Rally Settings…: every value of rally detection, one field each with its unit and what it does, a sport
 * preset to start from, and Load… / Save As… for YAML or JSON settings files ({@link RallySettingsFile}). A value
 * out of range is named under the fields and Apply waits until it is fixed; Apply hands the settings on (the window
 * finds the open video's rallies again with them).
 */
public final class RallySettingsDialog {

    /** The choice in the preset box where the values match no preset. */
    static final String CUSTOM = "Custom";

    /** One row: the key in {@link RallySettings#KEYS}, its label, unit and help. */
    private record Field(String key, String label, String unit, String help) {
    }

    private static final List<Field> FIELDS = List.of(
            new Field("smoothingSeconds", "Median smoothing", "s",
                    "Span of the median filter over the game-state windows; 0 turns it off"),
            new Field("playThreshold", "Play threshold", "",
                    "A window is play when P(play) + P(service) reaches this"),
            new Field("extensionThreshold", "Edge extension threshold", "",
                    "A rally grows into the windows beside it while their play probability is above this"),
            new Field("continuationSeconds", "Continuation", "s",
                    "A pause shorter than this does not end a rally; a longer gap in the ball track does"),
            new Field("minDensity", "Minimum play density", "",
                    "Share of a rally's windows that must be play on their own"),
            new Field("minPlaySeconds", "Shortest rally", "s", "Shorter rallies are dropped"),
            new Field("minGapSeconds", "Shortest gap", "s", "Rallies closer than this are merged into one"),
            new Field("minBallSpeed", "Moving ball speed", "diagonals/s",
                    "The ball counts as in play above this speed, in frame diagonals per second"),
            new Field("soloGameStateConfidence", "Game-state rally alone", "",
                    "A game-state rally with no ball-track rally beside it is kept at this mean play probability"),
            new Field("soloTrajectoryConfidence", "Ball-track rally alone", "",
                    "A ball-track rally with no game-state rally beside it is kept when this share of it has a "
                            + "moving ball"));

    private final Dialog<RallySettings> dialog = new Dialog<>();
    private final ComboBox<String> preset = new ComboBox<>();
    private final Map<String, TextField> fields = new LinkedHashMap<>();
    private final Label problem = new Label();
    private final ReadOnlyObjectWrapper<RallySettings> settings = new ReadOnlyObjectWrapper<>(this, "settings");
    private final Window owner;
    private boolean filling;

    /** @param current the settings in use, shown first */
    public RallySettingsDialog(Window owner, RallySettings current) {
        this.owner = owner;
        dialog.initOwner(owner);
        dialog.setTitle("Rally Settings");
        dialog.setHeaderText("How rallies are found in the game-state windows and the ball track");
        dialog.getDialogPane().getStylesheets().add(Styles.stylesheet());
        dialog.getDialogPane().setId("rally-settings");

        preset.setId("rally-settings-preset");
        List<String> presets = new java.util.ArrayList<>();
        for (RallyPreset p : RallyPreset.values()) {
            presets.add(RalliesMenu.label(p));
        }
        presets.add(CUSTOM);
        preset.setItems(FXCollections.observableArrayList(presets));
        preset.valueProperty().addListener((obs, old, now) -> {
            if (!filling && now != null && !now.equals(CUSTOM)) {
                fill(RallyPreset.values()[presets.indexOf(now)].settings());
            }
        });

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, new Label("Start from"), preset);
        int row = 1;
        for (Field f : FIELDS) {
            TextField text = new TextField();
            text.setId("rally-setting-" + f.key());
            text.setPrefColumnCount(6);
            text.textProperty().addListener(obs -> check());
            Label name = new Label(f.label());
            Tooltip help = new Tooltip(f.help() + " (" + f.key() + ")");
            name.setTooltip(help);
            text.setTooltip(help);
            Label hint = new Label(f.help());
            hint.getStyleClass().add(Styles.SETTING_HINT);
            hint.setMaxWidth(380);
            hint.setWrapText(true);
            grid.addRow(row++, name, text, new Label(f.unit()), hint);
            fields.put(f.key(), text);
        }

        problem.setId("rally-settings-problem");
        problem.getStyleClass().add(Styles.ANALYSIS_ERROR);
        problem.setWrapText(true);
        problem.setMaxWidth(640);
        Button load = new Button("Load…");
        load.setId("rally-settings-load");
        load.setOnAction(e -> choose(false));
        Button save = new Button("Save As…");
        save.setId("rally-settings-save");
        save.setOnAction(e -> choose(true));
        HBox files = new HBox(8, load, save);
        VBox content = new VBox(10, grid, problem, files);
        content.getStyleClass().add(Styles.SETTINGS_CONTENT);
        dialog.getDialogPane().setContent(content);

        ButtonType apply = new ButtonType("Apply", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(apply, ButtonType.CANCEL);
        Button applyButton = (Button) dialog.getDialogPane().lookupButton(apply);
        applyButton.setId("rally-settings-apply");
        applyButton.disableProperty().bind(settings.isNull());
        dialog.setResultConverter(b -> b == apply ? settings.get() : null);
        fill(current);
    }

    /** Shows the dialog; {@code onApply} gets the settings when the user applies them. */
    public void show(Consumer<RallySettings> onApply) {
        dialog.setOnHidden(e -> {
            RallySettings chosen = dialog.getResult();
            if (chosen != null) {
                onApply.accept(chosen);
            }
        });
        dialog.show();
    }

    /** The dialog's scene, once shown. */
    public javafx.scene.Scene scene() {
        return dialog.getDialogPane().getScene();
    }

    /** The valid settings the fields now hold, or null while one is not. */
    public ReadOnlyObjectProperty<RallySettings> settingsProperty() {
        return settings.getReadOnlyProperty();
    }

    /** What is wrong with the fields or the last file, or empty. */
    public String problem() {
        return problem.getText();
    }

    /** Puts {@code values} into the fields. */
    public void fill(RallySettings values) {
        filling = true;
        try {
            values.toMap().forEach((key, value) -> fields.get(key).setText(format(value)));
        } finally {
            filling = false;
        }
        check();
    }

    /** Reads a YAML or JSON settings file into the fields; a file that cannot be used is named under them. */
    public void load(Path file) {
        try {
            fill(RallySettingsFile.read(file));
        } catch (IOException e) {
            problem.setText("Not loaded: " + e.getMessage());
        }
    }

    /** Writes the fields' settings to a YAML or JSON file; says under the fields what happened. */
    public void save(Path file) {
        RallySettings now = settings.get();
        if (now == null) {
            return;
        }
        try {
            RallySettingsFile.write(file, now);
            problem.setText("Saved to " + file);
        } catch (IOException | RuntimeException e) {
            problem.setText("Not saved: " + e.getMessage());
        }
    }

    private void choose(boolean saving) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(saving ? "Save the Rally Settings" : "Load Rally Settings");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Settings (*.yaml, *.yml, *.json)", "*.yaml", "*.yml", "*.json"));
        File file = saving ? chooser.showSaveDialog(owner) : chooser.showOpenDialog(owner);
        if (file == null) {
            return;
        }
        if (saving) {
            Path path = file.toPath();
            String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
            save(name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json") ? path
                    : path.resolveSibling(path.getFileName() + ".yaml"));
        } else {
            load(file.toPath());
        }
    }

    /** Reads every field; the settings when all are numbers in range, else the first problem, named. */
    private void check() {
        Map<String, Double> values = new LinkedHashMap<>();
        for (Field f : FIELDS) {
            String text = fields.get(f.key()).getText().trim();
            try {
                values.put(f.key(), Double.parseDouble(text));
            } catch (NumberFormatException e) {
                invalid(f.label() + ": '" + text + "' is not a number");
                return;
            }
        }
        try {
            RallySettings now = RallySettings.fromMap(values);
            settings.set(now);
            problem.setText("");
            showPreset(now);
        } catch (IllegalArgumentException e) {
            String message = e.getMessage();
            for (Field f : FIELDS) {
                message = message.replace("rally setting " + f.key(), f.label());
            }
            invalid(message);
        }
    }

    private void invalid(String message) {
        settings.set(null);
        problem.setText(message + ". Fix it to apply.");
    }

    private void showPreset(RallySettings now) {
        String match = CUSTOM;
        for (RallyPreset p : RallyPreset.values()) {
            if (p.settings().equals(now)) {
                match = RalliesMenu.label(p);
            }
        }
        filling = true;
        try {
            preset.setValue(match);
        } finally {
            filling = false;
        }
    }

    /** 2.0 → "2", 0.35 → "0.35". */
    static String format(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e9 ? Long.toString((long) value)
                : Double.toString(value);
    }
}
