package com.courtside.inference.synth;

import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.util.Arrays;
import java.util.Comparator;

/** Convex hull of a few image points (monotone chain), to draw a projected box as one solid shape. */
final class Hull {

    private Hull() {
    }

    static Path2D.Double of(Point2D.Double[] points) {
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
