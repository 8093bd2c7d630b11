package com.courtside.inference.synth;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.function.Consumer;

import static com.courtside.inference.synth.TableGeometry.CENTRE_LINE_WIDTH;
import static com.courtside.inference.synth.TableGeometry.HALF_LENGTH;
import static com.courtside.inference.synth.TableGeometry.HALF_WIDTH;
import static com.courtside.inference.synth.TableGeometry.HEIGHT;
import static com.courtside.inference.synth.TableGeometry.LINE_WIDTH;
import static com.courtside.inference.synth.TableGeometry.NET_HALF_SPAN;
import static com.courtside.inference.synth.TableGeometry.NET_TOP;

/**
 * The table with its lines, legs and shadow, and the net. Both are also kept as overlays: the net is drawn
 * every frame, after a ball behind it and before a ball in front of it, and the table is drawn again over the
 * far player, whose legs are behind it.
 */
final class TablePainter {

    private static final Color TABLE = new Color(22, 62, 138);
    private static final Color TABLE_EDGE = new Color(12, 36, 84);
    private static final Color LINE = new Color(240, 240, 235);
    private static final Color LEG = new Color(45, 45, 50);

    private final Camera camera;
    private final WorldShapes shapes;
    private final Overlay net;
    private final Overlay tableBody;

    TablePainter(Camera camera) {
        this.camera = camera;
        this.shapes = new WorldShapes(camera);
        this.net = overlay(shapes.box(-NET_HALF_SPAN - 0.03, NET_HALF_SPAN + 0.03, -0.03, 0.03, HEIGHT - 0.01,
                NET_TOP + 0.01).getBounds(), this::paintNet);
        this.tableBody = overlay(shapes.box(-HALF_WIDTH, HALF_WIDTH, -HALF_LENGTH, HALF_LENGTH, 0, HEIGHT + 0.01)
                .getBounds(), this::paintTableBody);
    }

    /** The net alone. */
    Overlay net() {
        return net;
    }

    /** The table without its shadow. */
    Overlay tableBody() {
        return tableBody;
    }

    /** The table with its shadow on the floor, for the background. */
    void paintTable(Graphics2D g) {
        g.setColor(new Color(0, 0, 0, 90));
        g.fill(shapes.quad(new Vec3(-HALF_WIDTH, -HALF_LENGTH + 0.15, 0), new Vec3(HALF_WIDTH, -HALF_LENGTH + 0.15, 0),
                new Vec3(HALF_WIDTH + 0.1, HALF_LENGTH + 0.3, 0), new Vec3(-HALF_WIDTH - 0.1, HALF_LENGTH + 0.3, 0)));
        paintTableBody(g);
    }

    private void paintTableBody(Graphics2D g) {
        g.setColor(LEG);
        for (double lx : new double[] {-HALF_WIDTH + 0.15, HALF_WIDTH - 0.19}) {
            for (double ly : new double[] {-HALF_LENGTH + 0.3, HALF_LENGTH - 0.34}) {
                g.fill(shapes.box(lx, lx + 0.04, ly, ly + 0.04, 0, HEIGHT - 0.03));
            }
        }
        g.fill(shapes.box(-HALF_WIDTH + 0.15, HALF_WIDTH - 0.15, -0.05, 0.05, 0.12, 0.18));
        g.setColor(TABLE_EDGE);
        g.fill(shapes.box(-HALF_WIDTH, HALF_WIDTH, -HALF_LENGTH, HALF_LENGTH, HEIGHT - 0.025, HEIGHT));
        g.setColor(TABLE);
        g.fill(shapes.quad(new Vec3(-HALF_WIDTH, -HALF_LENGTH, HEIGHT), new Vec3(HALF_WIDTH, -HALF_LENGTH, HEIGHT),
                new Vec3(HALF_WIDTH, HALF_LENGTH, HEIGHT), new Vec3(-HALF_WIDTH, HALF_LENGTH, HEIGHT)));
        g.setColor(LINE);
        double z = HEIGHT + 0.0005;
        double lw = LINE_WIDTH;
        g.fill(shapes.rectOnTable(-HALF_WIDTH, -HALF_WIDTH + lw, -HALF_LENGTH, HALF_LENGTH, z));
        g.fill(shapes.rectOnTable(HALF_WIDTH - lw, HALF_WIDTH, -HALF_LENGTH, HALF_LENGTH, z));
        g.fill(shapes.rectOnTable(-HALF_WIDTH, HALF_WIDTH, -HALF_LENGTH, -HALF_LENGTH + lw, z));
        g.fill(shapes.rectOnTable(-HALF_WIDTH, HALF_WIDTH, HALF_LENGTH - lw, HALF_LENGTH, z));
        // The 3 mm centre line would vanish at video resolution; draw it at least a pixel wide.
        double minLine = 1.0 / camera.pixelsPerMetre(new Vec3(0, HALF_LENGTH, HEIGHT));
        double cw = Math.max(CENTRE_LINE_WIDTH, minLine) / 2;
        g.fill(shapes.rectOnTable(-cw, cw, -HALF_LENGTH, HALF_LENGTH, z));
    }

    private void paintNet(Graphics2D g) {
        g.setColor(new Color(25, 25, 30));
        for (int side : new int[] {-1, 1}) {
            double x = side * NET_HALF_SPAN;
            g.fill(shapes.box(x - 0.015, x + 0.015, -0.02, 0.02, HEIGHT, NET_TOP));
        }
        g.setColor(new Color(20, 20, 28, 150));
        g.fill(shapes.quad(new Vec3(-NET_HALF_SPAN, 0, HEIGHT), new Vec3(NET_HALF_SPAN, 0, HEIGHT),
                new Vec3(NET_HALF_SPAN, 0, NET_TOP), new Vec3(-NET_HALF_SPAN, 0, NET_TOP)));
        g.setColor(new Color(235, 235, 235));
        g.fill(shapes.quad(new Vec3(-NET_HALF_SPAN, 0, NET_TOP - 0.015), new Vec3(NET_HALF_SPAN, 0, NET_TOP - 0.015),
                new Vec3(NET_HALF_SPAN, 0, NET_TOP), new Vec3(-NET_HALF_SPAN, 0, NET_TOP)));
    }

    /** An overlay is one part of the scene painted alone on a transparent image the size of its bounds. */
    record Overlay(BufferedImage image, Rectangle bounds) {
        void paint(Graphics2D g) {
            g.drawImage(image, bounds.x, bounds.y, null);
        }
    }

    private Overlay overlay(Rectangle r, Consumer<Graphics2D> painter) {
        BufferedImage image = new BufferedImage(Math.max(1, r.width), Math.max(1, r.height), BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.translate(-r.x, -r.y);
        painter.accept(g);
        g.dispose();
        return new Overlay(image, r);
    }

}
