package com.courtside.ui.video;

/**
 * Maps video pixels to view pixels for a frame shown whole, centred and with its aspect ratio kept (letterboxed or
 * pillarboxed). The overlay draws in video coordinates through it; a burn-in export uses {@link #identity}.
 *
 * @param scale view pixels per video pixel
 * @param offsetX view x of the video's left edge
 * @param offsetY view y of the video's top edge
 * @param sourceWidth video width in pixels
 * @param sourceHeight video height in pixels
 */
public record VideoTransform(double scale, double offsetX, double offsetY, double sourceWidth, double sourceHeight) {

    /** Fits a {@code sourceWidth × sourceHeight} video into the view rectangle at (x, y) of size w × h. */
    public static VideoTransform fit(double sourceWidth, double sourceHeight, double x, double y, double w, double h) {
        if (sourceWidth <= 0 || sourceHeight <= 0 || w <= 0 || h <= 0) {
            return new VideoTransform(0, x, y, Math.max(0, sourceWidth), Math.max(0, sourceHeight));
        }
        double scale = Math.min(w / sourceWidth, h / sourceHeight);
        double shownW = sourceWidth * scale;
        double shownH = sourceHeight * scale;
        return new VideoTransform(scale, x + (w - shownW) / 2, y + (h - shownH) / 2, sourceWidth, sourceHeight);
    }

    /** Video pixels drawn 1:1, as when burning the overlay into exported frames. */
    public static VideoTransform identity(double width, double height) {
        return new VideoTransform(1, 0, 0, width, height);
    }

    /**
     * The same displayed rectangle for coordinates of another resolution (labels made on a 1920×1080 copy shown
     * over a 1280×720 file).
     */
    public VideoTransform forSource(double width, double height) {
        if (width <= 0 || height <= 0 || (width == sourceWidth && height == sourceHeight)) {
            return this;
        }
        return new VideoTransform(displayWidth() / width, offsetX, offsetY, width, height);
    }

    public double viewX(double videoX) {
        return offsetX + videoX * scale;
    }

    public double viewY(double videoY) {
        return offsetY + videoY * scale;
    }

    public double videoX(double viewX) {
        return scale == 0 ? 0 : (viewX - offsetX) / scale;
    }

    public double videoY(double viewY) {
        return scale == 0 ? 0 : (viewY - offsetY) / scale;
    }

    public double displayWidth() {
        return sourceWidth * scale;
    }

    public double displayHeight() {
        return sourceHeight * scale;
    }

    public boolean isEmpty() {
        return scale <= 0;
    }
}
