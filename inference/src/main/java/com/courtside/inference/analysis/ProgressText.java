package com.courtside.inference.analysis;

import java.util.Locale;

/** "Analyzing 45 % · 212 frames/s · 0:31 left" for progress bars and the CLI. */
final class ProgressText {

    private ProgressText() {
    }

    static String of(long done, long total, long elapsedNanos) {
        double seconds = elapsedNanos / 1e9;
        double fps = seconds > 0 ? done / seconds : 0;
        long left = fps > 0 ? Math.round((total - done) / fps) : -1;
        String eta = left < 0 ? "" : String.format(Locale.ROOT, " · %d:%02d left", left / 60, left % 60);
        return String.format(Locale.ROOT, "Analyzing %d %% · %.0f frames/s%s",
                total > 0 ? done * 100 / total : 0, fps, eta);
    }
}
