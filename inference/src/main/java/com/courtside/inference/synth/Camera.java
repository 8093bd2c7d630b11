package com.courtside.inference.synth;

import java.awt.geom.Point2D;
import java.util.SplittableRandom;

/**
 * A pinhole camera behind and above the near end of the table, like a broadcast end camera. The view is fixed
 * for a whole video; a seed moves it by a few centimetres so models do not learn one exact framing.
 */
public final class Camera {

    private final int width;
    private final int height;
    private final Vec3 eye;
    private final Vec3 right;
    private final Vec3 up;
    private final Vec3 forward;
    private final double focal;

    public Camera(int width, int height, Vec3 eye, Vec3 target, double horizontalFovDegrees) {
        this.width = width;
        this.height = height;
        this.eye = eye;
        this.forward = target.minus(eye).normalized();
        this.right = forward.cross(new Vec3(0, 0, 1)).normalized();
        this.up = right.cross(forward);
        this.focal = width / 2.0 / Math.tan(Math.toRadians(horizontalFovDegrees) / 2);
    }

    /** The broadcast framing for a frame size, nudged by {@code random} (pass null for the exact framing). */
    public static Camera broadcast(int width, int height, SplittableRandom random) {
        double jx = random == null ? 0 : random.nextDouble(-0.12, 0.12);
        double jz = random == null ? 0 : random.nextDouble(-0.10, 0.10);
        Vec3 eye = new Vec3(jx, -8.6, 4.7 + jz);
        Vec3 target = new Vec3(0, 2.3, 0.75);
        // The framing is designed for 16:9; narrower frames widen the field of view to keep the table inside.
        double fov = 35 * Math.max(1.0, (16.0 / 9.0) / ((double) width / height));
        return new Camera(width, height, eye, target, fov);
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** Distance in front of the camera along its axis; not positive for points behind it. */
    public double depth(Vec3 p) {
        return p.minus(eye).dot(forward);
    }

    /** Image position in pixels (0,0 = top-left corner of the top-left pixel); null behind the camera. */
    public Point2D.Double project(Vec3 p) {
        Vec3 d = p.minus(eye);
        double z = d.dot(forward);
        if (z <= 1e-6) {
            return null;
        }
        return new Point2D.Double(width / 2.0 + focal * d.dot(right) / z, height / 2.0 - focal * d.dot(up) / z);
    }

    /** Pixels per metre for an object at the depth of {@code p}. */
    public double pixelsPerMetre(Vec3 p) {
        return focal / Math.max(depth(p), 1e-6);
    }

    /** True when {@code p} projects inside the frame. */
    public boolean sees(Vec3 p) {
        Point2D.Double q = project(p);
        return q != null && q.x >= 0 && q.y >= 0 && q.x < width && q.y < height;
    }

    public Vec3 eye() {
        return eye;
    }
}
