package com.courtside.export.dataset;

import java.util.List;
import java.util.Objects;

/**
 * Where a video's exported labels came from, as its manifest entry says it.
 *
 * @param labels    "reviewed", "effective", "model", or a name of the caller's such as "truth"
 * @param modelRuns the model runs the labels hold output of, e.g. "ball run 4: ball-heatmap-tt (sha256 ab12cd34…)"
 * @param detail    what was taken, in words: "312 frames with a human ball label; 3 of 5 rallies reviewed"
 */
public record LabelOrigin(String labels, List<String> modelRuns, String detail) {

    public LabelOrigin {
        Objects.requireNonNull(labels, "labels");
        Objects.requireNonNull(detail, "detail");
        modelRuns = List.copyOf(modelRuns);
    }
}
