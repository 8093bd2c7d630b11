package com.courtside.inference.synth.basketball;

import com.courtside.inference.synth.Vec3;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;

import static com.courtside.inference.synth.basketball.Court.RIM;
import static com.courtside.inference.synth.basketball.Court.RIM_RADIUS;

/**
 * The backboard, rim and net, drawn every frame in two layers so a ball can pass between them: the board with
 * the far half of the rim and net behind the ball, the near half in front. Each layer takes its place in the
 * painter's order by depth like a player does, so a player in front of the basket covers it.
 */
final class HoopPainter {

    private static final int RIM_POINTS = 24;
    private static final double NET_BOTTOM = 0.42;
    private static final double NET_RADIUS = 0.14;
    private static final Color BOARD = new Color(232, 236, 240, 150);
    private static final Color BOARD_EDGE = new Color(25, 25, 28);
    private static final Color RIM_COLOUR = new Color(225, 80, 25);
    private static final Color NET = new Color(245, 245, 245, 200);

    private final BroadcastView view;

    HoopPainter(BroadcastView view) {
        this.view = view;
    }

    /** Depth of the back layer: the board's plane at the rim's height. */
    double backDepth() {
        return view.depth(new Vec3(Court.BOARD_X, 0, RIM.z()));
    }

    /** Depth of the front layer: a ball inside the rim is deeper, so it is drawn under the near half. */
    double frontDepth() {
        return view.depth(RIM) - RIM_RADIUS;
    }

    void paintBack(Graphics2D g) {
        double bx = Court.BOARD_X;
        double w = Court.BOARD_HALF_WIDTH;
        Path2D.Double board = view.quad(new Vec3(bx, -w, Court.BOARD_BOTTOM), new Vec3(bx, w, Court.BOARD_BOTTOM),
                new Vec3(bx, w, Court.BOARD_TOP), new Vec3(bx, -w, Court.BOARD_TOP));
        g.setColor(BOARD);
        g.fill(board);
        g.setColor(BOARD_EDGE);
        g.setStroke(stroke(0.05));
        g.draw(board);
        double z0 = RIM.z() + 0.15;
        g.draw(view.quad(new Vec3(bx, -0.295, z0), new Vec3(bx, 0.295, z0), new Vec3(bx, 0.295, z0 + 0.45),
                new Vec3(bx, -0.295, z0 + 0.45)));
        g.setColor(RIM_COLOUR);
        g.setStroke(stroke(0.03));
        g.draw(new Line2D.Double(view.project(RIM.plus(RIM_RADIUS, 0, 0)), view.project(new Vec3(bx, 0, RIM.z()))));
        paintHalf(g, true);
    }

    void paintFront(Graphics2D g) {
        paintHalf(g, false);
    }

    /** The rim and net points on the far side of the rim centre (from the camera) or the near side. */
    private void paintHalf(Graphics2D g, boolean far) {
        double centre = view.depth(RIM);
        g.setColor(NET);
        g.setStroke(stroke(0.012));
        for (int i = 0; i < RIM_POINTS; i += 2) {
            Vec3 top = rimPoint(i, 0, RIM_RADIUS);
            if ((view.depth(top) > centre) == far) {
                g.draw(new Line2D.Double(view.project(top), view.project(rimPoint(i + 3, NET_BOTTOM, NET_RADIUS))));
                g.draw(new Line2D.Double(view.project(top), view.project(rimPoint(i - 3, NET_BOTTOM, NET_RADIUS))));
            }
        }
        g.setColor(RIM_COLOUR);
        g.setStroke(stroke(0.035));
        Path2D.Double ring = new Path2D.Double();
        boolean open = false;
        for (int i = 0; i < RIM_POINTS; i++) {
            // Each segment goes to the half its middle lies in, so the halves meet without a gap.
            boolean mine = (view.depth(rimPoint(2 * i + 1, 0, RIM_RADIUS, 2 * RIM_POINTS)) > centre) == far;
            if (mine) {
                Point2D.Double s = view.project(rimPoint(i, 0, RIM_RADIUS));
                Point2D.Double e = view.project(rimPoint(i + 1, 0, RIM_RADIUS));
                if (!open) {
                    ring.moveTo(s.x, s.y);
                }
                ring.lineTo(e.x, e.y);
            }
            open = mine;
        }
        g.draw(ring);
    }

    private static Vec3 rimPoint(int i, double drop, double radius) {
        return rimPoint(i, drop, radius, RIM_POINTS);
    }

    private static Vec3 rimPoint(int i, double drop, double radius, int points) {
        double a = 2 * Math.PI * i / points;
        return new Vec3(RIM.x() + radius * Math.cos(a), RIM.y() + radius * Math.sin(a), RIM.z() - drop);
    }

    private BasicStroke stroke(double metres) {
        float w = (float) Math.max(1.2, metres * view.pixelsPerMetre(RIM));
        return new BasicStroke(w, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }
}
