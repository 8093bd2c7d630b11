package com.courtside.inference.synth;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RadialGradientPaint;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.util.SplittableRandom;

import static com.courtside.inference.synth.TableGeometry.CENTRE_LINE_WIDTH;
import static com.courtside.inference.synth.TableGeometry.HALF_LENGTH;
import static com.courtside.inference.synth.TableGeometry.HALF_WIDTH;
import static com.courtside.inference.synth.TableGeometry.HEIGHT;
import static com.courtside.inference.synth.TableGeometry.LINE_WIDTH;
import static com.courtside.inference.synth.TableGeometry.NET_HALF_SPAN;
import static com.courtside.inference.synth.TableGeometry.NET_TOP;

/**
 * The parts of the scene that never move, painted once per video: floor, surrounds, back wall with its logo,
 * the towel on a chair, the table and the net. The net is also kept as a small overlay so a ball behind it
 * can be drawn first and the mesh on top.
 */
final class ScenePainter {

    static final double WALL_Y = 8.0;
    static final double BARRIER_Y = 5.0;
    static final double BARRIER_HEIGHT = 0.75;
    static final double STAND_Z = 0.75;

    private static final Color FLOOR = new Color(150, 58, 48);
    private static final Color TABLE = new Color(22, 62, 138);
    private static final Color TABLE_EDGE = new Color(12, 36, 84);
    private static final Color LINE = new Color(240, 240, 235);
    private static final Color LEG = new Color(45, 45, 50);
    private static final Color BARRIER = new Color(18, 40, 95);
    private static final Color WALL = new Color(38, 42, 56);
    private static final Color STAND = new Color(60, 62, 70);

    private final Camera camera;
    private final int distractors;
    private final SplittableRandom rnd;
    private Overlay netOverlay;
    private Overlay tableOverlay;

    ScenePainter(Camera camera, int distractorLevel, SplittableRandom rnd) {
        this.camera = camera;
        this.distractors = distractorLevel;
        this.rnd = rnd;
    }

    BufferedImage paintBackground() {
        BufferedImage img = new BufferedImage(camera.width(), camera.height(), BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        paintRoom(g);
        paintTable(g);
        paintNet(g);
        paintVignette(g);
        g.dispose();
        netOverlay = overlay(box(-NET_HALF_SPAN - 0.03, NET_HALF_SPAN + 0.03, -0.03, 0.03, HEIGHT - 0.01, NET_TOP + 0.01)
                .getBounds(), this::paintNet);
        tableOverlay = overlay(box(-HALF_WIDTH, HALF_WIDTH, -HALF_LENGTH, HALF_LENGTH, 0, HEIGHT + 0.01).getBounds(),
                this::paintTableBody);
        return img;
    }

    /** The net alone, drawn over a ball that is behind it. */
    Overlay netOverlay() {
        return netOverlay;
    }

    /** The table without its shadow, drawn over the far player whose legs are behind it. */
    Overlay tableOverlay() {
        return tableOverlay;
    }

    private void paintRoom(Graphics2D g) {
        int w = camera.width();
        int h = camera.height();
        Point2D.Double horizon = camera.project(new Vec3(0, WALL_Y, 0));
        g.setPaint(new GradientPaint(0, (float) horizon.y, FLOOR.darker(), 0, h, FLOOR));
        g.fillRect(0, 0, w, h);
        g.setPaint(new GradientPaint(0, 0, WALL.darker(), 0, (float) horizon.y, WALL));
        g.fill(quad(new Vec3(-30, WALL_Y, 0), new Vec3(30, WALL_Y, 0), new Vec3(30, WALL_Y, 12), new Vec3(-30, WALL_Y, 12)));
        g.setColor(STAND);
        g.fill(quad(new Vec3(-30, BARRIER_Y + 0.3, STAND_Z), new Vec3(30, BARRIER_Y + 0.3, STAND_Z),
                new Vec3(30, WALL_Y, STAND_Z), new Vec3(-30, WALL_Y, STAND_Z)));
        paintWallLogo(g);
        g.setColor(BARRIER);
        g.fill(box(-6, 6, BARRIER_Y, BARRIER_Y + 0.3, 0, BARRIER_HEIGHT));
        for (int side : new int[] {-1, 1}) {
            g.fill(box(side * 5.0, side * 5.3, -1.5, BARRIER_Y, 0, BARRIER_HEIGHT));
        }
        g.setColor(new Color(235, 235, 235));
        for (int i = -4; i <= 4; i += 2) {
            g.fill(quad(new Vec3(i - 0.6, BARRIER_Y, 0.28), new Vec3(i + 0.6, BARRIER_Y, 0.28),
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
        double cx = rnd.nextDouble(-2.5, 2.5);
        double cz = 3.2;
        g.setColor(new Color(230, 230, 230));
        Path2D.Double ring = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        for (double r : new double[] {0.7, 0.5}) {
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
        g.fill(box(cx + 1.0, cx + 4.0, WALL_Y, WALL_Y, cz + 0.15, cz + 0.45));
        g.fill(box(cx + 1.0, cx + 3.0, WALL_Y, WALL_Y, cz - 0.45, cz - 0.2));
    }

    private void paintTowelChair(Graphics2D g) {
        double x = rnd.nextBoolean() ? 2.4 : -2.4;
        double y = rnd.nextDouble(-0.5, 1.5);
        g.setColor(new Color(30, 30, 35));
        g.fill(box(x - 0.22, x + 0.22, y - 0.2, y + 0.2, 0.42, 0.47));
        g.fill(box(x - 0.22, x + 0.22, y + 0.18, y + 0.22, 0.47, 0.9));
        for (double lx : new double[] {x - 0.2, x + 0.2}) {
            g.fill(box(lx - 0.02, lx + 0.02, y - 0.18, y - 0.14, 0, 0.42));
        }
        g.setColor(new Color(248, 248, 245));
        g.fill(box(x - 0.18, x + 0.16, y + 0.12, y + 0.25, 0.5, 0.95));
        g.fill(box(x - 0.18, x + 0.16, y - 0.15, y + 0.2, 0.47, 0.5));
    }

    private void paintTable(Graphics2D g) {
        g.setColor(new Color(0, 0, 0, 90));
        g.fill(quad(new Vec3(-HALF_WIDTH, -HALF_LENGTH + 0.15, 0), new Vec3(HALF_WIDTH, -HALF_LENGTH + 0.15, 0),
                new Vec3(HALF_WIDTH + 0.1, HALF_LENGTH + 0.3, 0), new Vec3(-HALF_WIDTH - 0.1, HALF_LENGTH + 0.3, 0)));
        paintTableBody(g);
    }

    private void paintTableBody(Graphics2D g) {
        g.setColor(LEG);
        for (double lx : new double[] {-HALF_WIDTH + 0.15, HALF_WIDTH - 0.19}) {
            for (double ly : new double[] {-HALF_LENGTH + 0.3, HALF_LENGTH - 0.34}) {
                g.fill(box(lx, lx + 0.04, ly, ly + 0.04, 0, HEIGHT - 0.03));
            }
        }
        g.fill(box(-HALF_WIDTH + 0.15, HALF_WIDTH - 0.15, -0.05, 0.05, 0.12, 0.18));
        g.setColor(TABLE_EDGE);
        g.fill(box(-HALF_WIDTH, HALF_WIDTH, -HALF_LENGTH, HALF_LENGTH, HEIGHT - 0.025, HEIGHT));
        g.setColor(TABLE);
        g.fill(quad(new Vec3(-HALF_WIDTH, -HALF_LENGTH, HEIGHT), new Vec3(HALF_WIDTH, -HALF_LENGTH, HEIGHT),
                new Vec3(HALF_WIDTH, HALF_LENGTH, HEIGHT), new Vec3(-HALF_WIDTH, HALF_LENGTH, HEIGHT)));
        g.setColor(LINE);
        double z = HEIGHT + 0.0005;
        double lw = LINE_WIDTH;
        g.fill(rectOnTable(-HALF_WIDTH, -HALF_WIDTH + lw, -HALF_LENGTH, HALF_LENGTH, z));
        g.fill(rectOnTable(HALF_WIDTH - lw, HALF_WIDTH, -HALF_LENGTH, HALF_LENGTH, z));
        g.fill(rectOnTable(-HALF_WIDTH, HALF_WIDTH, -HALF_LENGTH, -HALF_LENGTH + lw, z));
        g.fill(rectOnTable(-HALF_WIDTH, HALF_WIDTH, HALF_LENGTH - lw, HALF_LENGTH, z));
        // The 3 mm centre line would vanish at video resolution; draw it at least a pixel wide.
        double minLine = 1.0 / camera.pixelsPerMetre(new Vec3(0, HALF_LENGTH, HEIGHT));
        double cw = Math.max(CENTRE_LINE_WIDTH, minLine) / 2;
        g.fill(rectOnTable(-cw, cw, -HALF_LENGTH, HALF_LENGTH, z));
    }

    private void paintNet(Graphics2D g) {
        g.setColor(new Color(25, 25, 30));
        for (int side : new int[] {-1, 1}) {
            double x = side * NET_HALF_SPAN;
            g.fill(box(x - 0.015, x + 0.015, -0.02, 0.02, HEIGHT, NET_TOP));
        }
        g.setColor(new Color(20, 20, 28, 150));
        g.fill(quad(new Vec3(-NET_HALF_SPAN, 0, HEIGHT), new Vec3(NET_HALF_SPAN, 0, HEIGHT),
                new Vec3(NET_HALF_SPAN, 0, NET_TOP), new Vec3(-NET_HALF_SPAN, 0, NET_TOP)));
        g.setColor(new Color(235, 235, 235));
        g.fill(quad(new Vec3(-NET_HALF_SPAN, 0, NET_TOP - 0.015), new Vec3(NET_HALF_SPAN, 0, NET_TOP - 0.015),
                new Vec3(NET_HALF_SPAN, 0, NET_TOP), new Vec3(-NET_HALF_SPAN, 0, NET_TOP)));
    }

    /** An overlay is one part of the scene painted alone on a transparent image the size of its bounds. */
    record Overlay(BufferedImage image, Rectangle bounds) {
        void paint(Graphics2D g) {
            g.drawImage(image, bounds.x, bounds.y, null);
        }
    }

    private Overlay overlay(Rectangle r, java.util.function.Consumer<Graphics2D> painter) {
        BufferedImage image = new BufferedImage(Math.max(1, r.width), Math.max(1, r.height), BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.translate(-r.x, -r.y);
        painter.accept(g);
        g.dispose();
        return new Overlay(image, r);
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
        g.fill(new java.awt.geom.Ellipse2D.Double(c.x - r, c.y - r, 2 * r, 2 * r));
    }

    private Path2D.Double rectOnTable(double x0, double x1, double y0, double y1, double z) {
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
        return Hull.of(pts);
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
}
