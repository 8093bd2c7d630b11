package com.courtside.inference.synth.basketball;

import com.courtside.inference.synth.Vec3;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.util.SplittableRandom;

import static com.courtside.inference.synth.basketball.Court.BASELINE_X;
import static com.courtside.inference.synth.basketball.Court.HALF_WIDTH;
import static com.courtside.inference.synth.basketball.Court.LINE_WIDTH;

/**
 * The floor, painted once per clip: maple planks along the court's length with a random tone per board, a
 * painted key and centre circle, the apron beyond the lines, and the white lines of a FIBA half court. A seed
 * picks the wood and paint colours so a model does not learn one arena.
 */
final class CourtPainter {

    private static final Color[] WOODS = {new Color(206, 160, 108), new Color(184, 128, 78), new Color(216, 176, 120),
        new Color(196, 146, 92)};
    private static final Color[] PAINTS = {new Color(40, 70, 140), new Color(150, 42, 40), new Color(38, 110, 72),
        new Color(140, 86, 48)};
    private static final Color LINE = new Color(242, 242, 238);
    private static final double PLANK = 0.28;

    private final Projector p;
    private final SplittableRandom rnd;
    private final Color wood;
    private final Color paint;

    CourtPainter(Projector canvas, SplittableRandom rnd) {
        this.p = canvas;
        this.rnd = rnd;
        this.wood = WOODS[rnd.nextInt(WOODS.length)];
        this.paint = PAINTS[rnd.nextInt(PAINTS.length)];
    }

    void paint(Graphics2D g) {
        paintPlanks(g, -12, BASELINE_X + 3, -HALF_WIDTH - 6, Court.BOARDS_Y);
        // The apron beyond the lines is stained darker, as most arenas do.
        g.setColor(new Color(70, 40, 20, 90));
        g.fill(p.floorRect(-12, BASELINE_X + 3, HALF_WIDTH + 0.9, Court.BOARDS_Y, 0.0005));
        g.fill(p.floorRect(BASELINE_X + 0.9, BASELINE_X + 3, -HALF_WIDTH - 6, HALF_WIDTH + 0.9, 0.0005));
        g.setColor(paint);
        g.fill(p.floorRect(Court.FREE_THROW_X, BASELINE_X, -Court.KEY_HALF_WIDTH, Court.KEY_HALF_WIDTH, 0.0008));
        g.fill(p.polygon(circlePoints(0, 0, Court.CIRCLE_RADIUS, 40)));
        paintLines(g);
    }

    private void paintPlanks(Graphics2D g, double x0, double x1, double y0, double y1) {
        for (double y = y0; y < y1; y += PLANK) {
            double x = x0 - rnd.nextDouble(0, 3);
            while (x < x1) {
                double len = rnd.nextDouble(1.5, 4.0);
                int shade = rnd.nextInt(-14, 15);
                g.setColor(new Color(clamp(wood.getRed() + shade), clamp(wood.getGreen() + shade * 4 / 5),
                        clamp(wood.getBlue() + shade * 3 / 5)));
                g.fill(p.floorRect(Math.max(x, x0), Math.min(x + len, x1), y, Math.min(y + PLANK, y1), 0));
                x += len;
            }
        }
    }

    private void paintLines(Graphics2D g) {
        g.setColor(LINE);
        double w = LINE_WIDTH;
        line(g, new double[] {0, -HALF_WIDTH, BASELINE_X, -HALF_WIDTH});
        line(g, new double[] {0, HALF_WIDTH, BASELINE_X, HALF_WIDTH});
        line(g, new double[] {BASELINE_X, -HALF_WIDTH - w / 2, BASELINE_X, HALF_WIDTH + w / 2});
        line(g, new double[] {0, -HALF_WIDTH - 1.5, 0, HALF_WIDTH + w / 2});
        double k = Court.KEY_HALF_WIDTH;
        double ft = Court.FREE_THROW_X;
        line(g, new double[] {BASELINE_X, -k, ft, -k, ft, k, BASELINE_X, k});
        line(g, Projector.arc(ft, 0, Court.CIRCLE_RADIUS, Math.PI / 2, 1.5 * Math.PI, 32));
        for (int i = 0; i < 8; i++) {
            // The half of the free-throw circle inside the key is dashed.
            double a = -Math.PI / 2 + Math.PI * (i + 0.25) / 8;
            line(g, Projector.arc(ft, 0, Court.CIRCLE_RADIUS, a, a + Math.PI / 16, 4));
        }
        line(g, Projector.arc(0, 0, Court.CIRCLE_RADIUS, 0, 2 * Math.PI, 48));
        double rx = Court.RIM.x();
        double corner = Math.asin(Court.THREE_CORNER_Y / Court.THREE_RADIUS);
        double[] three = Projector.arc(rx, 0, Court.THREE_RADIUS, Math.PI + corner, Math.PI - corner, 48);
        double[] withCorners = new double[three.length + 4];
        withCorners[0] = BASELINE_X;
        withCorners[1] = -Court.THREE_CORNER_Y;
        System.arraycopy(three, 0, withCorners, 2, three.length);
        withCorners[withCorners.length - 2] = BASELINE_X;
        withCorners[withCorners.length - 1] = Court.THREE_CORNER_Y;
        line(g, withCorners);
        line(g, Projector.arc(rx, 0, Court.RESTRICTED_RADIUS, 0.5 * Math.PI, 1.5 * Math.PI, 20));
        for (int side : new int[] {-1, 1}) {
            // Lane-space marks along the key.
            for (double x : new double[] {BASELINE_X - 1.75, BASELINE_X - 2.6, BASELINE_X - 3.45}) {
                line(g, new double[] {x, side * k, x, side * (k + 0.1)});
            }
        }
    }

    private void line(Graphics2D g, double[] xy) {
        Path2D.Double band = p.floorBand(xy, LINE_WIDTH);
        g.fill(band);
    }

    static java.util.List<Vec3> circlePoints(double cx, double cy, double r, int n) {
        java.util.List<Vec3> pts = new java.util.ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double a = 2 * Math.PI * i / n;
            pts.add(new Vec3(cx + r * Math.cos(a), cy + r * Math.sin(a), 0.0008));
        }
        return pts;
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }
}
