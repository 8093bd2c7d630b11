package com.courtside.ui.timeline;

/**
 * What the timeline is drawn on: a JavaFX canvas on screen ({@link FxSurface}), or a pixel buffer
 * ({@link RasterSurface}) where the drawing is measured and checked without a screen. Colours are ARGB.
 */
public interface TimelineSurface {

    double width();

    double height();

    void fillRect(double x, double y, double w, double h, int argb);

    /** A vertical line one pixel wide. */
    void verticalLine(double x, double y0, double y1, int argb);

    /** A polyline through {@code n} points. */
    void polyline(double[] xs, double[] ys, int n, int argb);

    /** Text with its baseline at {@code y}. */
    void text(String text, double x, double y, int argb);
}
