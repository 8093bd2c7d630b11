package com.courtside.inference.synth.basketball;

import com.courtside.inference.synth.Vec3;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Point2D;
import java.awt.geom.RoundRectangle2D;
import java.util.SplittableRandom;

import static com.courtside.inference.synth.basketball.Court.BOARDS_Y;
import static com.courtside.inference.synth.basketball.Court.END_BOARDS_X;

/**
 * What surrounds the court, painted once per clip: the seated crowd on tiers behind the far side and behind the
 * baseline, the advertising boards in front of them, the bench chairs and the basket's stanchion. The crowd is
 * still; moving people near the court (bench, referee) are drawn per frame with the players.
 */
final class StandsPainter {

    private static final Color[] SHIRTS = {new Color(150, 40, 40), new Color(40, 70, 130), new Color(70, 70, 72),
        new Color(170, 140, 40), new Color(40, 110, 70), new Color(110, 60, 110), new Color(220, 220, 220),
        new Color(30, 30, 34), new Color(200, 100, 40)};
    private static final Color[] SKINS = {new Color(235, 195, 165), new Color(200, 150, 110), new Color(140, 95, 60),
        new Color(95, 65, 45)};
    private static final Color[] BOARD_COLOURS = {new Color(20, 60, 160), new Color(200, 30, 40), new Color(20, 20, 24),
        new Color(240, 180, 20), new Color(20, 130, 80)};
    private static final int ROWS = 12;
    private static final double ROW_DEPTH = 0.85;
    private static final double ROW_RISE = 0.45;
    private static final double SEAT = 0.55;

    private final Projector p;
    private final Vec3 eye;
    private final SplittableRandom rnd;

    StandsPainter(Projector canvas, Vec3 eye, SplittableRandom rnd) {
        this.p = canvas;
        this.eye = eye;
        this.rnd = rnd;
    }

    void paint(Graphics2D g) {
        // Back rows first, so each nearer row's heads cover the bodies of the row behind.
        for (int row = ROWS - 1; row >= 0; row--) {
            double y = BOARDS_Y + 0.9 + row * ROW_DEPTH;
            double z = 0.5 + row * ROW_RISE;
            double x1 = END_BOARDS_X + 0.9 + row * ROW_DEPTH;
            step(g, new Vec3(-14, y, z), new Vec3(x1, y, z), new Vec3(0, ROW_DEPTH, 0), row);
            for (double x = -14 + rnd.nextDouble(0, SEAT); x < x1 - 0.3; x += SEAT) {
                spectator(g, new Vec3(x, y + 0.3, z));
            }
        }
        for (int row = ROWS - 1; row >= 0; row--) {
            double x = END_BOARDS_X + 0.9 + row * ROW_DEPTH;
            double z = 0.5 + row * ROW_RISE;
            double y1 = BOARDS_Y + 0.9 + row * ROW_DEPTH;
            step(g, new Vec3(x, y1, z), new Vec3(x, -12, z), new Vec3(ROW_DEPTH, 0, 0), row);
            for (double y = y1 - rnd.nextDouble(0.3, SEAT); y > -12; y -= SEAT) {
                spectator(g, new Vec3(x + 0.3, y, z));
            }
        }
        boards(g);
        chairs(g);
        stanchion(g);
    }

    /** One tier: its tread from {@code a} to {@code b} and {@code depth} back, and the riser below its front edge. */
    private void step(Graphics2D g, Vec3 a, Vec3 b, Vec3 depth, int row) {
        double rise = row == 0 ? a.z() : ROW_RISE;
        g.setColor(row % 2 == 0 ? new Color(52, 54, 62) : new Color(44, 46, 54));
        g.fill(p.quad(a, b, b.plus(depth), a.plus(depth)));
        g.setColor(new Color(30, 31, 36));
        g.fill(p.quad(a.plus(0, 0, -rise), b.plus(0, 0, -rise), b, a));
    }

    private void spectator(Graphics2D g, Vec3 seat) {
        if (rnd.nextDouble() < 0.12) {
            return;
        }
        Point2D.Double base = p.project(seat);
        Point2D.Double top = p.project(seat.plus(0, 0, rnd.nextDouble(0.95, 1.15)));
        if (base == null || top == null) {
            return;
        }
        double ppm = base.y - top.y;
        double w = 0.42 * ppm;
        double r = 0.11 * ppm;
        g.setColor(SHIRTS[rnd.nextInt(SHIRTS.length)]);
        g.fill(new RoundRectangle2D.Double(base.x - w / 2, top.y + 1.6 * r, w, base.y - top.y - 1.6 * r, w / 2, w / 2));
        g.setColor(SKINS[rnd.nextInt(SKINS.length)]);
        g.fill(new Ellipse2D.Double(base.x - r, top.y, 2 * r, 2 * r));
    }

    private void boards(Graphics2D g) {
        for (double x = -14; x < END_BOARDS_X; x += 4) {
            board(g, new Vec3(x, BOARDS_Y, 0), new Vec3(Math.min(x + 4, END_BOARDS_X), BOARDS_Y, 0));
        }
        for (double y = BOARDS_Y; y > -12; y -= 4) {
            board(g, new Vec3(END_BOARDS_X, y, 0), new Vec3(END_BOARDS_X, y - 4, 0));
        }
    }

    private void board(Graphics2D g, Vec3 a, Vec3 b) {
        Color c = BOARD_COLOURS[rnd.nextInt(BOARD_COLOURS.length)];
        g.setColor(c);
        g.fill(p.quad(a, b, b.plus(0, 0, 0.9), a.plus(0, 0, 0.9)));
        // A light word-mark on each panel.
        g.setColor(c.getRed() + c.getGreen() > 300 ? new Color(30, 30, 30) : new Color(240, 240, 235));
        Vec3 m0 = a.lerp(b, 0.2).plus(0, 0, 0.3);
        Vec3 m1 = a.lerp(b, rnd.nextDouble(0.55, 0.8)).plus(0, 0, 0.3);
        g.fill(p.quad(m0, m1, m1.plus(0, 0, 0.3), m0.plus(0, 0, 0.3)));
    }

    private void chairs(Graphics2D g) {
        double y = Court.BENCH_Y + 0.35;
        for (double x = 0.9; x < 6.0; x += 0.6) {
            box(g, x - 0.22, x + 0.22, y - 0.2, y + 0.2, 0.42, 0.47, new Color(30, 40, 70));
            box(g, x - 0.22, x + 0.22, y + 0.17, y + 0.22, 0.47, 0.9, new Color(30, 40, 70));
        }
    }

    private void stanchion(Graphics2D g) {
        Color pad = new Color(28, 60, 130);
        box(g, 15.0, 16.2, -0.7, 0.7, 0, 1.2, pad);
        box(g, 15.45, 15.65, -0.1, 0.1, 1.2, 3.55, new Color(120, 124, 130));
        box(g, Court.BOARD_X + 0.05, 15.65, -0.08, 0.08, 3.3, 3.45, new Color(120, 124, 130));
    }

    /** The faces of an axis-aligned box that the camera sees, lit from above. */
    private void box(Graphics2D g, double x0, double x1, double y0, double y1, double z0, double z1, Color c) {
        if (eye.y() < y0) {
            g.setColor(c);
            g.fill(p.quad(new Vec3(x0, y0, z0), new Vec3(x1, y0, z0), new Vec3(x1, y0, z1), new Vec3(x0, y0, z1)));
        }
        double sideX = eye.x() < x0 ? x0 : eye.x() > x1 ? x1 : Double.NaN;
        if (!Double.isNaN(sideX)) {
            g.setColor(c.darker());
            g.fill(p.quad(new Vec3(sideX, y0, z0), new Vec3(sideX, y1, z0), new Vec3(sideX, y1, z1), new Vec3(sideX, y0, z1)));
        }
        if (eye.z() > z1) {
            g.setColor(c.brighter());
            g.fill(p.floorRect(x0, x1, y0, y1, z1));
        }
    }
}
