package com.courtside.timeline.rally;

import com.courtside.timeline.Rally;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Game-state window probabilities to rallies, after RallyCut's heuristics pipeline
 * ({@code analysis/rallycut/processing/cutter.py}). Each step is a static method of its own; the whole is a pure
 * function of the series and the settings.
 * <ol>
 *   <li>{@link #smooth}: median filter over the play probability (P(PLAY) + P(SERVICE)), edges replicated;</li>
 *   <li>{@link #threshold} and {@link #segments}: windows at or above the play threshold, in runs;</li>
 *   <li>{@link #extend}: a run grows window by window while the next window is above the extension threshold
 *       (RallyCut looks one window out; we keep going, so a slow fade at a rally's edge is kept whole);</li>
 *   <li>{@link #continueRallies}: runs separated by a NO_PLAY stretch shorter than the continuation time become
 *       one; the stretch is measured as RallyCut does, from its first window's first frame to its last window's
 *       last frame, so at stride 1.6 s a continuation of 2 s bridges one NO_PLAY window, not two;</li>
 *   <li>{@link #filterDensity}: a run is dropped when fewer than minDensity of its windows were PLAY by
 *       themselves (before extension and continuation);</li>
 *   <li>{@link #toFrames}: a run covers its windows' frames, first window's first frame to last window's last;</li>
 *   <li>{@link #dropShort}: rallies shorter than the minimum play time go (RallyCut spares single windows because
 *       it pads every rally afterwards; we do not pad, so we spare none);</li>
 *   <li>{@link #mergeClose}: rallies closer than the minimum gap are merged. RallyCut bridges such gaps before
 *       filtering; we merge after, so a short false detection cannot pull a neighbouring rally towards it.</li>
 * </ol>
 */
public final class RallyPostProcessor {

    /** A run of windows, first and last index inclusive. */
    record WindowRun(int first, int last) {
        int size() {
            return last - first + 1;
        }
    }

    private RallyPostProcessor() {
    }

    public static List<Rally> rallies(GameStateSeries series, RallySettings settings) {
        return detect(series, settings).stream().map(ScoredRally::rally).toList();
    }

    /** The rallies, each with the mean (unsmoothed) play probability of the windows it overlaps. */
    public static List<ScoredRally> detect(GameStateSeries series, RallySettings settings) {
        int n = series.windowCount();
        int[] starts = new int[n];
        int[] ends = new int[n];
        for (int i = 0; i < n; i++) {
            starts[i] = series.windowStart(i);
            ends[i] = series.windowEnd(i);
        }
        double fps = series.fps();
        double[] raw = series.activeProbabilities();
        double[] p = smooth(raw, settings.smoothingWindows(series.strideSeconds()));
        boolean[] active = threshold(p, settings.playThreshold());
        List<WindowRun> runs = segments(active);
        runs = extend(runs, p, settings.extensionThreshold());
        runs = continueRallies(runs, starts, ends, RallySettings.frames(settings.continuationSeconds(), fps));
        runs = filterDensity(runs, active, settings.minDensity());
        List<Rally> rallies = toFrames(runs, starts, ends);
        rallies = dropShort(rallies, RallySettings.frames(settings.minPlaySeconds(), fps));
        rallies = mergeClose(rallies, RallySettings.frames(settings.minGapSeconds(), fps));
        List<ScoredRally> scored = new ArrayList<>();
        for (Rally rally : rallies) {
            double sum = 0;
            int count = 0;
            for (int i = 0; i < n; i++) {
                if (starts[i] <= rally.endFrame() && ends[i] >= rally.startFrame()) {
                    sum += raw[i];
                    count++;
                }
            }
            scored.add(new ScoredRally(rally, count == 0 ? 0 : Math.min(1, sum / count)));
        }
        return scored;
    }

    /** Median over {@code width} windows (odd; 1 returns a copy), the first and last value repeated past the ends. */
    static double[] smooth(double[] p, int width) {
        if (width < 1 || width % 2 == 0) {
            throw new IllegalArgumentException("median width must be odd and positive, got " + width);
        }
        int half = width / 2;
        double[] out = new double[p.length];
        double[] window = new double[width];
        for (int i = 0; i < p.length; i++) {
            for (int d = -half; d <= half; d++) {
                window[d + half] = p[Math.max(0, Math.min(p.length - 1, i + d))];
            }
            Arrays.sort(window);
            out[i] = window[half];
        }
        return out;
    }

    static boolean[] threshold(double[] p, double threshold) {
        boolean[] active = new boolean[p.length];
        for (int i = 0; i < p.length; i++) {
            active[i] = p[i] >= threshold;
        }
        return active;
    }

    static List<WindowRun> segments(boolean[] active) {
        List<WindowRun> runs = new ArrayList<>();
        for (int i = 0; i < active.length; i++) {
            if (active[i]) {
                int first = i;
                while (i + 1 < active.length && active[i + 1]) {
                    i++;
                }
                runs.add(new WindowRun(first, i));
            }
        }
        return runs;
    }

    /** Grows each run while the neighbouring window's probability is above {@code threshold}; runs that meet merge. */
    static List<WindowRun> extend(List<WindowRun> runs, double[] p, double threshold) {
        List<WindowRun> grown = new ArrayList<>();
        for (WindowRun run : runs) {
            int first = run.first();
            int last = run.last();
            while (first > 0 && p[first - 1] > threshold) {
                first--;
            }
            while (last + 1 < p.length && p[last + 1] > threshold) {
                last++;
            }
            grown.add(new WindowRun(first, last));
        }
        return mergeTouching(grown);
    }

    /**
     * Joins neighbouring runs whose NO_PLAY stretch, from the first gap window's first frame to the last gap
     * window's last frame, is shorter than {@code continuationFrames}.
     */
    static List<WindowRun> continueRallies(List<WindowRun> runs, int[] starts, int[] ends, int continuationFrames) {
        List<WindowRun> out = new ArrayList<>();
        for (WindowRun run : runs) {
            if (!out.isEmpty()) {
                WindowRun prev = out.get(out.size() - 1);
                int gapFirst = prev.last() + 1;
                int gapLast = run.first() - 1;
                if (gapLast < gapFirst || ends[gapLast] - starts[gapFirst] < continuationFrames) {
                    out.set(out.size() - 1, new WindowRun(prev.first(), run.last()));
                    continue;
                }
            }
            out.add(run);
        }
        return out;
    }

    /** Keeps runs where at least {@code minDensity} of the windows are active on their own. */
    static List<WindowRun> filterDensity(List<WindowRun> runs, boolean[] active, double minDensity) {
        List<WindowRun> kept = new ArrayList<>();
        for (WindowRun run : runs) {
            int count = 0;
            for (int i = run.first(); i <= run.last(); i++) {
                if (active[i]) {
                    count++;
                }
            }
            if (count >= minDensity * run.size()) {
                kept.add(run);
            }
        }
        return kept;
    }

    /**
     * A run of windows stands for the frames from halfway between the centres of its first window and the one
     * before, to halfway between the centres of its last window and the one after (the first and last windows of
     * the video reach to their own edges): each window speaks for the stride around it, not only for the 16 frames
     * it saw, so an edge lands within half a stride of the truth and a rally of one window is a stride long.
     */
    static List<Rally> toFrames(List<WindowRun> runs, int[] starts, int[] ends) {
        int n = starts.length;
        return runs.stream().map(r -> {
            int from = r.first() == 0 ? starts[0] : boundary(starts, ends, r.first());
            int to = r.last() == n - 1 ? ends[n - 1] : boundary(starts, ends, r.last() + 1) - 1;
            return new Rally(from, Math.max(from, to));
        }).toList();
    }

    /** The first frame that window {@code k} speaks for: just past halfway from window k-1's centre to its own. */
    private static int boundary(int[] starts, int[] ends, int k) {
        double before = (starts[k - 1] + ends[k - 1]) / 2.0;
        double centre = (starts[k] + ends[k]) / 2.0;
        return (int) Math.floor((before + centre) / 2) + 1;
    }

    static List<Rally> dropShort(List<Rally> rallies, int minFrames) {
        return rallies.stream().filter(r -> r.length() >= minFrames).toList();
    }

    /** Merges rallies (sorted by start) separated by fewer than {@code minGapFrames} frames, or overlapping. */
    static List<Rally> mergeClose(List<Rally> rallies, int minGapFrames) {
        List<Rally> out = new ArrayList<>();
        for (Rally rally : rallies) {
            if (!out.isEmpty()) {
                Rally prev = out.get(out.size() - 1);
                if (rally.startFrame() - prev.endFrame() - 1 < minGapFrames) {
                    out.set(out.size() - 1, new Rally(prev.startFrame(), Math.max(prev.endFrame(), rally.endFrame())));
                    continue;
                }
            }
            out.add(rally);
        }
        return out;
    }

    /** Merges runs (sorted by first) that overlap or are next to each other. */
    private static List<WindowRun> mergeTouching(List<WindowRun> runs) {
        List<WindowRun> out = new ArrayList<>();
        for (WindowRun run : runs) {
            if (!out.isEmpty() && run.first() <= out.get(out.size() - 1).last() + 1) {
                WindowRun prev = out.get(out.size() - 1);
                out.set(out.size() - 1, new WindowRun(prev.first(), Math.max(prev.last(), run.last())));
            } else {
                out.add(run);
            }
        }
        return out;
    }
}
