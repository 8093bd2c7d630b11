package com.courtside.inference.synth.basketball;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;

/**
 * One flat shape of a drawn person, in frame pixels. Each knows its own extent and which pixels it covers
 * without asking Java2D to rasterise it again, so the truth box and the occlusion test cost almost nothing and
 * agree with what was painted.
 */
sealed interface FigurePart {

    Color colour();

    void paint(Graphics2D g);

    /** Grows {@code b} = {minX, minY, maxX, maxY} to hold this part. */
    void addTo(double[] b);

    boolean covers(double x, double y);

    /** A polyline of round-capped width: a limb, a shoe, a stripe. */
    record Limb(double[] xy, double width, Color colour) implements FigurePart {
        @Override
        public void paint(Graphics2D g) {
            Path2D.Double path = new Path2D.Double();
            path.moveTo(xy[0], xy[1]);
            for (int i = 2; i < xy.length; i += 2) {
                path.lineTo(xy[i], xy[i + 1]);
            }
            g.setColor(colour);
            g.setStroke(new BasicStroke((float) width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(path);
        }

        @Override
        public void addTo(double[] b) {
            double r = width / 2;
            for (int i = 0; i < xy.length; i += 2) {
                b[0] = Math.min(b[0], xy[i] - r);
                b[1] = Math.min(b[1], xy[i + 1] - r);
                b[2] = Math.max(b[2], xy[i] + r);
                b[3] = Math.max(b[3], xy[i + 1] + r);
            }
        }

        @Override
        public boolean covers(double x, double y) {
            double r2 = width * width / 4;
            for (int i = 2; i < xy.length; i += 2) {
                if (segmentDistanceSquared(x, y, xy[i - 2], xy[i - 1], xy[i], xy[i + 1]) <= r2) {
                    return true;
                }
            }
            return false;
        }
    }

    record Disc(double cx, double cy, double r, Color colour) implements FigurePart {
        @Override
        public void paint(Graphics2D g) {
            g.setColor(colour);
            g.fill(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
        }

        @Override
        public void addTo(double[] b) {
            b[0] = Math.min(b[0], cx - r);
            b[1] = Math.min(b[1], cy - r);
            b[2] = Math.max(b[2], cx + r);
            b[3] = Math.max(b[3], cy + r);
        }

        @Override
        public boolean covers(double x, double y) {
            return (x - cx) * (x - cx) + (y - cy) * (y - cy) <= r * r;
        }
    }

    /** A filled outline: torso, shorts. */
    record Polygon(Path2D.Double path, Color colour) implements FigurePart {
        @Override
        public void paint(Graphics2D g) {
            g.setColor(colour);
            g.fill(path);
        }

        @Override
        public void addTo(double[] b) {
            var r = path.getBounds2D();
            b[0] = Math.min(b[0], r.getMinX());
            b[1] = Math.min(b[1], r.getMinY());
            b[2] = Math.max(b[2], r.getMaxX());
            b[3] = Math.max(b[3], r.getMaxY());
        }

        @Override
        public boolean covers(double x, double y) {
            return path.contains(x, y);
        }
    }

    private static double segmentDistanceSquared(double px, double py, double ax, double ay, double bx, double by) {
        double dx = bx - ax;
        double dy = by - ay;
        double len2 = dx * dx + dy * dy;
        double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
        double ex = ax + t * dx - px;
        double ey = ay + t * dy - py;
        return ex * ex + ey * ey;
    }
}
