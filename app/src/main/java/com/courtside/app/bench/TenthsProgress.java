package com.courtside.app.bench;

import com.courtside.timeline.task.ProgressListener;

/** Passes a long run's progress message on to the bench's progress stream once per tenth of the work. */
final class TenthsProgress implements ProgressListener {

    private final String label;
    private final BenchContext ctx;
    private long lastTenth;

    TenthsProgress(String label, BenchContext ctx) {
        this.label = label;
        this.ctx = ctx;
    }

    @Override
    public void progress(long done, long total, String message) {
        long tenth = total > 0 ? done * 10 / total : 0;
        if (tenth > lastTenth && tenth < 10) {
            lastTenth = tenth;
            ctx.say("  %s: %s", label, message);
        }
    }
}
