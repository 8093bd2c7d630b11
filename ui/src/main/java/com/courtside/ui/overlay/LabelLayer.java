package com.courtside.ui.overlay;

import com.courtside.timeline.LabelSet;

import java.util.Objects;

/**
 * One named layer of labels over the video, e.g. "Ground truth" read from a truth file, or a model run.
 *
 * @param name what the layer is, shown in the corner of the video
 * @param labels the labels, in the pixel coordinates of {@code labels.width() × labels.height()}
 * @param detail for a model run, which positions were predicted and how confident each is; null for human labels
 */
public record LabelLayer(String name, LabelSet labels, TrackDetail detail) {

    public LabelLayer {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(labels, "labels");
    }

    /** A layer of human (or imported) labels: every position is as sure as the next. */
    public LabelLayer(String name, LabelSet labels) {
        this(name, labels, null);
    }

    /** "Ground truth · render-demo". */
    public String caption() {
        String source = labels.source();
        return source == null || source.isBlank() || source.equalsIgnoreCase(name) ? name : name + " · " + source;
    }
}
