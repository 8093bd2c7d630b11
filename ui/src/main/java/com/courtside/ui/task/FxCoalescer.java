package com.courtside.ui.task;

import javafx.application.Platform;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Hands values from a worker thread to the FX thread, keeping only the newest: however fast a decoder or a
 * progress callback posts, the FX thread gets at most one pending update.
 */
public final class FxCoalescer<T> {

    private final AtomicReference<T> latest = new AtomicReference<>();
    private final Consumer<T> consumer;

    public FxCoalescer(Consumer<T> consumer) {
        this.consumer = consumer;
    }

    /** Callable from any thread. */
    public void post(T value) {
        if (latest.getAndSet(value) == null) {
            Platform.runLater(this::drain);
        }
    }

    private void drain() {
        T value = latest.getAndSet(null);
        if (value != null) {
            consumer.accept(value);
        }
    }
}
