package com.courtside.inference.shooter;

import com.courtside.timeline.players.PlayerSlot;

/**
 * Shooter scores without a model, read from the track heatmaps alone: the shooter is the offensive player closest
 * to where the ball left, in the frames up to the release, the last ones counting most.
 *
 * <p>For player p and each slot t up to the release slot r in which p marks any patch:
 * {@code c(t) = k(dMin) + 0.1 · k(dMean)} with {@code k(d) = exp(−(d / 0.25)²)}, where dMin and dMean are the least
 * and the mean of channel 16 (distance to the origin, 1 = 128 px of the 224 frame) over p's patches; σ = 0.25 is
 * 32 px, two patches. dMin says whether the player reaches the ball; dMean breaks the tie between two players who
 * both reach it in favour of the one whose body is on it, not beside it. Frames weigh {@code w(t) = exp(−(r − t) / 4)}
 * (the release frame 1, half a second before ≈ 0.05). The closeness is {@code Σ w·c / (1.1 · Σ w)} over all slots
 * up to r, a frame without the player counting 0, so in [0, 1]; a player never seen before the release gets −1, below
 * anyone seen. Scores are a softmax of closeness at temperature 0.1, so one patch nearer is a clear but not
 * absolute preference. Players with equal closeness get equal scores.
 */
public final class ShooterBaseline {

    public static final String METHOD = "baseline";
    static final float SIGMA = 0.25f;
    static final float TIE_WEIGHT = 0.1f;
    static final float FRAME_DECAY = 4f;
    static final float TEMPERATURE = 0.1f;
    static final float ABSENT = -1f;

    private ShooterBaseline() {
    }

    /** Scores of O1–O5 from heatmaps of {@link TrackHeatmaps#LENGTH} floats whose release is in {@code releaseSlot}. */
    public static ShooterScores score(float[] heatmaps, int releaseSlot) {
        return ShooterScores.of(ShooterScores.softmax(closeness(heatmaps, releaseSlot), TEMPERATURE), METHOD);
    }

    /** Each offensive player's closeness to the origin, in [0, 1], or {@link #ABSENT}. */
    static float[] closeness(float[] heatmaps, int releaseSlot) {
        if (heatmaps.length != TrackHeatmaps.LENGTH) {
            throw new IllegalArgumentException("need " + TrackHeatmaps.LENGTH + " heatmap values, got "
                    + heatmaps.length);
        }
        if (releaseSlot < 0 || releaseSlot >= ShooterWindow.FRAMES) {
            throw new IllegalArgumentException("release slot " + releaseSlot + " outside the window");
        }
        float[] out = new float[PlayerSlot.OFFENCE.length];
        for (int p = 0; p < out.length; p++) {
            int channel = PlayerSlot.OFFENCE[p].channel();
            double sum = 0;
            double weights = 0;
            boolean seen = false;
            for (int t = 0; t <= releaseSlot; t++) {
                double w = Math.exp(-(releaseSlot - t) / FRAME_DECAY);
                weights += w;
                float min = Float.MAX_VALUE;
                float total = 0;
                int count = 0;
                for (int patch = 0; patch < TrackHeatmaps.GRID * TrackHeatmaps.GRID; patch++) {
                    int base = (t * TrackHeatmaps.GRID * TrackHeatmaps.GRID + patch) * TrackHeatmaps.CHANNELS;
                    if (heatmaps[base + channel] > 0.5f) {
                        float d = heatmaps[base + TrackHeatmaps.DISTANCE];
                        min = Math.min(min, d);
                        total += d;
                        count++;
                    }
                }
                if (count > 0) {
                    seen = true;
                    sum += w * (kernel(min) + TIE_WEIGHT * kernel(total / count));
                }
            }
            out[p] = seen ? (float) (sum / ((1 + TIE_WEIGHT) * weights)) : ABSENT;
        }
        return out;
    }

    private static double kernel(float d) {
        double z = d / SIGMA;
        return Math.exp(-z * z);
    }
}
