package com.courtside.inference.synth.basketball;

import com.courtside.inference.synth.Vec3;

import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.util.List;

/**
 * A world-to-pixel mapping (the frame's view, or the wide canvas the background is painted on) and the outlines
 * of flat world shapes through it: quads, and bands of a given width along floor curves for the painted lines,
 * so a line is wider near the camera exactly as perspective makes it.
 */
@FunctionalInterface
interface Projector {

    Point2D.Double project(Vec3 p);

    /** The outline of a flat polygon; empty when a corner is behind the camera. */
    default Path2D.Double polygon(List<Vec3> corners) {
        Path2D.Double path = new Path2D.Double();
        for (int i = 0; i < corners.size(); i++) {
            Point2D.Double q = project(corners.get(i));
            if (q == null) {
                return new Path2D.Double();
            }
            if (i == 0) {
                path.moveTo(q.x, q.y);
            } else {
                path.lineTo(q.x, q.y);
            }
        }
        path.closePath();
        return path;
    }

    default Path2D.Double quad(Vec3 a, Vec3 b, Vec3 c, Vec3 d) {
        return polygon(List.of(a, b, c, d));
    }

    /** An axis-aligned rectangle on a horizontal plane at height z. */
    default Path2D.Double floorRect(double x0, double x1, double y0, double y1, double z) {
        return quad(new Vec3(x0, y0, z), new Vec3(x1, y0, z), new Vec3(x1, y1, z), new Vec3(x0, y1, z));
    }

    /** A strip of {@code width} metres centred on a floor polyline ({@code xy} holds x0, y0, x1, y1, ...). */
    default Path2D.Double floorBand(double[] xy, double width) {
        int n = xy.length / 2;
        Point2D.Double[] left = new Point2D.Double[n];
        Point2D.Double[] right = new Point2D.Double[n];
        for (int i = 0; i < n; i++) {
            int a = Math.max(0, i - 1);
            int b = Math.min(n - 1, i + 1);
            double dx = xy[2 * b] - xy[2 * a];
            double dy = xy[2 * b + 1] - xy[2 * a + 1];
            double len = Math.hypot(dx, dy);
            double nx = -dy / len * width / 2;
            double ny = dx / len * width / 2;
            left[i] = project(new Vec3(xy[2 * i] + nx, xy[2 * i + 1] + ny, 0.001));
            right[i] = project(new Vec3(xy[2 * i] - nx, xy[2 * i + 1] - ny, 0.001));
        }
        Path2D.Double path = new Path2D.Double();
        path.moveTo(left[0].x, left[0].y);
        for (int i = 1; i < n; i++) {
            path.lineTo(left[i].x, left[i].y);
        }
        for (int i = n - 1; i >= 0; i--) {
            path.lineTo(right[i].x, right[i].y);
        }
        path.closePath();
        return path;
    }

    /** Points of a floor arc around (cx, cy) from angle a0 to a1 (radians, 0 = +x), as x0, y0, x1, y1, .... */
    static double[] arc(double cx, double cy, double r, double a0, double a1, int segments) {
        double[] xy = new double[2 * (segments + 1)];
        for (int i = 0; i <= segments; i++) {
            double a = a0 + (a1 - a0) * i / segments;
            xy[2 * i] = cx + r * Math.cos(a);
            xy[2 * i + 1] = cy + r * Math.sin(a);
        }
        return xy;
    }
}
