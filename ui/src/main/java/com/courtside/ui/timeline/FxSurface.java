package com.courtside.ui.timeline;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;

/** The timeline drawn on a JavaFX canvas. */
final class FxSurface implements TimelineSurface {

    private static final Font FONT = Font.font("System", 10);

    private final Canvas canvas;
    private final GraphicsContext g;

    FxSurface(Canvas canvas) {
        this.canvas = canvas;
        this.g = canvas.getGraphicsContext2D();
        g.setFont(FONT);
        g.setLineWidth(1);
    }

    @Override
    public double width() {
        return canvas.getWidth();
    }

    @Override
    public double height() {
        return canvas.getHeight();
    }

    @Override
    public void fillRect(double x, double y, double w, double h, int argb) {
        g.setFill(color(argb));
        g.fillRect(x, y, w, h);
    }

    @Override
    public void verticalLine(double x, double y0, double y1, int argb) {
        g.setFill(color(argb));
        g.fillRect(Math.floor(x), y0, 1, y1 - y0);
    }

    @Override
    public void polyline(double[] xs, double[] ys, int n, int argb) {
        g.setStroke(color(argb));
        g.strokePolyline(xs, ys, n);
    }

    @Override
    public void text(String text, double x, double y, int argb) {
        g.setFill(color(argb));
        g.fillText(text, x, y);
    }

    private static Color color(int argb) {
        return Color.rgb((argb >> 16) & 0xff, (argb >> 8) & 0xff, argb & 0xff, ((argb >>> 24) & 0xff) / 255.0);
    }
}
