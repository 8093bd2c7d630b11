package com.courtside.inference.synth.basketball;

import com.courtside.inference.synth.Vec3;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;

/**
 * A person as the camera draws them: limbs, shorts, shirt with its number, head. The truth box is the extent of
 * exactly these parts (the floor shadow excluded), and {@link #covers} answers from the same parts, so a box
 * and an occlusion can never disagree with the pixels.
 */
final class PersonFigure {

    private static final Color SHADOW = new Color(0, 0, 0, 60);
    private static final Font[] FONTS = new Font[256];

    private final Body body;
    private final List<FigurePart> parts = new ArrayList<>(16);
    private final double depth;
    private final double[] bounds = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
    private final Ellipse2D shadow;
    private final Point2D.Double numberAt;
    private final int numberSize;
    /** The number is painted after this part (the shirt), before the arms that may cross it. */
    private final int numberAfter;

    /** Hands move at most this fast between frames (a hand reaching for a pass, about 12 m/s). */
    private static final double HAND_SPEED = 12;

    PersonFigure(Body b, BroadcastView view, double frameSeconds) {
        this.body = b;
        Pose p = new Pose(b, HAND_SPEED * frameSeconds);
        Look look = b.look;
        double h = p.scale;
        Vec3 centre = new Vec3(b.x, b.y, 1.0);
        this.depth = view.depth(centre);
        double ppm = view.pixelsPerMetre(centre);
        this.shadow = shadow(view, b);
        Color legs = look.legs() == null ? look.skin() : look.legs();
        for (int s = -1; s <= 1; s += 2) {
            Vec3 hip = s < 0 ? p.leftHip : p.rightHip;
            Vec3 knee = s < 0 ? p.leftKnee : p.rightKnee;
            Vec3 foot = s < 0 ? p.leftFoot : p.rightFoot;
            limb(view, legs, 0.15 * h * ppm, hip, knee, foot.plus(0, 0, 0.08));
            if (look.legs() == null) {
                limb(view, look.socks(), 0.13 * h * ppm, foot.plus(0, 0, 0.08), foot.plus(0, 0, 0.2));
            }
            limb(view, look.shoes(), 0.12 * h * ppm, foot, foot.plus(s * 0.05, -0.13, 0));
        }
        parts.add(new FigurePart.Polygon(shorts(view, p, h), look.shorts()));
        Path2D.Double torso = view.polygon(List.of(p.leftShoulder.plus(-0.02, 0, 0.02), p.rightShoulder.plus(0.02, 0, 0.02),
                p.rightHip.plus(0.05 * h, 0, 0.02), p.leftHip.plus(-0.05 * h, 0, 0.02)));
        parts.add(new FigurePart.Polygon(torso, look.shirt()));
        if (look.stripes()) {
            for (int i = -2; i <= 2; i++) {
                double f = i * 0.075 * h;
                limb(view, new Color(22, 22, 24), 0.03 * h * ppm, p.leftShoulder.lerp(p.rightShoulder, 0.5).plus(f, 0, 0),
                        p.leftHip.lerp(p.rightHip, 0.5).plus(f * 0.8, 0, 0.04));
            }
        }
        Vec3 chest = p.leftShoulder.lerp(p.rightShoulder, 0.5).lerp(p.leftHip.lerp(p.rightHip, 0.5), 0.38);
        this.numberAt = look.number() == null ? null : view.project(chest);
        this.numberSize = (int) Math.round(0.27 * h * ppm);
        this.numberAfter = parts.size() - 1;
        boolean sleeves = look.legs() != null && !look.stripes();
        for (int s = -1; s <= 1; s += 2) {
            Vec3 shoulder = s < 0 ? p.leftShoulder : p.rightShoulder;
            Vec3 elbow = s < 0 ? p.leftElbow : p.rightElbow;
            Vec3 hand = s < 0 ? p.leftHand : p.rightHand;
            limb(view, look.skin(), 0.085 * h * ppm, shoulder, elbow, hand);
            if (sleeves || look.stripes()) {
                limb(view, look.shirt(), 0.11 * h * ppm, shoulder, sleeves ? elbow : shoulder.lerp(elbow, 0.35));
            }
        }
        limb(view, look.skin(), 0.09 * h * ppm, p.head.plus(0, 0, -p.headRadius), p.head.plus(0, 0, -1.9 * p.headRadius));
        Point2D.Double hc = view.project(p.head);
        double hr = p.headRadius * ppm;
        Point2D.Double hair = view.project(p.head.plus(0, 0.01, 0.025));
        parts.add(new FigurePart.Disc(hair.x, hair.y, hr * 1.02, look.hair()));
        parts.add(new FigurePart.Disc(hc.x, hc.y, hr, look.skin()));
        for (FigurePart part : parts) {
            part.addTo(bounds);
        }
    }

    private void limb(BroadcastView view, Color colour, double width, Vec3... joints) {
        double[] xy = new double[joints.length * 2];
        for (int i = 0; i < joints.length; i++) {
            Point2D.Double q = view.project(joints[i]);
            xy[2 * i] = q.x;
            xy[2 * i + 1] = q.y;
        }
        parts.add(new FigurePart.Limb(xy, Math.max(1, width), colour));
    }

    private static Path2D.Double shorts(BroadcastView view, Pose p, double h) {
        Vec3 waistL = p.leftHip.plus(-0.07 * h, 0, 0.06);
        Vec3 waistR = p.rightHip.plus(0.07 * h, 0, 0.06);
        Vec3 hemL = p.leftHip.lerp(p.leftKnee, 0.62);
        Vec3 hemR = p.rightHip.lerp(p.rightKnee, 0.62);
        Vec3 crotch = p.leftHip.lerp(p.rightHip, 0.5).plus(0, 0, -0.2 * h);
        return view.polygon(List.of(waistL, waistR, hemR.plus(0.1 * h, 0, 0), hemR.plus(-0.09 * h, 0, 0), crotch,
                hemL.plus(0.09 * h, 0, 0), hemL.plus(-0.1 * h, 0, 0)));
    }

    private static Ellipse2D shadow(BroadcastView view, Body b) {
        Point2D.Double l = view.project(new Vec3(b.x - 0.45, b.y, 0.002));
        Point2D.Double r = view.project(new Vec3(b.x + 0.45, b.y, 0.002));
        Point2D.Double f = view.project(new Vec3(b.x, b.y - 0.3, 0.002));
        Point2D.Double k = view.project(new Vec3(b.x, b.y + 0.3, 0.002));
        return new Ellipse2D.Double(l.x, k.y, r.x - l.x, Math.max(2, f.y - k.y));
    }

    Body body() {
        return body;
    }

    double depth() {
        return depth;
    }

    void paint(Graphics2D g) {
        g.setColor(SHADOW);
        g.fill(shadow);
        for (int i = 0; i < parts.size(); i++) {
            parts.get(i).paint(g);
            if (i == numberAfter && numberAt != null && numberSize >= 6) {
                paintNumber(g);
            }
        }
    }

    private void paintNumber(Graphics2D g) {
        Font font = font(numberSize);
        g.setFont(font);
        g.setColor(body.look.numberColour());
        FontMetrics m = g.getFontMetrics(font);
        String text = body.look.number();
        g.drawString(text, (float) (numberAt.x - m.stringWidth(text) / 2.0), (float) (numberAt.y + m.getAscent() * 0.4));
    }

    private static Font font(int size) {
        int s = Math.min(FONTS.length - 1, size);
        synchronized (FONTS) {
            if (FONTS[s] == null) {
                FONTS[s] = new Font(Font.SANS_SERIF, Font.BOLD, s);
            }
            return FONTS[s];
        }
    }

    /** {minX, minY, maxX, maxY} of the drawn person in frame pixels, shadow excluded. */
    double[] bounds() {
        return bounds;
    }

    boolean covers(double x, double y) {
        if (x < bounds[0] || y < bounds[1] || x > bounds[2] || y > bounds[3]) {
            return false;
        }
        for (FigurePart part : parts) {
            if (part.covers(x, y)) {
                return true;
            }
        }
        return false;
    }
}
