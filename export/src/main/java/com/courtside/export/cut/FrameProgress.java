package com.courtside.export.cut;

import com.courtside.timeline.task.ProgressListener;

/** Counts frames written across all files of one cut, reports every few, and stops the work on cancel. */
final class FrameProgress {

    private static final int REPORT_EVERY = 16;

    private final ProgressListener listener;
    private final long total;
    private final String message;
    private long done;

    FrameProgress(ProgressListener listener, long total, String message) {
        this.listener = listener;
        this.total = total;
        this.message = message;
    }

    /** One more frame written. */
    void frame() {
        done++;
        if (done % REPORT_EVERY == 0 || done == total) {
            listener.progress(done, total, message);
        }
    }

    /** Throws {@link com.courtside.timeline.task.CancelledException} when the user cancelled. */
    void checkCancelled() {
        listener.checkCancelled();
    }

    long done() {
        return done;
    }
}
