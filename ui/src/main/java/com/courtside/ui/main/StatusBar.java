package com.courtside.ui.main;

import com.courtside.ui.Styles;
import com.courtside.ui.analysis.AnalysisViewModel;
import com.courtside.ui.player.PlayerViewModel;
import com.courtside.ui.player.StatusModel;
import com.courtside.ui.task.FxTaskRunner;
import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The bottom line: the latest message (or the running task with its percentage), the video's name, size and
 * rate, dropped frames during playback, the state of the scrubbing proxy, and a chip naming what finds the ball
 * on which provider.
 */
public final class StatusBar {

    private final HBox root = new HBox();

    public StatusBar(PlayerViewModel player, FxTaskRunner tasks, AnalysisViewModel analysis) {
        StatusModel status = player.status();
        root.getStyleClass().add(Styles.STATUS_BAR);
        root.setAlignment(Pos.CENTER_LEFT);

        Label message = new Label();
        message.getStyleClass().add(Styles.STATUS_MESSAGE);
        message.setId("status-message");
        message.textProperty().bind(Bindings.createStringBinding(
                () -> tasks.busyProperty().get() ? taskText(tasks.messageProperty().get(), tasks.progressProperty().get())
                        : status.messageProperty().get(),
                tasks.busyProperty(), tasks.messageProperty(), tasks.progressProperty(), status.messageProperty()));
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, Priority.ALWAYS);

        ProgressBar progress = new ProgressBar();
        progress.getStyleClass().add(Styles.STATUS_PROGRESS);
        progress.progressProperty().bind(tasks.progressProperty());
        progress.visibleProperty().bind(tasks.busyProperty());
        progress.managedProperty().bind(tasks.busyProperty());

        Label video = field(status.videoSummaryProperty().getValue());
        video.textProperty().bind(status.videoSummaryProperty());
        video.setId("status-video");
        Label dropped = field("");
        dropped.setId("status-dropped");
        dropped.textProperty().bind(Bindings.createStringBinding(
                () -> "Dropped " + player.droppedFramesProperty().get(), player.droppedFramesProperty()));
        player.droppedFramesProperty().addListener((obs, old, now) -> {
            boolean warn = now.longValue() > 0;
            if (warn && !dropped.getStyleClass().contains(Styles.STATUS_WARNING)) {
                dropped.getStyleClass().add(Styles.STATUS_WARNING);
            } else if (!warn) {
                dropped.getStyleClass().remove(Styles.STATUS_WARNING);
            }
        });
        Label proxy = field("");
        proxy.setId("status-proxy");
        proxy.textProperty().bind(status.proxyStatusProperty());

        root.getChildren().addAll(message, progress, separator(), video, separator(), dropped, separator(), proxy,
                separator(), analyzerChip(analysis));
    }

    private static Label analyzerChip(AnalysisViewModel analysis) {
        Label chip = new Label();
        chip.setId("status-analyzer");
        chip.getStyleClass().add(Styles.STATUS_CHIP);
        chip.setMinWidth(Region.USE_PREF_SIZE);
        chip.textProperty().bind(analysis.chipProperty());
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(Bindings.concat("Ball analysis: ", analysis.chipProperty(),
                "\nChoose another with Analysis ▸ Ball Model and Analysis ▸ Device."));
        chip.setTooltip(tip);
        analysis.chipWarningProperty().addListener((obs, was, warn) -> {
            if (warn) {
                chip.getStyleClass().add(Styles.STATUS_WARNING);
            } else {
                chip.getStyleClass().remove(Styles.STATUS_WARNING);
            }
        });
        return chip;
    }

    public Region root() {
        return root;
    }

    /** "Indexing frames 45 %", or the bare message when the amount of work is unknown. */
    static String taskText(String message, double progress) {
        String text = message == null ? "" : message;
        return progress >= 0 ? text + " " + Math.round(progress * 100) + " %" : text;
    }

    private static Label field(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.STATUS_FIELD);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private static Separator separator() {
        Separator s = new Separator(Orientation.VERTICAL);
        s.getStyleClass().add(Styles.STATUS_SEPARATOR);
        return s;
    }
}
