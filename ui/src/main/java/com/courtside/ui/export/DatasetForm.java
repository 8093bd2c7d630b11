package com.courtside.ui.export;

import com.courtside.export.dataset.DatasetFormat;
import com.courtside.export.dataset.DatasetOptions;
import com.courtside.export.dataset.LabelChoice;
import javafx.beans.InvalidationListener;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.util.StringConverter;

import java.util.Map;

/**
 * The choices of a dataset export, a field each: format, which labels, train/val/test shares, seed, frame sampling,
 * and for OpenTTGames the frames around events. {@link #options()} reads them, or says which one is wrong.
 */
final class DatasetForm {

    /** What each format writes, shown under the choice. */
    static final Map<DatasetFormat, String> LAYOUTS = Map.of(
            DatasetFormat.OPENTTGAMES, "per video ball_markup.json and events_markup.json (TTNet), with the "
                    + "frames around each event as img_000123.jpg when asked",
            DatasetFormat.TRACKNET, "per video a Frame,Visibility,X,Y CSV (TrackNet)",
            DatasetFormat.COCO, "JPEG frames and instances_{split}.json with ball and person boxes",
            DatasetFormat.YOLO, "JPEG frames, a .txt of boxes per frame and data.yaml",
            DatasetFormat.RALLYCUT, "per video RallyCut's segment JSON",
            DatasetFormat.GAME_STATE, "16-frame clips as .npy in NO_PLAY / PLAY / SERVICE folders, and clips.csv");

    private final GridPane grid = new GridPane();
    final ComboBox<DatasetFormat> format = new ComboBox<>();
    final ComboBox<LabelChoice> labels = new ComboBox<>();
    final TextField shares = new TextField("0.8, 0.1, 0.1");
    final TextField seed = new TextField("1");
    final TextField every = new TextField("1");
    final CheckBox frames = new CheckBox("Write the frames around each event");
    final TextField margin = new TextField(Integer.toString(DatasetOptions.DEFAULT_EVENT_MARGIN));
    private final Label layout = new Label();

    DatasetForm() {
        format.getItems().setAll(DatasetFormat.values());
        format.setConverter(converter(DatasetFormat::wireName));
        format.setValue(DatasetFormat.OPENTTGAMES);
        format.setId("export-format");
        labels.getItems().setAll(LabelChoice.values());
        labels.setConverter(converter(c -> switch (c) {
            case REVIEWED -> "reviewed (a person's, and reviewed rallies)";
            case EFFECTIVE -> "effective (a person's over the model's)";
            case MODEL -> "the model's alone";
        }));
        labels.setValue(LabelChoice.REVIEWED);
        labels.setId("export-labels");
        shares.setId("export-shares");
        seed.setId("export-seed");
        every.setId("export-every");
        frames.setId("export-frames");
        margin.setId("export-margin");
        layout.setWrapText(true);
        layout.setMaxWidth(420);
        javafx.scene.layout.ColumnConstraints names = new javafx.scene.layout.ColumnConstraints();
        names.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        grid.getColumnConstraints().add(names);
        grid.setHgap(8);
        grid.setVgap(6);
        int row = 0;
        grid.addRow(row++, new Label("Format"), format);
        grid.add(layout, 1, row++);
        grid.addRow(row++, new Label("Labels"), labels);
        grid.addRow(row++, new Label("Train, val, test"), shares);
        grid.addRow(row++, new Label("Split seed"), seed);
        grid.addRow(row++, new Label("Every n-th frame"), every);
        grid.addRow(row++, new Label("OpenTTGames"), frames);
        grid.addRow(row, new Label("Frames around events"), margin);
        format.valueProperty().addListener(obs -> showLayout());
        frames.disableProperty().bind(format.valueProperty().isNotEqualTo(DatasetFormat.OPENTTGAMES));
        margin.disableProperty().bind(frames.disableProperty().or(frames.selectedProperty().not()));
        every.disableProperty().bind(format.valueProperty().isNotEqualTo(DatasetFormat.COCO)
                .and(format.valueProperty().isNotEqualTo(DatasetFormat.YOLO)));
        showLayout();
    }

    GridPane root() {
        return grid;
    }

    /** Calls {@code listener} whenever a choice changes. */
    void onChange(InvalidationListener listener) {
        format.valueProperty().addListener(listener);
        labels.valueProperty().addListener(listener);
        shares.textProperty().addListener(listener);
        seed.textProperty().addListener(listener);
        every.textProperty().addListener(listener);
        frames.selectedProperty().addListener(listener);
        margin.textProperty().addListener(listener);
    }

    /** The options as chosen; IllegalArgumentException naming the field that is wrong. */
    DatasetOptions options() {
        DatasetOptions.Shares split;
        try {
            split = DatasetOptions.Shares.parse(shares.getText().replace(" ", ""));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Train, val, test: " + e.getMessage());
        }
        return DatasetOptions.defaults(format.getValue()).withShares(split)
                .withSeed(number(seed, "Split seed", Long.MIN_VALUE))
                .withFrameStep((int) number(every, "Every n-th frame", 1))
                .withFrames(frames.isSelected() && !frames.isDisabled())
                .withEventMargin((int) number(margin, "Frames around events", 0));
    }

    LabelChoice labelChoice() {
        return labels.getValue();
    }

    private static long number(TextField field, String name, long min) {
        try {
            long value = Long.parseLong(field.getText().trim());
            if (value < min) {
                throw new IllegalArgumentException(name + " must be at least " + min + ", not " + value + ".");
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, not '" + field.getText() + "'.");
        }
    }

    private void showLayout() {
        DatasetFormat f = format.getValue();
        layout.setText(f == null ? "" : LAYOUTS.get(f));
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> name) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : name.apply(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("not editable");
            }
        };
    }
}
