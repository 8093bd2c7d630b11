package com.courtside.inference.synth.basketball;

import com.courtside.inference.synth.Vec3;

/**
 * A pass in flight from where the passer let go to the receiver's chest: a flat arc, or a bounce pass that
 * meets the floor a little past half-way. The end point follows the receiver, so the ball arrives in his hands
 * wherever his cut has taken him.
 */
final class Pass {

    private static final double BOUNCE_AT = 0.58;

    final Body from;
    final Body to;
    private final Vec3 start;
    private final double startTime;
    private final double duration;
    private final boolean bounce;

    Pass(Body from, Body to, Vec3 start, double startTime, double speed, boolean bounce) {
        this.from = from;
        this.to = to;
        this.start = start;
        this.startTime = startTime;
        this.bounce = bounce;
        double distance = to.chest().minus(start).length();
        this.duration = Math.max(0.25, Math.min(1.1, distance / speed + 0.05));
    }

    /** 0 at the release, 1 at the catch. */
    double progress(double t) {
        return Math.min(1, (t - startTime) / duration);
    }

    Vec3 ballAt(double t) {
        double u = progress(t);
        Vec3 end = to.chest();
        Vec3 straight = start.lerp(end, u);
        if (!bounce) {
            double lob = 0.05 * start.minus(end).length();
            return straight.plus(0, 0, lob * 4 * u * (1 - u));
        }
        double r = Court.BALL_RADIUS;
        double z = u < BOUNCE_AT
                ? start.z() + (r - start.z()) * (u / BOUNCE_AT) * (u / BOUNCE_AT)
                : r + (end.z() - r) * Math.sqrt((u - BOUNCE_AT) / (1 - BOUNCE_AT));
        return new Vec3(straight.x(), straight.y(), z);
    }
}
