package com.courtside.timeline.task;

/**
 * Receives progress from long work (indexing, rendering, analysis) and tells the work when to stop.
 * Implementations must be cheap and thread-safe: work calls them from its own thread.
 */
public interface ProgressListener {

    ProgressListener NONE = (done, total, message) -> { };

    /** @param total the amount of work, or -1 when unknown */
    void progress(long done, long total, String message);

    /** Polled by the work between steps; when true the work stops and throws {@link CancelledException}. */
    default boolean isCancelled() {
        return false;
    }

    /** Throws {@link CancelledException} when cancelled; call between steps of long work. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new CancelledException();
        }
    }
}
