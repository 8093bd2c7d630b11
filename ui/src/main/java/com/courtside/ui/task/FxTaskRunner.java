package com.courtside.ui.task;

import com.courtside.timeline.task.ProgressListener;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Runs {@link BackgroundWork} on the application's one background executor as {@link Task}s and mirrors the
 * newest visible task's message and progress in properties for the status bar. Success and failure callbacks run
 * on the FX thread. Threads are named {@code courtside-task-N}; {@link #close()} shuts the executor down.
 */
public final class FxTaskRunner implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FxTaskRunner.class);

    private final ExecutorService executor;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
    private Task<?> shown;

    public FxTaskRunner() {
        executor = Executors.newCachedThreadPool(new NamedThreads());
    }

    /**
     * Starts {@code work}; its progress shows in {@link #messageProperty()} and {@link #progressProperty()} until
     * it ends. Exactly one of the callbacks runs, on the FX thread, unless the task is cancelled.
     */
    public <T> Task<T> submit(String title, BackgroundWork<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        return start(title, work, onSuccess, onFailure, true);
    }

    /**
     * Starts {@code work} like {@link #submit} but leaves the status bar alone: for work that shows its progress in
     * a panel of its own (analysis), or that is too quick to be worth a message.
     */
    public <T> Task<T> submitSilently(String title, BackgroundWork<T> work, Consumer<T> onSuccess,
                                      Consumer<Throwable> onFailure) {
        return start(title, work, onSuccess, onFailure, false);
    }

    private <T> Task<T> start(String title, BackgroundWork<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure,
                              boolean shown) {
        WorkTask<T> task = new WorkTask<>(title, work);
        task.setOnSucceeded(e -> {
            release(task);
            onSuccess.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            release(task);
            onFailure.accept(task.getException());
        });
        task.setOnCancelled(e -> release(task));
        if (shown) {
            follow(task);
        }
        executor.execute(task);
        return task;
    }

    /** Runs quiet housekeeping (closing a decoder, writing a file) off the FX thread; failures are logged. */
    public void runQuietly(String what, Runnable work) {
        executor.execute(() -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                LOG.warn("{} failed", what, e);
            }
        });
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Progress of the shown task, 0..1, or -1 when unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    private void follow(Task<?> task) {
        unbind();
        shown = task;
        message.bind(task.messageProperty());
        progress.bind(task.progressProperty());
        busy.set(true);
    }

    private void release(Task<?> task) {
        if (task == shown) {
            unbind();
            shown = null;
            message.set("");
            progress.set(-1);
            busy.set(false);
        }
    }

    private void unbind() {
        message.unbind();
        progress.unbind();
    }

    /** Stops taking work and waits briefly for running work (decoders closing) to finish. */
    @Override
    public void close() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(6, TimeUnit.SECONDS)) {
                LOG.warn("background work still running at exit");
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The task that adapts work to JavaFX: progress through the listener becomes Task progress and message. */
    private static final class WorkTask<T> extends Task<T> {
        private final BackgroundWork<T> work;

        WorkTask(String title, BackgroundWork<T> work) {
            this.work = work;
            updateTitle(title);
            updateMessage(title);
        }

        @Override
        protected T call() throws Exception {
            return work.run(new ProgressListener() {
                @Override
                public void progress(long done, long total, String text) {
                    if (total > 0) {
                        updateProgress(done, total);
                    } else {
                        updateProgress(-1, 1);
                    }
                    updateMessage(text);
                }

                @Override
                public boolean isCancelled() {
                    return WorkTask.this.isCancelled();
                }
            });
        }
    }

    private static final class NamedThreads implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, "courtside-task-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        }
    }
}
