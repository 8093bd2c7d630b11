package com.courtside.timeline.rally;

import java.util.List;

/**
 * What a VideoMAE-style {@code game-state} classifier said about a video: one probability per {@link GameState}
 * for each window of {@value #WINDOW_FRAMES} model frames, the windows starting every {@code stride} source frames.
 * Stored in columns, one array per class.
 *
 * <p>Frame rate, following RallyCut (it normalises to 30 fps and uses stride 48 there): the model should see
 * about 30 frames a second, so above 30 fps it sees every {@code k}-th frame, {@code k = round(fps / 30)}
 * ({@link #subsampleFor}); a window then spans {@code 15·k + 1} source frames. The stride keeps its length in
 * seconds: {@code round(48 · fps / 30)} source frames ({@link #strideFor}), 1.6 s at any rate. At 25 or 30 fps
 * {@code k = 1} (the model sees every frame); at 50 or 60 fps {@code k = 2}, stride 80 or 96.
 */
public final class GameStateSeries {

    public static final int WINDOW_FRAMES = 16;
    public static final double REFERENCE_FPS = 30;
    public static final int REFERENCE_STRIDE = 48;

    private final double fps;
    private final int frameCount;
    private final int stride;
    private final int subsample;
    private final int[] windowStart;
    private final float[] noPlay;
    private final float[] play;
    private final float[] service;

    /** Probabilities as given (each row should sum to 1); {@code windowStart} is the first source frame of each. */
    public GameStateSeries(double fps, int frameCount, int stride, int[] windowStart,
                           float[] noPlay, float[] play, float[] service) {
        if (!(fps > 0) || Double.isInfinite(fps)) {
            throw new IllegalArgumentException("fps must be positive, got " + fps);
        }
        if (frameCount < 0 || stride < 1) {
            throw new IllegalArgumentException("need frameCount >= 0 and stride >= 1, got " + frameCount + ", " + stride);
        }
        int n = windowStart.length;
        if (noPlay.length != n || play.length != n || service.length != n) {
            throw new IllegalArgumentException("columns differ in length: " + n + " windows, probabilities "
                    + noPlay.length + "/" + play.length + "/" + service.length);
        }
        for (int i = 0; i < n; i++) {
            if (windowStart[i] < 0 || windowStart[i] >= frameCount || i > 0 && windowStart[i] <= windowStart[i - 1]) {
                throw new IllegalArgumentException("window " + i + " starts at frame " + windowStart[i]
                        + "; starts must increase and lie in 0.." + (frameCount - 1));
            }
            checkProbability(noPlay[i], i);
            checkProbability(play[i], i);
            checkProbability(service[i], i);
        }
        this.fps = fps;
        this.frameCount = frameCount;
        this.stride = stride;
        this.subsample = subsampleFor(fps);
        this.windowStart = windowStart.clone();
        this.noPlay = noPlay.clone();
        this.play = play.clone();
        this.service = service.clone();
    }

    private static void checkProbability(float p, int window) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("window " + window + " has probability " + p + " outside 0..1");
        }
    }

    /**
     * Softmax of raw logits {@code [N][C]}; {@code classes} names the model's outputs in order (from its
     * manifest). A class the model lacks (a two-class PLAY/NO_PLAY model has no SERVICE) gets probability 0.
     */
    public static GameStateSeries fromLogits(double fps, int frameCount, int stride, int[] windowStart,
                                             List<GameState> classes, float[][] logits) {
        if (classes.size() != classes.stream().distinct().count()) {
            throw new IllegalArgumentException("model classes repeat: " + classes);
        }
        if (logits.length != windowStart.length) {
            throw new IllegalArgumentException(logits.length + " rows of logits for " + windowStart.length + " windows");
        }
        float[][] columns = new float[GameState.values().length][logits.length];
        for (int i = 0; i < logits.length; i++) {
            float[] row = logits[i];
            if (row.length != classes.size()) {
                throw new IllegalArgumentException("logits row " + i + " has " + row.length + " values for "
                        + classes.size() + " classes " + classes);
            }
            double max = Double.NEGATIVE_INFINITY;
            for (float v : row) {
                max = Math.max(max, v);
            }
            double sum = 0;
            double[] e = new double[row.length];
            for (int c = 0; c < row.length; c++) {
                e[c] = Math.exp(row[c] - max);
                sum += e[c];
            }
            for (int c = 0; c < row.length; c++) {
                columns[classes.get(c).ordinal()][i] = (float) (e[c] / sum);
            }
        }
        return new GameStateSeries(fps, frameCount, stride, windowStart,
                columns[GameState.NO_PLAY.ordinal()], columns[GameState.PLAY.ordinal()],
                columns[GameState.SERVICE.ordinal()]);
    }

    /** Every k-th source frame goes to the model, k = round(fps / 30), at least 1. */
    public static int subsampleFor(double fps) {
        return (int) Math.max(1, Math.round(fps / REFERENCE_FPS));
    }

    /** RallyCut's stride of 48 frames at 30 fps, kept at 1.6 s: round(48 · fps / 30) source frames. */
    public static int strideFor(double fps) {
        return (int) Math.max(1, Math.round(REFERENCE_STRIDE * fps / REFERENCE_FPS));
    }

    /** The first frames of every whole window that fits in the video at {@link #strideFor} this rate. */
    public static int[] windowStarts(int frameCount, double fps) {
        int span = (WINDOW_FRAMES - 1) * subsampleFor(fps);
        int stride = strideFor(fps);
        int count = frameCount <= span ? 0 : (frameCount - 1 - span) / stride + 1;
        int[] starts = new int[count];
        for (int i = 0; i < count; i++) {
            starts[i] = i * stride;
        }
        return starts;
    }

    public double fps() {
        return fps;
    }

    public int frameCount() {
        return frameCount;
    }

    /** Source frames between window starts. */
    public int stride() {
        return stride;
    }

    public double strideSeconds() {
        return stride / fps;
    }

    /** The model sees every {@code subsample()}-th source frame. */
    public int subsample() {
        return subsample;
    }

    public int windowCount() {
        return windowStart.length;
    }

    public int windowStart(int window) {
        return windowStart[window];
    }

    /** Last source frame the window's model frames come from, clamped to the video. */
    public int windowEnd(int window) {
        return Math.min(frameCount - 1, windowStart[window] + (WINDOW_FRAMES - 1) * subsample);
    }

    public float probability(int window, GameState state) {
        return switch (state) {
            case NO_PLAY -> noPlay[window];
            case PLAY -> play[window];
            case SERVICE -> service[window];
        };
    }

    /** Probability that a rally is under way: PLAY plus SERVICE. */
    public double activeProbability(int window) {
        return Math.min(1.0, (double) play[window] + service[window]);
    }

    public double[] activeProbabilities() {
        double[] p = new double[windowStart.length];
        for (int i = 0; i < p.length; i++) {
            p[i] = activeProbability(i);
        }
        return p;
    }

    /**
     * The active probability at every frame, for the timeline lane: linear between window centres, held flat
     * before the first centre and after the last; all zero when there are no windows.
     */
    public float[] playCurve() {
        float[] curve = new float[frameCount];
        int n = windowStart.length;
        if (n == 0) {
            return curve;
        }
        int w = 0;
        for (int f = 0; f < frameCount; f++) {
            while (w + 1 < n && centre(w + 1) <= f) {
                w++;
            }
            double c0 = centre(w);
            if (f <= c0 || w + 1 == n) {
                curve[f] = (float) activeProbability(w);
            } else {
                double t = (f - c0) / (centre(w + 1) - c0);
                curve[f] = (float) ((1 - t) * activeProbability(w) + t * activeProbability(w + 1));
            }
        }
        return curve;
    }

    private double centre(int window) {
        return (windowStart[window] + windowEnd(window)) / 2.0;
    }
}
