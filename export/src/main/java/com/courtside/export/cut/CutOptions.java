package com.courtside.export.cut;

import java.util.List;
import java.util.Objects;

/**
 * What a rally cut makes.
 *
 * @param mode           stream copy or re-encode
 * @param layout         one reel or one file per rally
 * @param paddingSeconds kept before and after each rally, 0 or more
 * @param quality        the video quality of a re-encode (ignored by stream copy)
 * @param selected       indices into the rally list of the rallies to cut; empty for all
 */
public record CutOptions(CutMode mode, CutLayout layout, double paddingSeconds, Quality quality,
                         List<Integer> selected) {

    public CutOptions {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(quality, "quality");
        if (!(paddingSeconds >= 0) || paddingSeconds > 600) {
            throw new IllegalArgumentException("padding must be 0 to 600 seconds, got " + paddingSeconds);
        }
        selected = List.copyOf(selected);
    }

    /** A stream-copied reel of every rally with one second of padding. */
    public static CutOptions defaults() {
        return new CutOptions(CutMode.COPY, CutLayout.REEL, 1.0, Quality.MEDIUM, List.of());
    }

    public CutOptions withMode(CutMode newMode) {
        return new CutOptions(newMode, layout, paddingSeconds, quality, selected);
    }

    public CutOptions withLayout(CutLayout newLayout) {
        return new CutOptions(mode, newLayout, paddingSeconds, quality, selected);
    }

    public CutOptions withPadding(double seconds) {
        return new CutOptions(mode, layout, seconds, quality, selected);
    }

    public CutOptions withQuality(Quality newQuality) {
        return new CutOptions(mode, layout, paddingSeconds, newQuality, selected);
    }

    public CutOptions withSelected(List<Integer> rallies) {
        return new CutOptions(mode, layout, paddingSeconds, quality, rallies);
    }
}
