package com.courtside.ui.overlay;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The overlay drawn on a JavaFX canvas, as the window shows it. FX thread only. */
final class FxOverlayCanvas implements OverlayCanvas {

    private static final Map<OverlayFont, Font> FONTS = new ConcurrentHashMap<>();

    private final GraphicsContext g;
    private final Text probe = new Text();

    FxOverlayCanvas(GraphicsContext g) {
        this.g = g;
    }

    static Font font(OverlayFont font) {
        return FONTS.computeIfAbsent(font, f -> Font.font("System", f.bold() ? FontWeight.BOLD : FontWeight.NORMAL,
                f.size()));
    }

    @Override
    public void setStroke(Color colour) {
        g.setStroke(colour);
    }

    @Override
    public void setFill(Color colour) {
        g.setFill(colour);
    }

    @Override
    public void setLineWidth(double width) {
        g.setLineWidth(width);
    }

    @Override
    public void setLineDashes(double[] dashes) {
        g.setLineDashes(dashes);
    }

    @Override
    public void strokeLine(double x1, double y1, double x2, double y2) {
        g.strokeLine(x1, y1, x2, y2);
    }

    @Override
    public void strokeOval(double x, double y, double width, double height) {
        g.strokeOval(x, y, width, height);
    }

    @Override
    public void fillOval(double x, double y, double width, double height) {
        g.fillOval(x, y, width, height);
    }

    @Override
    public void strokePolygon(double[] xs, double[] ys, int points) {
        g.strokePolygon(xs, ys, points);
    }

    @Override
    public void fillRoundRect(double x, double y, double width, double height, double arcWidth, double arcHeight) {
        g.fillRoundRect(x, y, width, height, arcWidth, arcHeight);
    }

    @Override
    public void setFont(OverlayFont font) {
        Font f = font(font);
        g.setFont(f);
        probe.setFont(f);
    }

    @Override
    public double textWidth(String text) {
        probe.setText(text);
        return probe.getLayoutBounds().getWidth();
    }

    @Override
    public double textHeight(String text) {
        probe.setText(text);
        return probe.getLayoutBounds().getHeight();
    }

    @Override
    public void fillText(String text, double x, double centreY) {
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(text, x, centreY);
    }
}
