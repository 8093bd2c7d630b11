package com.courtside.ui.overlay;

import javafx.scene.paint.Color;

/**
 * The few drawing primitives the overlay is made of, so that the window (a JavaFX canvas) and video with the
 * overlay burnt in (a Java2D picture) are drawn by the same {@link OverlayPainter} code. Colours carry their alpha;
 * what is set stays until set again.
 */
public interface OverlayCanvas {

    void setStroke(Color colour);

    void setFill(Color colour);

    void setLineWidth(double width);

    /** Lengths of dash, gap, dash…, or null for solid lines. */
    void setLineDashes(double[] dashes);

    void strokeLine(double x1, double y1, double x2, double y2);

    void strokeOval(double x, double y, double width, double height);

    void fillOval(double x, double y, double width, double height);

    void strokePolygon(double[] xs, double[] ys, int points);

    void fillRoundRect(double x, double y, double width, double height, double arcWidth, double arcHeight);

    void setFont(OverlayFont font);

    /** The width {@code text} takes in the current font. */
    double textWidth(String text);

    /** The height of a line of {@code text} in the current font. */
    double textHeight(String text);

    /** Draws {@code text} in the fill colour from {@code x}, centred vertically on {@code centreY}. */
    void fillText(String text, double x, double centreY);
}
