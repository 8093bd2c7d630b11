package com.courtside.ui.overlay;

import javafx.scene.paint.Color;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** An overlay canvas that writes down every call, to compare what two ways of painting ask for. */
final class RecordingCanvas implements OverlayCanvas {

    final List<String> calls = new ArrayList<>();

    private void add(String name, Object... args) {
        StringBuilder s = new StringBuilder(name).append('(');
        for (int i = 0; i < args.length; i++) {
            Object a = args[i];
            s.append(i == 0 ? "" : ", ").append(a instanceof Double d ? String.format(Locale.ROOT, "%.3f", d)
                    : a instanceof double[] ds ? Arrays.toString(ds) : String.valueOf(a));
        }
        calls.add(s.append(')').toString());
    }

    /** The texts drawn, in order. */
    List<String> texts() {
        return calls.stream().filter(c -> c.startsWith("fillText(")).map(c -> c.substring(9, c.indexOf(", ")))
                .toList();
    }

    @Override
    public void setStroke(Color colour) {
        add("setStroke", colour);
    }

    @Override
    public void setFill(Color colour) {
        add("setFill", colour);
    }

    @Override
    public void setLineWidth(double width) {
        add("setLineWidth", width);
    }

    @Override
    public void setLineDashes(double[] dashes) {
        add("setLineDashes", (Object) dashes);
    }

    @Override
    public void strokeLine(double x1, double y1, double x2, double y2) {
        add("strokeLine", x1, y1, x2, y2);
    }

    @Override
    public void strokeOval(double x, double y, double width, double height) {
        add("strokeOval", x, y, width, height);
    }

    @Override
    public void fillOval(double x, double y, double width, double height) {
        add("fillOval", x, y, width, height);
    }

    @Override
    public void strokePolygon(double[] xs, double[] ys, int points) {
        add("strokePolygon", xs, ys, points);
    }

    @Override
    public void fillRoundRect(double x, double y, double width, double height, double arcWidth, double arcHeight) {
        add("fillRoundRect", x, y, width, height, arcWidth, arcHeight);
    }

    @Override
    public void setFont(OverlayFont font) {
        add("setFont", font);
    }

    @Override
    public double textWidth(String text) {
        return 7.0 * text.length();
    }

    @Override
    public double textHeight(String text) {
        return 15;
    }

    @Override
    public void fillText(String text, double x, double centreY) {
        add("fillText", text, x, centreY);
    }
}
