package com.courtside.ui.analysis;

import com.courtside.ui.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * The strip above the scrubber while the ball is being analysed (what runs, a bar, frames done, speed, time left,
 * Cancel) or after a run failed (the reason in one line, Dismiss). Hidden otherwise.
 */
public final class AnalysisPanel {

    private final StackPane root = new StackPane();

    public AnalysisPanel(AnalysisViewModel model, Runnable cancel) {
        root.getStyleClass().add(Styles.ANALYSIS_PANEL);
        root.setId("analysis-panel");
        HBox running = running(model, cancel);
        HBox failed = failed(model);
        root.getChildren().addAll(running, failed);
        BooleanBinding isRunning = model.phaseProperty().isEqualTo(AnalysisViewModel.Phase.RUNNING);
        BooleanBinding isFailed = model.phaseProperty().isEqualTo(AnalysisViewModel.Phase.FAILED);
        running.visibleProperty().bind(isRunning);
        failed.visibleProperty().bind(isFailed);
        root.visibleProperty().bind(isRunning.or(isFailed));
        root.managedProperty().bind(root.visibleProperty());
    }

    public Region root() {
        return root;
    }

    private static HBox running(AnalysisViewModel model, Runnable cancel) {
        Label title = new Label();
        title.getStyleClass().add(Styles.ANALYSIS_TITLE);
        title.textProperty().bind(model.titleProperty());
        title.setMinWidth(Region.USE_PREF_SIZE);
        ProgressBar bar = new ProgressBar();
        bar.getStyleClass().add(Styles.ANALYSIS_PROGRESS);
        bar.progressProperty().bind(model.progressProperty());
        Label percent = new Label();
        percent.getStyleClass().add(Styles.ANALYSIS_PERCENT);
        percent.textProperty().bind(Bindings.createStringBinding(
                () -> AnalysisViewModel.percentText(model.progressProperty().get()), model.progressProperty()));
        percent.setMinWidth(Region.USE_PREF_SIZE);
        Label detail = new Label();
        detail.setId("analysis-detail");
        detail.getStyleClass().add(Styles.ANALYSIS_DETAIL);
        detail.textProperty().bind(model.detailProperty());
        detail.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(detail, Priority.ALWAYS);
        Button stop = button("Cancel", cancel);
        stop.setId("analysis-cancel");
        stop.setTooltip(new Tooltip("Stop the analysis (Analysis ▸ Cancel Analysis)"));
        HBox box = new HBox(title, bar, percent, detail, stop);
        box.getStyleClass().add(Styles.ANALYSIS_ROW);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static HBox failed(AnalysisViewModel model) {
        Region icon = new Region();
        icon.getStyleClass().addAll(Styles.ICON, Styles.ICON_WARNING);
        icon.setMinWidth(Region.USE_PREF_SIZE);
        Label message = new Label();
        message.setId("analysis-error");
        message.getStyleClass().add(Styles.ANALYSIS_ERROR);
        message.textProperty().bind(model.errorProperty());
        message.setTextOverrun(OverrunStyle.ELLIPSIS);
        message.setMaxWidth(Double.MAX_VALUE);
        Tooltip full = new Tooltip();
        full.textProperty().bind(model.errorProperty());
        full.setWrapText(true);
        full.setMaxWidth(640);
        message.setTooltip(full);
        HBox.setHgrow(message, Priority.ALWAYS);
        Button dismiss = button("Dismiss", model::dismissError);
        dismiss.setId("analysis-dismiss");
        HBox box = new HBox(icon, message, dismiss);
        box.getStyleClass().add(Styles.ANALYSIS_ROW);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static Button button(String text, Runnable action) {
        Button b = new Button(text);
        b.getStyleClass().add(Styles.ANALYSIS_BUTTON);
        b.setFocusTraversable(false);
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setOnAction(e -> action.run());
        return b;
    }
}
