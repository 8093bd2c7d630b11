package com.courtside.export.dataset;

import com.courtside.export.split.VideoSplit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How to write a dataset.
 *
 * @param shares      train, validation and test shares of the videos (split by video, never by frame)
 * @param seed        seed of the split: the same videos, shares and seed give the same split
 * @param frameStep   COCO and YOLO take every {@code frameStep}-th frame whose ball is labelled
 * @param eventMargin OpenTTGames frames: this many frames either side of each event (TTNet reads 9-frame
 *                    sequences, so 4)
 * @param withFrames  OpenTTGames only: also write the frames around the events as {@code img_000123.jpg}
 * @param clipStride  game-state clips start every this many frames; 0 is RallyCut's 48 at 30 fps, scaled by fps
 * @param threads     decoder threads, 0 to let FFmpeg choose
 */
public record DatasetOptions(DatasetFormat format, Shares shares, long seed, int frameStep, int eventMargin,
                             boolean withFrames, int clipStride, int threads) {

    public static final int DEFAULT_EVENT_MARGIN = 4;

    /** Train, validation and test shares of the videos, on any scale. */
    public record Shares(double train, double val, double test) {

        public Shares {
            if (train < 0 || val < 0 || test < 0 || !(train + val + test > 0)) {
                throw new IllegalArgumentException("the split needs three shares (train, val, test), none negative "
                        + "and not all zero; got " + train + "," + val + "," + test);
            }
        }

        /** Parses "0.8,0.1,0.1". */
        public static Shares parse(String text) {
            double[] s = VideoSplit.parse(text);
            return new Shares(s[0], s[1], s[2]);
        }

        double[] toArray() {
            return new double[] {train, val, test};
        }

        @Override
        public String toString() {
            return train + "," + val + "," + test;
        }
    }

    public DatasetOptions {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(shares, "shares");
        if (frameStep < 1) {
            throw new IllegalArgumentException("the frame step must be 1 (every labelled frame) or more, got "
                    + frameStep);
        }
        if (eventMargin < 0) {
            throw new IllegalArgumentException("the frames around an event must be 0 or more, got " + eventMargin);
        }
        if (clipStride < 0) {
            throw new IllegalArgumentException("the clip stride must be 0 (RallyCut's) or more frames, got "
                    + clipStride);
        }
        if (threads < 0) {
            throw new IllegalArgumentException("decoder threads must be 0 (automatic) or more, got " + threads);
        }
    }

    /** Split 0.8 / 0.1 / 0.1 with seed 1, every labelled frame, 4 frames around events, no frames, default stride. */
    public static DatasetOptions defaults(DatasetFormat format) {
        return new DatasetOptions(format, new Shares(0.8, 0.1, 0.1), 1, 1, DEFAULT_EVENT_MARGIN, false, 0, 0);
    }

    public DatasetOptions withShares(Shares s) {
        return new DatasetOptions(format, s, seed, frameStep, eventMargin, withFrames, clipStride, threads);
    }

    public DatasetOptions withSeed(long s) {
        return new DatasetOptions(format, shares, s, frameStep, eventMargin, withFrames, clipStride, threads);
    }

    public DatasetOptions withFrameStep(int step) {
        return new DatasetOptions(format, shares, seed, step, eventMargin, withFrames, clipStride, threads);
    }

    public DatasetOptions withEventMargin(int frames) {
        return new DatasetOptions(format, shares, seed, frameStep, frames, withFrames, clipStride, threads);
    }

    public DatasetOptions withFrames(boolean write) {
        return new DatasetOptions(format, shares, seed, frameStep, eventMargin, write, clipStride, threads);
    }

    public DatasetOptions withClipStride(int frames) {
        return new DatasetOptions(format, shares, seed, frameStep, eventMargin, withFrames, frames, threads);
    }

    public DatasetOptions withThreads(int n) {
        return new DatasetOptions(format, shares, seed, frameStep, eventMargin, withFrames, clipStride, n);
    }

    /** The options that shape the dataset, for its manifest (the format's own ones only). */
    Map<String, Object> describe() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("split", shares.toString());
        out.put("seed", seed);
        switch (format) {
            case OPENTTGAMES -> {
                out.put("frames", withFrames);
                out.put("eventMargin", eventMargin);
            }
            case COCO, YOLO -> out.put("frameStep", frameStep);
            case GAME_STATE -> out.put("clipStride", clipStride == 0 ? "48 at 30 fps, scaled by fps" : clipStride);
            case TRACKNET, RALLYCUT -> { }
        }
        return out;
    }
}
