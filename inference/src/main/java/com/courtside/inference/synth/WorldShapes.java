package com.courtside.inference.synth;

import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.util.Arrays;
import java.util.Comparator;

/** Outlines of simple world objects (boxes, flat quads) as the camera sees them, for painting. */
final class WorldShapes {

    private final Camera camera;

    WorldShapes(Camera camera) {
        this.camera = camera;
    }

    Path2D.Double rectOnTable(double x0, double x1, double y0, double y1, double z) {
        return quad(new Vec3(x0, y0, z), new Vec3(x1, y0, z), new Vec3(x1, y1, z), new Vec3(x0, y1, z));
    }

    /** The outline of an axis-aligned box as the camera sees it (convex hull of its projected corners). */
    Path2D.Double box(double x0, double x1, double y0, double y1, double z0, double z1) {
        Point2D.Double[] pts = new Point2D.Double[8];
        int i = 0;
        for (double x : new double[] {x0, x1}) {
            for (double y : new double[] {y0, y1}) {
                for (double z : new double[] {z0, z1}) {
                    pts[i++] = camera.project(new Vec3(x, y, z));
                }
            }
        }
        return hull(pts);
    }

    Path2D.Double quad(Vec3 a, Vec3 b, Vec3 c, Vec3 d) {
        Path2D.Double p = new Path2D.Double();
        Point2D.Double[] pts = {camera.project(a), camera.project(b), camera.project(c), camera.project(d)};
        p.moveTo(pts[0].x, pts[0].y);
        for (int i = 1; i < 4; i++) {
            p.lineTo(pts[i].x, pts[i].y);
        }
        p.closePath();
        return p;
    }

    /** Convex hull of a few image points (monotone chain), so a projected box is one solid shape. */
    private static Path2D.Double hull(Point2D.Double[] points) {
        Point2D.Double[] p = Arrays.stream(points).filter(q -> q != null).toArray(Point2D.Double[]::new);
        Arrays.sort(p, Comparator.<Point2D.Double>comparingDouble(q -> q.x).thenComparingDouble(q -> q.y));
        int n = p.length;
        Point2D.Double[] hull = new Point2D.Double[2 * n];
        int k = 0;
        for (int i = 0; i < n; i++) {
            while (k >= 2 && cross(hull[k - 2], hull[k - 1], p[i]) <= 0) {
                k--;
            }
            hull[k++] = p[i];
        }
        for (int i = n - 2, lower = k + 1; i >= 0; i--) {
            while (k >= lower && cross(hull[k - 2], hull[k - 1], p[i]) <= 0) {
                k--;
            }
            hull[k++] = p[i];
        }
        Path2D.Double path = new Path2D.Double();
        for (int i = 0; i < Math.max(0, k - 1); i++) {
            if (i == 0) {
                path.moveTo(hull[i].x, hull[i].y);
            } else {
                path.lineTo(hull[i].x, hull[i].y);
            }
        }
        path.closePath();
        return path;
    }

    private static double cross(Point2D.Double o, Point2D.Double a, Point2D.Double b) {
        return (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
    }
}
