package com.courtside.inference.synth;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Composite;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;

/**
 * Draws the ball as the camera would record it: a disc 3 to 8 px across at 1080p (scaled with the frame
 * height), smeared into a streak along its path while the shutter is open. A longer streak spreads the same
 * light thinner, so it is drawn fainter.
 */
final class BallPainter {

    private final Camera camera;
    private final Color colour;
    private final double scale;
    private final double minDiameter;
    private final double maxDiameter;

    BallPainter(Camera camera, Color colour, double scale) {
        this.camera = camera;
        this.colour = colour;
        this.scale = scale;
        double s = camera.height() / 1080.0;
        this.minDiameter = 3 * s;
        this.maxDiameter = 8 * s;
    }

    double diameter(Vec3 centre) {
        double d = 2 * TableGeometry.BALL_RADIUS * camera.pixelsPerMetre(centre) * scale;
        return Math.max(minDiameter, Math.min(maxDiameter, d));
    }

    /** @param path positions over the exposure, the middle one at the frame's instant */
    void paint(Graphics2D g, Vec3[] path) {
        Vec3 centre = path[path.length / 2];
        double d = diameter(centre);
        Path2D.Double streak = new Path2D.Double();
        double length = 0;
        Point2D.Double prev = null;
        for (Vec3 p : path) {
            Point2D.Double q = camera.project(p);
            if (q == null) {
                return;
            }
            if (prev == null) {
                streak.moveTo(q.x, q.y);
            } else {
                streak.lineTo(q.x, q.y);
                length += q.distance(prev);
            }
            prev = q;
        }
        Composite old = g.getComposite();
        float alpha = (float) Math.max(0.45, Math.min(1.0, Math.sqrt(d / (d + length))));
        g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, alpha));
        g.setColor(colour);
        if (length < 0.5) {
            Point2D.Double c = camera.project(centre);
            g.fill(new Ellipse2D.Double(c.x - d / 2, c.y - d / 2, d, d));
        } else {
            g.setStroke(new BasicStroke((float) d, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(streak);
        }
        g.setComposite(old);
    }
}
