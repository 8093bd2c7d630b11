package com.courtside.inference.synth;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RadialGradientPaint;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.util.SplittableRandom;


/**
 * The parts of the scene that never move, painted once per video: floor, surrounds, back wall with its logo,
 * the towel on a chair and the table (see {@link TablePainter} for the net and the table overlays). The white
 * logo, the towel, the surround's white panels and, when hard, ball-sized white spots are the distractors.
 */
final class ScenePainter {

    static final double WALL_Y = 8.0;
    static final double BARRIER_Y = 5.0;
    static final double BARRIER_HEIGHT = 0.75;
    static final double STAND_Z = 0.75;

    /** Height of the seating tier at a depth behind the far surround. */
    static double standHeight(double y) {
        int tier = (int) Math.max(0, Math.min(1, Math.floor((y - BARRIER_Y - 0.3) / 0.9)));
        return STAND_Z + 0.35 * tier;
    }

    private static final Color FLOOR = new Color(150, 58, 48);
    private static final Color BARRIER = new Color(18, 40, 95);
    private static final Color WALL = new Color(38, 42, 56);
    private static final Color STAND = new Color(60, 62, 70);

    private final Camera camera;
    private final WorldShapes shapes;
    private final TablePainter table;
    private final int distractors;
    private final SplittableRandom rnd;

    ScenePainter(Camera camera, int distractorLevel, SplittableRandom rnd) {
        this.camera = camera;
        this.shapes = new WorldShapes(camera);
        this.table = new TablePainter(camera);
        this.distractors = distractorLevel;
        this.rnd = rnd;
    }

    BufferedImage paintBackground() {
        BufferedImage img = new BufferedImage(camera.width(), camera.height(), BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        paintRoom(g);
        table.paintTable(g);
        paintVignette(g);
        g.dispose();
        return img;
    }

    /** The net alone, drawn over a ball that is behind it. */
    TablePainter.Overlay netOverlay() {
        return table.net();
    }

    /** The table without its shadow, drawn over the far player whose legs are behind it. */
    TablePainter.Overlay tableOverlay() {
        return table.tableBody();
    }

    private void paintRoom(Graphics2D g) {
        int w = camera.width();
        int h = camera.height();
        Point2D.Double horizon = camera.project(new Vec3(0, WALL_Y, 0));
        g.setPaint(new GradientPaint(0, (float) horizon.y, FLOOR.darker(), 0, h, FLOOR));
        g.fillRect(0, 0, w, h);
        g.setPaint(new GradientPaint(0, 0, WALL.darker(), 0, (float) horizon.y, WALL));
        g.fill(shapes.quad(new Vec3(-30, WALL_Y, 0), new Vec3(30, WALL_Y, 0), new Vec3(30, WALL_Y, 12), new Vec3(-30, WALL_Y, 12)));
        // Two tiers of seating, each a step up and back, with a light nosing on every step.
        for (int tier = 0; tier < 2; tier++) {
            double y0 = BARRIER_Y + 0.3 + tier * 0.9;
            double z = standHeight(y0 + 0.1);
            g.setColor(tier % 2 == 0 ? STAND : STAND.darker());
            g.fill(shapes.box(-30, 30, y0, WALL_Y, 0, z));
            g.setColor(new Color(90, 92, 100));
            g.fill(shapes.quad(new Vec3(-30, y0, z), new Vec3(30, y0, z), new Vec3(30, y0 + 0.06, z), new Vec3(-30, y0 + 0.06, z)));
        }
        paintWallLogo(g);
        g.setColor(BARRIER);
        g.fill(shapes.box(-6, 6, BARRIER_Y, BARRIER_Y + 0.3, 0, BARRIER_HEIGHT));
        for (int side : new int[] {-1, 1}) {
            g.fill(shapes.box(side * 5.0, side * 5.3, -1.5, BARRIER_Y, 0, BARRIER_HEIGHT));
        }
        g.setColor(new Color(235, 235, 235));
        for (int i = -4; i <= 4; i += 2) {
            g.fill(shapes.quad(new Vec3(i - 0.6, BARRIER_Y, 0.28), new Vec3(i + 0.6, BARRIER_Y, 0.28),
                    new Vec3(i + 0.6, BARRIER_Y, 0.47), new Vec3(i - 0.6, BARRIER_Y, 0.47)));
        }
        paintTowelChair(g);
        if (distractors >= 2) {
            // A spare ball on the floor and ball-sized dots on the surround: the hardest look-alikes.
            g.setColor(new Color(245, 245, 240));
            fillBall(g, new Vec3(rnd.nextDouble(-3.5, 3.5), rnd.nextDouble(2.8, 4.5), 0.02));
            for (int i = 0; i < 5; i++) {
                fillBall(g, new Vec3(rnd.nextDouble(-5, 5), BARRIER_Y, rnd.nextDouble(0.55, 0.7)));
            }
        }
    }

    private void paintWallLogo(Graphics2D g) {
        // On the part of the wall the crowd leaves free, where the camera sees it.
        double cx = rnd.nextDouble(2.0, 2.6);
        double cz = 1.45;
        g.setColor(new Color(230, 230, 230));
        Path2D.Double ring = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        for (double r : new double[] {0.32, 0.22}) {
            for (int i = 0; i <= 48; i++) {
                double a = 2 * Math.PI * i / 48;
                Point2D.Double p = camera.project(new Vec3(cx + r * Math.cos(a), WALL_Y, cz + r * Math.sin(a)));
                if (i == 0) {
                    ring.moveTo(p.x, p.y);
                } else {
                    ring.lineTo(p.x, p.y);
                }
            }
            ring.closePath();
        }
        g.fill(ring);
        g.fill(shapes.quad(new Vec3(cx + 0.45, WALL_Y, cz + 0.05), new Vec3(cx + 2.2, WALL_Y, cz + 0.05),
                new Vec3(cx + 2.2, WALL_Y, cz + 0.25), new Vec3(cx + 0.45, WALL_Y, cz + 0.25)));
        g.fill(shapes.quad(new Vec3(cx + 0.45, WALL_Y, cz - 0.25), new Vec3(cx + 1.6, WALL_Y, cz - 0.25),
                new Vec3(cx + 1.6, WALL_Y, cz - 0.1), new Vec3(cx + 0.45, WALL_Y, cz - 0.1)));
    }

    private void paintTowelChair(Graphics2D g) {
        double x = rnd.nextBoolean() ? 2.4 : -2.4;
        double y = rnd.nextDouble(-0.5, 1.5);
        g.setColor(new Color(30, 30, 35));
        g.fill(shapes.box(x - 0.22, x + 0.22, y - 0.2, y + 0.2, 0.42, 0.47));
        g.fill(shapes.box(x - 0.22, x + 0.22, y + 0.18, y + 0.22, 0.47, 0.9));
        for (double lx : new double[] {x - 0.2, x + 0.2}) {
            g.fill(shapes.box(lx - 0.02, lx + 0.02, y - 0.18, y - 0.14, 0, 0.42));
        }
        g.setColor(new Color(248, 248, 245));
        g.fill(shapes.box(x - 0.18, x + 0.16, y + 0.12, y + 0.25, 0.5, 0.95));
        g.fill(shapes.box(x - 0.18, x + 0.16, y - 0.15, y + 0.2, 0.47, 0.5));
    }

    private void paintVignette(Graphics2D g) {
        int w = camera.width();
        int h = camera.height();
        float radius = (float) Math.hypot(w, h) / 2;
        g.setComposite(AlphaComposite.SrcOver);
        g.setPaint(new RadialGradientPaint(w / 2f, h / 2f, radius, new float[] {0.55f, 1f},
                new Color[] {new Color(0, 0, 0, 0), new Color(0, 0, 0, 90)}));
        g.fillRect(0, 0, w, h);
    }

    private void fillBall(Graphics2D g, Vec3 p) {
        Point2D.Double c = camera.project(p);
        double r = Math.max(1.2, TableGeometry.BALL_RADIUS * camera.pixelsPerMetre(p));
        g.fill(new Ellipse2D.Double(c.x - r, c.y - r, 2 * r, 2 * r));
    }

}
