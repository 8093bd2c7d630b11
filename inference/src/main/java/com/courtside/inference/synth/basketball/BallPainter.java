package com.courtside.inference.synth.basketball;

import com.courtside.inference.synth.Vec3;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Point2D;

/**
 * The basketball: an orange disc with a dark rim and two seams that turn as the ball spins, and a soft shadow on
 * the floor that shrinks as the ball rises. The seams keep clear of the centre, so the centre pixel is the ball's
 * colour wherever the ball is seen.
 */
final class BallPainter {

    static final Color ORANGE = new Color(222, 108, 36);
    private static final Color SEAM = new Color(60, 30, 16);
    private static final Color SHADOW = new Color(0, 0, 0, 70);

    private final BroadcastView view;

    BallPainter(BroadcastView view) {
        this.view = view;
    }

    double radiusPixels(Vec3 ball) {
        return Math.max(1.5, Court.BALL_RADIUS * view.pixelsPerMetre(ball));
    }

    void paintShadow(Graphics2D g, Vec3 ball) {
        double spread = 1 + 0.25 * ball.z();
        Point2D.Double l = view.project(new Vec3(ball.x() - 0.16 * spread, ball.y(), 0.003));
        Point2D.Double r = view.project(new Vec3(ball.x() + 0.16 * spread, ball.y(), 0.003));
        Point2D.Double n = view.project(new Vec3(ball.x(), ball.y() - 0.12 * spread, 0.003));
        Point2D.Double f = view.project(new Vec3(ball.x(), ball.y() + 0.12 * spread, 0.003));
        g.setColor(SHADOW);
        g.fill(new Ellipse2D.Double(l.x, f.y, r.x - l.x, Math.max(1, n.y - f.y)));
    }

    /** @param spin the ball's turn in radians, which moves the seams */
    void paint(Graphics2D g, Vec3 ball, double spin) {
        Point2D.Double c = view.project(ball);
        double r = radiusPixels(ball);
        g.setColor(ORANGE);
        g.fill(new Ellipse2D.Double(c.x - r, c.y - r, 2 * r, 2 * r));
        if (r < 5) {
            // Seams on a ball a few pixels across would only darken it into a brown smudge.
            return;
        }
        g.setColor(SEAM);
        g.setStroke(new BasicStroke((float) Math.max(0.8, r * 0.12)));
        Ellipse2D disc = new Ellipse2D.Double(c.x - r, c.y - r, 2 * r, 2 * r);
        g.draw(disc);
        // Two seams, each a circle of 1.3 r whose nearest point passes 0.45 r from the centre, turning with the spin.
        Shape clip = g.getClip();
        g.clip(disc);
        double ux = Math.cos(spin);
        double uy = Math.sin(spin);
        for (int side = -1; side <= 1; side += 2) {
            double cx = c.x + side * 1.75 * r * ux;
            double cy = c.y + side * 1.75 * r * uy;
            g.draw(new Ellipse2D.Double(cx - 1.3 * r, cy - 1.3 * r, 2.6 * r, 2.6 * r));
        }
        g.setClip(clip);
    }
}
