package com.courtside.inference.shooter;

import com.courtside.timeline.players.PlayerSlot;

import java.util.Arrays;

/**
 * How likely each of O1–O5 took a shot, summing to 1, the most likely one (the lower slot on a tie: a stable choice,
 * not evidence), and what produced them: {@code "model NAME"} or {@code "baseline"}.
 */
public record ShooterScores(float[] scores, PlayerSlot best, String method) {

    public ShooterScores {
        if (scores.length != PlayerSlot.OFFENCE.length) {
            throw new IllegalArgumentException("need one score for each of O1–O5, got " + scores.length);
        }
        scores = scores.clone();
        if (best == null || best.offenceIndex() < 0) {
            throw new IllegalArgumentException("the best shooter is one of O1–O5, got " + best);
        }
    }

    /** Scores from probabilities; the best is the first highest. */
    public static ShooterScores of(float[] probabilities, String method) {
        int best = 0;
        for (int k = 1; k < probabilities.length; k++) {
            if (probabilities[k] > probabilities[best]) {
                best = k;
            }
        }
        return new ShooterScores(probabilities, PlayerSlot.OFFENCE[best], method);
    }

    /** Scores from logits through a softmax at temperature 1. */
    public static ShooterScores fromLogits(float[] logits, String method) {
        return of(softmax(logits, 1f), method);
    }

    /** exp(v / temperature), normalised; shifted by the maximum so large logits do not overflow. */
    static float[] softmax(float[] values, float temperature) {
        float max = Float.NEGATIVE_INFINITY;
        for (float v : values) {
            max = Math.max(max, v);
        }
        float[] out = new float[values.length];
        double sum = 0;
        for (int k = 0; k < values.length; k++) {
            out[k] = (float) Math.exp((values[k] - max) / temperature);
            sum += out[k];
        }
        for (int k = 0; k < out.length; k++) {
            out[k] = (float) (out[k] / sum);
        }
        return out;
    }

    @Override
    public float[] scores() {
        return scores.clone();
    }

    public float score(PlayerSlot slot) {
        if (slot.offenceIndex() < 0) {
            throw new IllegalArgumentException("only O1–O5 have shooter scores, not " + slot);
        }
        return scores[slot.offenceIndex()];
    }

    @Override
    public String toString() {
        return method + ": " + best + " " + Arrays.toString(scores);
    }
}
