package com.courtside.inference.synth;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.Shape;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A player drawn as flat shapes in image space. The same shapes paint the player and decide whether the ball
 * behind them is occluded, so the truth says "occluded" exactly where the pixels hide the ball.
 */
final class PlayerFigure {

    /** Colours and build, fixed per player for a whole video. */
    record Look(Color shirt, Color shorts, Color skin, Color hair, Color shoes, Color socks, double height) {
        /** A random look whose shirt differs from {@code notShirt} (may be null), so the players can be told apart. */
        static Look random(SplittableRandom rnd, boolean whiteFeet, Color notShirt) {
            Color[] shirts = {new Color(200, 30, 40), new Color(20, 90, 180), new Color(250, 200, 20),
                new Color(20, 140, 70), new Color(240, 110, 20), new Color(110, 40, 150), new Color(20, 20, 25)};
            Color[] skins = {new Color(240, 200, 170), new Color(200, 150, 110), new Color(140, 95, 60), new Color(90, 60, 40)};
            Color[] hairs = {new Color(25, 20, 15), new Color(90, 60, 30), new Color(200, 170, 100), new Color(50, 40, 35)};
            Color shorts = rnd.nextBoolean() ? new Color(25, 25, 35) : new Color(30, 40, 90);
            Color feet = whiteFeet ? new Color(245, 245, 245) : new Color(40, 40, 45);
            Color shirt = shirts[rnd.nextInt(shirts.length)];
            while (shirt.equals(notShirt)) {
                shirt = shirts[rnd.nextInt(shirts.length)];
            }
            return new Look(shirt, shorts, skins[rnd.nextInt(skins.length)],
                    hairs[rnd.nextInt(hairs.length)], feet, whiteFeet ? new Color(240, 240, 240) : shorts,
                    rnd.nextDouble(1.65, 1.88));
        }
    }

    private record Part(Shape shape, Color color) {
    }

    private static final Color BAT_RED = new Color(190, 20, 25);
    private static final Color BAT_BLACK = new Color(20, 20, 20);
    private static final Color WOOD = new Color(170, 120, 70);
    private static final Color SHADOW = new Color(0, 0, 0, 70);

    private final List<Part> parts = new ArrayList<>(16);
    private final double depth;
    private Rectangle2D bounds;

    PlayerFigure(PlayerPose pose, PlayerMotion.State state, int side, Look look, Camera camera) {
        Vec3 centre = state.body().plus(0, 0, 1.0);
        this.depth = camera.depth(centre);
        double ppm = camera.pixelsPerMetre(centre);
        Shape shadow = floorShadow(state.body(), camera);
        parts.add(new Part(shadow, SHADOW));
        boolean facingCamera = side > 0;
        if (!facingCamera) {
            addRacketArm(pose, camera, ppm, look, side);
            addLimb(pose.leftShoulder, pose.leftElbow, pose.leftHand, camera, 0.085 * ppm, look.skin());
        }
        addLimb(pose.leftHip, pose.leftHip.lerp(pose.leftFoot, 0.55), pose.leftFoot.plus(0, 0, 0.1), camera, 0.13 * ppm, look.skin());
        addLimb(pose.rightHip, pose.rightHip.lerp(pose.rightFoot, 0.55), pose.rightFoot.plus(0, 0, 0.1), camera, 0.13 * ppm, look.skin());
        addSegment(pose.leftFoot.plus(0, 0, 0.1), pose.leftFoot.plus(0, 0, 0.2), camera, 0.11 * ppm, look.socks());
        addSegment(pose.rightFoot.plus(0, 0, 0.1), pose.rightFoot.plus(0, 0, 0.2), camera, 0.11 * ppm, look.socks());
        addSegment(pose.leftFoot, pose.leftFoot.plus(0, -side * 0.12, 0), camera, 0.11 * ppm, look.shoes());
        addSegment(pose.rightFoot, pose.rightFoot.plus(0, -side * 0.12, 0), camera, 0.11 * ppm, look.shoes());
        addSegment(pose.leftHip.plus(0, 0, -0.05), pose.leftHip.lerp(pose.leftFoot, 0.3), camera, 0.19 * ppm, look.shorts());
        addSegment(pose.rightHip.plus(0, 0, -0.05), pose.rightHip.lerp(pose.rightFoot, 0.3), camera, 0.19 * ppm, look.shorts());
        parts.add(new Part(torso(pose, camera, ppm), look.shirt()));
        parts.add(new Part(circle(camera.project(pose.head.plus(0, 0, -pose.headRadius * 1.3)), 0.05 * ppm), look.skin()));
        parts.add(new Part(circle(camera.project(pose.head), pose.headRadius * ppm), look.skin()));
        Point2D.Double hairCentre = camera.project(pose.head.plus(0, side * 0.02, 0.03));
        double hairR = pose.headRadius * ppm * (facingCamera ? 0.9 : 1.0);
        parts.add(new Part(new Ellipse2D.Double(hairCentre.x - hairR, hairCentre.y - hairR * (facingCamera ? 1.05 : 1.0),
                2 * hairR, facingCamera ? hairR * 1.1 : 2 * hairR), look.hair()));
        if (facingCamera) {
            addLimb(pose.leftShoulder, pose.leftElbow, pose.leftHand, camera, 0.085 * ppm, look.skin());
            addRacketArm(pose, camera, ppm, look, side);
        }
    }

    private void addRacketArm(PlayerPose pose, Camera camera, double ppm, Look look, int side) {
        addSegment(pose.rightShoulder, pose.rightShoulder.lerp(pose.rightElbow, 0.5), camera, 0.12 * ppm, look.shirt());
        addLimb(pose.rightShoulder.lerp(pose.rightElbow, 0.4), pose.rightElbow, pose.racketHand(), camera, 0.085 * ppm, look.skin());
        addSegment(pose.racketHand(), pose.bat, camera, 0.03 * ppm, WOOD);
        Point2D.Double c = camera.project(pose.bat);
        double rx = 0.078 * ppm;
        double ry = 0.07 * ppm;
        parts.add(new Part(new Ellipse2D.Double(c.x - rx, c.y - ry, 2 * rx, 2 * ry), side > 0 ? BAT_RED : BAT_BLACK));
    }

    private void addLimb(Vec3 a, Vec3 joint, Vec3 b, Camera camera, double width, Color color) {
        Path2D.Double path = new Path2D.Double();
        Point2D.Double pa = camera.project(a);
        Point2D.Double pj = camera.project(joint);
        Point2D.Double pb = camera.project(b);
        path.moveTo(pa.x, pa.y);
        path.lineTo(pj.x, pj.y);
        path.lineTo(pb.x, pb.y);
        parts.add(new Part(stroke(width).createStrokedShape(path), color));
    }

    private void addSegment(Vec3 a, Vec3 b, Camera camera, double width, Color color) {
        Point2D.Double pa = camera.project(a);
        Point2D.Double pb = camera.project(b);
        parts.add(new Part(stroke(width).createStrokedShape(new Line2D.Double(pa, pb)), color));
    }

    private static BasicStroke stroke(double width) {
        return new BasicStroke((float) Math.max(1, width), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }

    private static Shape torso(PlayerPose pose, Camera camera, double ppm) {
        Point2D.Double ls = camera.project(pose.leftShoulder);
        Point2D.Double rs = camera.project(pose.rightShoulder);
        Point2D.Double rh = camera.project(pose.rightHip.plus(0, 0, -0.08));
        Point2D.Double lh = camera.project(pose.leftHip.plus(0, 0, -0.08));
        Path2D.Double body = new Path2D.Double();
        body.moveTo(ls.x, ls.y);
        body.lineTo(rs.x, rs.y);
        body.lineTo(rh.x, rh.y);
        body.lineTo(lh.x, lh.y);
        body.closePath();
        // The stroked outline rounds the corners of the quad into shoulders and hips.
        return union(body, stroke(0.1 * ppm).createStrokedShape(body));
    }

    private static Shape union(Shape a, Shape b) {
        Area area = new Area(a);
        area.add(new Area(b));
        return area;
    }

    private static Shape floorShadow(Vec3 body, Camera camera) {
        Point2D.Double a = camera.project(body.plus(-0.35, 0, 0.001));
        Point2D.Double b = camera.project(body.plus(0.35, 0, 0.001));
        Point2D.Double c = camera.project(body.plus(0, 0.25, 0.001));
        Point2D.Double d = camera.project(body.plus(0, -0.25, 0.001));
        return new Ellipse2D.Double(a.x, c.y, b.x - a.x, Math.max(2, d.y - c.y));
    }

    private static Ellipse2D circle(Point2D.Double c, double r) {
        return new Ellipse2D.Double(c.x - r, c.y - r, 2 * r, 2 * r);
    }

    double depth() {
        return depth;
    }

    void paint(Graphics2D g) {
        for (Part p : parts) {
            g.setColor(p.color());
            g.fill(p.shape());
        }
    }

    /** The pixel rectangle holding the whole figure, shadow included. */
    Rectangle bounds() {
        if (bounds == null) {
            bounds = parts.get(0).shape().getBounds2D();
            for (int i = 1; i < parts.size(); i++) {
                bounds.add(parts.get(i).shape().getBounds2D());
            }
        }
        Rectangle r = bounds.getBounds();
        r.grow(2, 2);
        return r;
    }

    /** True when the figure's pixels cover an image point (the floor shadow does not count). */
    boolean covers(double x, double y) {
        if (!bounds().contains(x, y)) {
            return false;
        }
        for (int i = 1; i < parts.size(); i++) {
            if (parts.get(i).shape().contains(x, y)) {
                return true;
            }
        }
        return false;
    }
}
