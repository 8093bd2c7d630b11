package com.courtside.export.dataset;

import com.courtside.labeling.store.LayerLabels;

import java.util.Arrays;
import java.util.Objects;

/**
 * The labels of one video as an export takes them: the ball, which frames it is labelled in, the events and the
 * rallies ({@link LayerLabels}); in which frames the rally state (in a rally or not) is known, so a stretch nobody
 * vouched for is not written as "no play"; and where the labels came from.
 */
public record DatasetLabels(LayerLabels layer, boolean[] rallyStateKnown, LabelOrigin origin) {

    public DatasetLabels {
        Objects.requireNonNull(layer, "layer");
        Objects.requireNonNull(origin, "origin");
        if (rallyStateKnown.length != layer.ball().frameCount()) {
            throw new IllegalArgumentException("rallyStateKnown has " + rallyStateKnown.length + " frames, the ball "
                    + layer.ball().frameCount());
        }
    }

    /** Labels whose rallies are the whole truth of the video (a model run, a truth file): every state is known. */
    public static DatasetLabels complete(LayerLabels layer, LabelOrigin origin) {
        boolean[] known = new boolean[layer.ball().frameCount()];
        Arrays.fill(known, true);
        return new DatasetLabels(layer, known, origin);
    }

    public int frameCount() {
        return layer.ball().frameCount();
    }
}
