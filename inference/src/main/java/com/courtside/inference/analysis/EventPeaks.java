package com.courtside.inference.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a per-frame event score (a model's event head) into event frames: local maxima at or above the threshold,
 * at least {@code minGap} frames apart, the higher peak winning where two are closer.
 */
public final class EventPeaks {

    private EventPeaks() {
    }

    public static List<Integer> pick(float[] scores, double threshold, int minGap) {
        List<Integer> peaks = new ArrayList<>();
        for (int t = 0; t < scores.length; t++) {
            float s = scores[t];
            if (s < threshold) {
                continue;
            }
            boolean risesBefore = t == 0 || s >= scores[t - 1];
            boolean fallsAfter = t == scores.length - 1 || s > scores[t + 1];
            if (!risesBefore || !fallsAfter) {
                continue;
            }
            if (!peaks.isEmpty() && t - peaks.get(peaks.size() - 1) < minGap) {
                int last = peaks.get(peaks.size() - 1);
                if (s > scores[last]) {
                    peaks.set(peaks.size() - 1, t);
                }
                continue;
            }
            peaks.add(t);
        }
        return peaks;
    }
}
