package com.courtside.ui.overlay;

import javafx.scene.paint.Color;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.LineMetrics;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The overlay drawn with Java2D onto a picture, for burning it into exported video. Strokes, joins and
 * antialiasing follow the JavaFX canvas's defaults (square caps, mitred joins, pure geometry) so the picture looks
 * as the window does. Keeps the bounds of everything drawn, so the export blends only that part of the frame.
 */
final class PictureCanvas implements OverlayCanvas {

    private static final Map<OverlayFont, Font> FONTS = new ConcurrentHashMap<>();

    private final Graphics2D g;
    private final int width;
    private final int height;
    private java.awt.Color stroke = java.awt.Color.BLACK;
    private java.awt.Color fill = java.awt.Color.BLACK;
    private float lineWidth = 1;
    private float[] dashes;
    private Font font = awtFont(new OverlayFont(12, false));
    private double minX = Double.POSITIVE_INFINITY;
    private double minY = Double.POSITIVE_INFINITY;
    private double maxX = Double.NEGATIVE_INFINITY;
    private double maxY = Double.NEGATIVE_INFINITY;

    /** Draws with {@code g} onto a picture of {@code width × height}. */
    PictureCanvas(Graphics2D g, int width, int height) {
        this.g = g;
        this.width = width;
        this.height = height;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
    }

    static Font awtFont(OverlayFont font) {
        return FONTS.computeIfAbsent(font, f -> new Font(Font.SANS_SERIF, f.bold() ? Font.BOLD : Font.PLAIN, 1)
                .deriveFont((float) f.size()));
    }

    /** The part of the picture drawn on so far, in whole pixels; empty when nothing was drawn. */
    Rectangle painted() {
        if (minX > maxX) {
            return new Rectangle();
        }
        int x0 = (int) Math.max(0, Math.floor(minX));
        int y0 = (int) Math.max(0, Math.floor(minY));
        int x1 = (int) Math.min(width, Math.ceil(maxX));
        int y1 = (int) Math.min(height, Math.ceil(maxY));
        return x1 > x0 && y1 > y0 ? new Rectangle(x0, y0, x1 - x0, y1 - y0) : new Rectangle();
    }

    @Override
    public void setStroke(Color colour) {
        stroke = awt(colour);
    }

    @Override
    public void setFill(Color colour) {
        fill = awt(colour);
    }

    @Override
    public void setLineWidth(double width) {
        lineWidth = (float) width;
    }

    @Override
    public void setLineDashes(double[] dashes) {
        if (dashes == null || dashes.length == 0) {
            this.dashes = null;
            return;
        }
        this.dashes = new float[dashes.length];
        for (int i = 0; i < dashes.length; i++) {
            this.dashes[i] = (float) dashes[i];
        }
    }

    @Override
    public void strokeLine(double x1, double y1, double x2, double y2) {
        draw(new Line2D.Double(x1, y1, x2, y2));
    }

    @Override
    public void strokeOval(double x, double y, double width, double height) {
        draw(new Ellipse2D.Double(x, y, width, height));
    }

    @Override
    public void fillOval(double x, double y, double width, double height) {
        fill(new Ellipse2D.Double(x, y, width, height));
    }

    @Override
    public void strokePolygon(double[] xs, double[] ys, int points) {
        Path2D.Double path = new Path2D.Double();
        path.moveTo(xs[0], ys[0]);
        for (int i = 1; i < points; i++) {
            path.lineTo(xs[i], ys[i]);
        }
        path.closePath();
        draw(path);
    }

    @Override
    public void fillRoundRect(double x, double y, double width, double height, double arcWidth, double arcHeight) {
        fill(new RoundRectangle2D.Double(x, y, width, height, arcWidth, arcHeight));
    }

    @Override
    public void setFont(OverlayFont font) {
        this.font = awtFont(font);
    }

    @Override
    public double textWidth(String text) {
        return font.getStringBounds(text, g.getFontRenderContext()).getWidth();
    }

    @Override
    public double textHeight(String text) {
        LineMetrics m = font.getLineMetrics(text, g.getFontRenderContext());
        return m.getAscent() + m.getDescent();
    }

    @Override
    public void fillText(String text, double x, double centreY) {
        LineMetrics m = font.getLineMetrics(text, g.getFontRenderContext());
        double baseline = centreY + (m.getAscent() - m.getDescent()) / 2;
        g.setColor(fill);
        g.setFont(font);
        g.drawString(text, (float) x, (float) baseline);
        // Glyphs may reach a little past their advance and line box; two pixels cover the antialiased edge.
        include(new Rectangle2D.Double(x, centreY - m.getAscent() - m.getDescent(), textWidth(text),
                2 * (m.getAscent() + m.getDescent())), 2);
    }

    private void draw(Shape shape) {
        g.setColor(stroke);
        g.setStroke(new BasicStroke(lineWidth, BasicStroke.CAP_SQUARE, BasicStroke.JOIN_MITER, 10, dashes, 0));
        g.draw(shape);
        // A square cap or a right-angled mitre reaches width/√2 past the outline; one more pixel for antialiasing.
        include(shape.getBounds2D(), lineWidth + 1);
    }

    private void fill(Shape shape) {
        g.setColor(fill);
        g.fill(shape);
        include(shape.getBounds2D(), 1);
    }

    private void include(Rectangle2D bounds, double pad) {
        minX = Math.min(minX, bounds.getMinX() - pad);
        minY = Math.min(minY, bounds.getMinY() - pad);
        maxX = Math.max(maxX, bounds.getMaxX() + pad);
        maxY = Math.max(maxY, bounds.getMaxY() + pad);
    }

    private static java.awt.Color awt(Color c) {
        return new java.awt.Color((float) c.getRed(), (float) c.getGreen(), (float) c.getBlue(),
                (float) c.getOpacity());
    }
}
