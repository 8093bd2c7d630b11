package com.courtside.ui.overlay;

/**
 * A font of the overlay by size and weight only, the family being the platform's sans-serif: a JavaFX canvas and a
 * Java2D picture each make their own font from it.
 *
 * @param size the size in pixels
 */
public record OverlayFont(double size, boolean bold) {

    public OverlayFont {
        if (!(size > 0)) {
            throw new IllegalArgumentException("a font size must be positive, got " + size);
        }
    }

    /** The same font {@code factor} times the size. */
    public OverlayFont scaled(double factor) {
        return factor == 1 ? this : new OverlayFont(size * factor, bold);
    }
}
