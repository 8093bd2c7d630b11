package com.courtside.app.gui;

import com.courtside.app.eval.Comparison;
import com.courtside.app.eval.ComparisonCsv;
import com.courtside.app.eval.ComparisonReport;
import com.courtside.app.eval.SourceLabels;
import com.courtside.labeling.store.LabelLayers;
import com.courtside.timeline.LabelSet;
import com.courtside.timeline.io.TruthJson;
import com.courtside.ui.labels.LabelingSession;
import com.courtside.ui.task.FxTaskRunner;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Analysis ▸ Compare Labels…: two label sources of the open video side by side (the model's labels, the human
 * ones, the effective ones, the ground truth beside the video) with the figures of {@code courtside evaluate
 * --labels}: ball detection and RMSE, events per kind, rallies at IoU 0.5 with their edge errors; the rallies and the
 * summary can be saved as CSV.
 */
final class CompareLabelsDialog {

    /** A source to compare: a layer of the project, or the truth file. */
    enum Source {
        MODEL("The model's labels"), HUMAN("The human labels"), EFFECTIVE("Effective labels (human over model)"),
        TRUTH("Ground truth beside the video");

        private final String text;

        Source(String text) {
            this.text = text;
        }

        @Override
        public String toString() {
            return text;
        }
    }

    static final double RADIUS_PX = 10;
    static final double MIN_IOU = 0.5;

    private final Dialog<Void> dialog = new Dialog<>();
    private final ComboBox<Source> labels = new ComboBox<>();
    private final ComboBox<Source> against = new ComboBox<>();
    private final TextArea report = new TextArea();
    private final Button save = new Button("Save as CSV…");
    private final FxTaskRunner tasks;
    private final LabelingSession session;
    private final Path truth;
    private Comparison last;

    CompareLabelsDialog(Window owner, FxTaskRunner tasks, LabelingSession session) {
        this.tasks = tasks;
        this.session = session;
        this.truth = truthBeside(session.video().lastPath());
        List<Source> sources = new ArrayList<>(List.of(Source.MODEL, Source.HUMAN, Source.EFFECTIVE));
        if (truth != null) {
            sources.add(Source.TRUTH);
        }
        labels.setItems(FXCollections.observableArrayList(sources));
        against.setItems(FXCollections.observableArrayList(sources));
        labels.setValue(Source.MODEL);
        against.setValue(truth != null ? Source.TRUTH : Source.HUMAN);
        labels.setId("compare-labels");
        against.setId("compare-against");
        report.setId("compare-report");
        report.setEditable(false);
        report.setPrefColumnCount(90);
        report.setPrefRowCount(18);
        report.setStyle("-fx-font-family: monospace;");
        save.setDisable(true);
        save.setOnAction(e -> saveCsv());
        Button compare = new Button("Compare");
        compare.setId("compare-run");
        compare.setDefaultButton(true);
        compare.setOnAction(e -> compare());
        GridPane choices = new GridPane();
        choices.setHgap(8);
        choices.setVgap(6);
        choices.addRow(0, new Label("Labels"), labels);
        choices.addRow(1, new Label("against"), against, compare, save);
        VBox content = new VBox(10, choices, report);
        VBox.setVgrow(report, Priority.ALWAYS);
        dialog.initOwner(owner);
        dialog.setTitle("Compare Labels");
        dialog.setHeaderText("How well one source of labels matches another, on "
                + session.video().lastPath().getFileName());
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.setResizable(true);
    }

    void show() {
        dialog.show();
        compare();
    }

    Dialog<Void> dialog() {
        return dialog;
    }

    private static Path truthBeside(Path video) {
        String name = video.getFileName().toString();
        int dot = name.lastIndexOf('.');
        Path candidate = video.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".truth.json");
        return Files.isRegularFile(candidate) ? candidate : null;
    }

    private void compare() {
        Source a = labels.getValue();
        Source b = against.getValue();
        report.setText("Comparing " + a + " against " + b + "…");
        save.setDisable(true);
        tasks.submitSilently("Comparing labels", p -> {
            SourceLabels left = read(a);
            SourceLabels right = read(b);
            if (left.isEmpty() || right.isEmpty()) {
                return new Outcome(null, (left.isEmpty() ? a : b) + " has no labels for this video yet.");
            }
            Comparison c = Comparison.of(left, right, session.video().fps().toDouble(), RADIUS_PX, MIN_IOU);
            StringWriter text = new StringWriter();
            try (PrintWriter out = new PrintWriter(text)) {
                ComparisonReport.print(c, out);
            }
            return new Outcome(c, text.toString());
        }, outcome -> {
            last = outcome.comparison();
            report.setText(outcome.text());
            save.setDisable(last == null);
        }, failure -> report.setText("The comparison failed: " + failure.getMessage()));
    }

    private record Outcome(Comparison comparison, String text) {
    }

    private SourceLabels read(Source source) throws IOException {
        int frames = session.video().frameCount();
        if (source == Source.TRUTH) {
            LabelSet set = TruthJson.readLabels(truth);
            return SourceLabels.ofTruth(truth.getFileName().toString(), set, frames);
        }
        LabelLayers.Layer layer = switch (source) {
            case MODEL -> LabelLayers.Layer.MODEL;
            case HUMAN -> LabelLayers.Layer.HUMAN;
            default -> LabelLayers.Layer.EFFECTIVE;
        };
        return SourceLabels.of(source.toString(), new LabelLayers(session.project())
                .read(session.videoId(), frames, layer));
    }

    private void saveCsv() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save the rallies as CSV");
        chooser.setInitialFileName("comparison.csv");
        java.io.File file = chooser.showSaveDialog(dialog.getOwner());
        if (file == null || last == null) {
            return;
        }
        Comparison c = last;
        tasks.submitSilently("Saving the comparison", p -> ComparisonCsv.write(c, file.toPath()),
                summary -> report.appendText("\nSaved the rallies to " + file + " and the summary to " + summary + ".\n"),
                failure -> report.appendText("\nCould not save " + file + ": " + failure.getMessage()
                        + ". Check that the folder is writable and the disk has space.\n"));
    }
}
