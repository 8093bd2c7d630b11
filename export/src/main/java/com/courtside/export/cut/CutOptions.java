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
 * @param overlay        drawn over every frame of a re-encode, such as the labels burnt in; null for none
 */
public record CutOptions(CutMode mode, CutLayout layout, double paddingSeconds, Quality quality,
                         List<Integer> selected, FrameOverlay overlay) {

    /** Why stream copy and an overlay do not go together, as the user is told. */
    public static final String OVERLAY_NEEDS_REENCODE = "Burning in the overlay needs a re-encode: stream copy "
            + "keeps the compressed frames as they are and cannot draw on them.";

    public CutOptions {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(quality, "quality");
        if (!(paddingSeconds >= 0) || paddingSeconds > 600) {
            throw new IllegalArgumentException("padding must be 0 to 600 seconds, got " + paddingSeconds);
        }
        if (overlay != null && mode == CutMode.COPY) {
            throw new IllegalArgumentException(OVERLAY_NEEDS_REENCODE);
        }
        selected = List.copyOf(selected);
    }

    public CutOptions(CutMode mode, CutLayout layout, double paddingSeconds, Quality quality,
                      List<Integer> selected) {
        this(mode, layout, paddingSeconds, quality, selected, null);
    }

    /** A stream-copied reel of every rally with one second of padding. */
    public static CutOptions defaults() {
        return new CutOptions(CutMode.COPY, CutLayout.REEL, 1.0, Quality.MEDIUM, List.of());
    }

    public CutOptions withMode(CutMode newMode) {
        return new CutOptions(newMode, layout, paddingSeconds, quality, selected, overlay);
    }

    public CutOptions withLayout(CutLayout newLayout) {
        return new CutOptions(mode, newLayout, paddingSeconds, quality, selected, overlay);
    }

    public CutOptions withPadding(double seconds) {
        return new CutOptions(mode, layout, seconds, quality, selected, overlay);
    }

    public CutOptions withQuality(Quality newQuality) {
        return new CutOptions(mode, layout, paddingSeconds, newQuality, selected, overlay);
    }

    public CutOptions withSelected(List<Integer> rallies) {
        return new CutOptions(mode, layout, paddingSeconds, quality, rallies, overlay);
    }

    /**
     * The same cut with {@code newOverlay} burnt in (null for none); set the mode to re-encode first.
     *
     * @throws IllegalArgumentException for an overlay on a stream copy, with {@link #OVERLAY_NEEDS_REENCODE}
     */
    public CutOptions withOverlay(FrameOverlay newOverlay) {
        return new CutOptions(mode, layout, paddingSeconds, quality, selected, newOverlay);
    }
}
