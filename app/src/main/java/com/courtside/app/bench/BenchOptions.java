package com.courtside.app.bench;

import java.nio.file.Path;
import java.util.List;

/**
 * The settings of one benchmark run.
 *
 * @param work            where the clips, their indexes and proxies are kept between runs
 * @param resolutions     clip heights, largest first; seeking and playback use the first
 * @param seconds         length of each clip
 * @param threads         decoder threads, for Courtside and the peer alike
 * @param seeks           random frames per seek measurement
 * @param seed            seed of the random frame choice, so runs compare
 * @param playbackSeconds how long playback runs (at most the clip's length)
 * @param repeat          decode runs per figure; the best is kept
 * @param peerSeeks       whether to time one {@code ffmpeg -ss} process per seek
 * @param heapMinutes     length of the long clip whose analysis the heap is watched over
 * @param heap            whether to run that long analysis at all (it takes as long as the clip at 30 fps)
 * @param store           whether to measure the label store (a throw-away project in the system's temp folder)
 * @param cutMinutes      length of the match the rally cuts and dataset exports run on (the largest resolution)
 * @param cutReencodeSeconds the re-encoded cut takes the first rallies that make at least this much output; 0 all
 * @param export          whether to measure the rally cuts and dataset exports
 * @param exportOnly      whether to measure those alone ({@code --only export}), for a quick check
 */
public record BenchOptions(Path work, List<Integer> resolutions, int fps, double seconds, int gop, int threads,
                           int seeks, long seed, double playbackSeconds, int repeat, boolean peerSeeks,
                           double heapMinutes, boolean heap, boolean store, double cutMinutes,
                           double cutReencodeSeconds, boolean export, boolean exportOnly) {

    public static final double DEFAULT_CUT_MINUTES = 10;
    public static final double DEFAULT_CUT_REENCODE_SECONDS = 60;

    public BenchOptions {
        resolutions = resolutions.stream().distinct().sorted((a, b) -> b - a).toList();
        if (resolutions.isEmpty() || resolutions.get(resolutions.size() - 1) < 16) {
            throw new IllegalArgumentException("resolutions must be clip heights of at least 16 pixels");
        }
        if (fps < 1 || seconds <= 0 || gop < 1 || threads < 1 || seeks < 1 || playbackSeconds <= 0 || repeat < 1
                || !(heapMinutes > 0)) {
            throw new IllegalArgumentException("fps, duration, GOP, threads, seeks, playback seconds, repeat and "
                    + "heap minutes must all be positive");
        }
        if (!(cutMinutes > 0) || !(cutReencodeSeconds >= 0)) {
            throw new IllegalArgumentException("the cut minutes must be positive and the re-encode seconds 0 (all "
                    + "rallies) or more");
        }
        if (exportOnly && !export) {
            throw new IllegalArgumentException("--only export and --skip-export leave nothing to measure");
        }
    }

    /** Settings with the export rows at their defaults. */
    public BenchOptions(Path work, List<Integer> resolutions, int fps, double seconds, int gop, int threads, int seeks,
                        long seed, double playbackSeconds, int repeat, boolean peerSeeks, double heapMinutes,
                        boolean heap, boolean store) {
        this(work, resolutions, fps, seconds, gop, threads, seeks, seed, playbackSeconds, repeat, peerSeeks,
                heapMinutes, heap, store, DEFAULT_CUT_MINUTES, DEFAULT_CUT_REENCODE_SECONDS, true, false);
    }

    /** Settings that measure the label store too. */
    public BenchOptions(Path work, List<Integer> resolutions, int fps, double seconds, int gop, int threads, int seeks,
                        long seed, double playbackSeconds, int repeat, boolean peerSeeks, double heapMinutes,
                        boolean heap) {
        this(work, resolutions, fps, seconds, gop, threads, seeks, seed, playbackSeconds, repeat, peerSeeks,
                heapMinutes, heap, true);
    }
}
