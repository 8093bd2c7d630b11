package com.courtside.ui.overlay;

import javafx.scene.paint.Color;

/**
 * Colours and caption font of the overlay. Kept in Java, not CSS, because the same painter burns the overlay
 * into exported video where no stylesheet applies; the values match the theme's named colours. {@code occluded}
 * is also the colour of positions a tracker predicted.
 */
public record OverlayPalette(Color trail, Color ball, Color occluded, Color bounce, Color net, Color outline,
                             Color captionBackground, Color captionText, Color captionAccent,
                             OverlayFont captionFont) {

    public static final OverlayPalette DEFAULT = new OverlayPalette(
            Color.web("#ffd166"),
            Color.web("#ffb020"),
            Color.web("#c8ccd4"),
            Color.web("#ff5d5d"),
            Color.web("#4cc9f0"),
            Color.rgb(0, 0, 0, 0.7),
            Color.rgb(16, 17, 20, 0.72),
            Color.web("#e8eaed"),
            Color.web("#3fb7a5"),
            new OverlayFont(12, true));

    /** A model's ball, beside the amber ground truth: green where detected, violet where the tracker predicted. */
    public static final OverlayPalette ANALYSIS = new OverlayPalette(
            Color.web("#7ee8b5"),
            Color.web("#3ddc97"),
            Color.web("#b794ff"),
            Color.web("#ff6ad5"),
            Color.web("#8ea8ff"),
            Color.rgb(0, 0, 0, 0.7),
            Color.rgb(16, 17, 20, 0.72),
            Color.web("#e8eaed"),
            Color.web("#3ddc97"),
            new OverlayFont(12, true));
}
