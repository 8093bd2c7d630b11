package com.courtside.ui.main;

import com.courtside.timeline.LabelSet;
import com.courtside.timeline.io.TruthJson;
import com.courtside.ui.overlay.LabelLayer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Label files that travel next to a video: {@code X.truth.json} beside {@code X.mp4} is its ground truth. */
public final class Sidecars {

    public static final String GROUND_TRUTH = "Ground truth";
    private static final Logger LOG = LoggerFactory.getLogger(Sidecars.class);

    /** The layer found (or null) and, when a sidecar exists but could not be read, a warning for the user. */
    public record Result(LabelLayer layer, String warning) {
    }

    private Sidecars() {
    }

    /** Where the ground truth of {@code video} would be. */
    public static Path truthFileOf(Path video) {
        String name = video.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        return video.resolveSibling(stem + ".truth.json");
    }

    /** Reads the ground-truth sidecar of {@code video} if there is one; slow for long videos, so off the FX thread. */
    public static Result groundTruth(Path video) {
        Path truth = truthFileOf(video);
        if (!Files.isRegularFile(truth)) {
            return new Result(null, null);
        }
        try {
            LabelSet labels = TruthJson.readLabels(truth);
            return new Result(new LabelLayer(GROUND_TRUTH, labels), null);
        } catch (IOException | RuntimeException e) {
            LOG.warn("ground truth {} not loaded", truth, e);
            return new Result(null, "Ground truth not loaded: " + e.getMessage());
        }
    }
}
