package com.courtside.ui.export;

import com.courtside.timeline.task.CancelledException;
import com.courtside.timeline.task.ProgressListener;
import com.courtside.ui.task.BackgroundWork;
import com.courtside.ui.task.FxTaskRunner;
import javafx.concurrent.Task;
import com.courtside.ui.Styles;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * The running part of an export dialog: the work in the background, its progress bar and message, and a Cancel
 * that the work sees between steps, so it stops where it can clean up and the dialog can say that nothing was left.
 */
final class ExportProgress {

    private final FxTaskRunner tasks;
    private final ProgressBar bar;
    private final Label status;
    private final AtomicBoolean cancelRequested = new AtomicBoolean();
    private Task<?> running;

    ExportProgress(FxTaskRunner tasks, ProgressBar bar, Label status) {
        this.tasks = tasks;
        this.bar = bar;
        this.status = status;
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.setVisible(false);
    }

    /**
     * Dresses the controls both export dialogs share alike: the ids {@code PREFIX-problem}, {@code -status},
     * {@code -start} and {@code -cancel} (tests find them by these), the problem line in the hint style, Enter to
     * start and Escape to cancel or close.
     */
    void dress(String prefix, Label problem, Button start, Runnable onStart, Button cancel, Runnable onCancel) {
        problem.setId(prefix + "-problem");
        problem.getStyleClass().add(Styles.SETTING_HINT);
        problem.setWrapText(true);
        status.setId(prefix + "-status");
        status.setWrapText(true);
        start.setId(prefix + "-start");
        start.setDefaultButton(true);
        start.setOnAction(e -> onStart.run());
        cancel.setId(prefix + "-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> onCancel.run());
    }

    boolean isRunning() {
        return running != null;
    }

    /**
     * Runs {@code work} with a listener that also hears Cancel; then {@code done} with its result, or a message in
     * the status line ("Cancelled: nothing was written.", or what failed) and {@code ended}.
     */
    <T> void start(String title, BackgroundWork<T> work, Consumer<T> done, Runnable ended) {
        cancelRequested.set(false);
        bar.setVisible(true);
        Task<T> task = tasks.submitSilently(title, p -> work.run(cancellable(p)), result -> {
            stop();
            done.accept(result);
            ended.run();
        }, failure -> {
            stop();
            status.setText(failure instanceof CancelledException ? "Cancelled: nothing was written."
                    : "The export failed: " + failure.getMessage());
            ended.run();
        });
        running = task;
        bar.progressProperty().bind(task.progressProperty());
        status.textProperty().bind(task.messageProperty());
    }

    /** Asks the running work to stop. */
    void cancel() {
        cancelRequested.set(true);
        if (running != null) {
            status.textProperty().unbind();
            status.setText("Cancelling…");
        }
    }

    private void stop() {
        running = null;
        bar.progressProperty().unbind();
        status.textProperty().unbind();
        bar.setVisible(false);
    }

    private ProgressListener cancellable(ProgressListener p) {
        return new ProgressListener() {
            @Override
            public void progress(long done, long total, String message) {
                p.progress(done, total, message);
            }

            @Override
            public boolean isCancelled() {
                return cancelRequested.get() || p.isCancelled();
            }
        };
    }
}
