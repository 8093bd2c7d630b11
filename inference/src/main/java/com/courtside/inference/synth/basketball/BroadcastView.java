package com.courtside.inference.synth.basketball;

import com.courtside.inference.synth.Camera;
import com.courtside.inference.synth.Vec3;

import java.awt.geom.Point2D;
import java.util.SplittableRandom;

/**
 * The broadcast camera high in the side stands near the centre line, looking at the half court. It is one
 * pinhole camera over a canvas a margin larger than the frame on every side; each frame sees a window of that
 * canvas at an offset. A few pixels of offset look like a small pan, and the background can be painted once.
 */
final class BroadcastView implements Projector {

    private final int width;
    private final int height;
    private final int margin;
    private final Camera wide;
    private int offsetX;
    private int offsetY;

    private BroadcastView(int width, int height, int margin, Camera wide) {
        this.width = width;
        this.height = height;
        this.margin = margin;
        this.wide = wide;
        this.offsetX = margin;
        this.offsetY = margin;
    }

    /** The framing for a frame size, moved by up to half a metre by {@code rnd} (null for the exact framing). */
    static BroadcastView of(int width, int height, SplittableRandom rnd) {
        double jx = rnd == null ? 0 : rnd.nextDouble(-0.5, 0.5);
        double jy = rnd == null ? 0 : rnd.nextDouble(-0.6, 0.6);
        double jz = rnd == null ? 0 : rnd.nextDouble(-0.5, 0.5);
        Vec3 eye = new Vec3(6.0 + jx, -17.5 + jy, 8.0 + jz);
        Vec3 target = new Vec3(8.6, 1.0, 0.2);
        // Designed for 16:9; a narrower frame widens the view so the half court stays inside.
        double fov = 54 * Math.max(1.0, (16.0 / 9.0) / ((double) width / height));
        double focal = width / 2.0 / Math.tan(Math.toRadians(fov) / 2);
        int margin = 2 * (int) Math.round(0.025 * width);
        double wideFov = 2 * Math.toDegrees(Math.atan((width / 2.0 + margin) / focal));
        Camera wide = new Camera(width + 2 * margin, height + 2 * margin, eye, target, wideFov);
        return new BroadcastView(width, height, margin, wide);
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }

    /** How far the window may move from its centred place, in pixels, each way. */
    int margin() {
        return margin;
    }

    /** The camera of the whole canvas, for painting the background once. */
    Camera canvasCamera() {
        return wide;
    }

    /** Places the frame's window; both offsets are clamped to 0..2 × margin (margin is the centred place). */
    void setOffset(int x, int y) {
        offsetX = Math.max(0, Math.min(2 * margin, x));
        offsetY = Math.max(0, Math.min(2 * margin, y));
    }

    int offsetX() {
        return offsetX;
    }

    int offsetY() {
        return offsetY;
    }

    /** Frame pixel position of a world point (0,0 = top-left corner of the top-left pixel); null behind the camera. */
    @Override
    public Point2D.Double project(Vec3 p) {
        Point2D.Double q = wide.project(p);
        if (q != null) {
            q.x -= offsetX;
            q.y -= offsetY;
        }
        return q;
    }

    double pixelsPerMetre(Vec3 p) {
        return wide.pixelsPerMetre(p);
    }

    /** Distance in front of the camera along its axis: the painter's order. */
    double depth(Vec3 p) {
        return wide.depth(p);
    }
}
