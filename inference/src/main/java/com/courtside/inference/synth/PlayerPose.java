package com.courtside.inference.synth;

/**
 * The joints of a stick-and-blob player in world coordinates for one instant: feet, hips, shoulders, head and
 * both hands, the racket hand swinging back, through the contact point and into the follow-through.
 */
final class PlayerPose {

    final Vec3 leftFoot;
    final Vec3 rightFoot;
    final Vec3 leftHip;
    final Vec3 rightHip;
    final Vec3 leftShoulder;
    final Vec3 rightShoulder;
    final Vec3 head;
    final double headRadius;
    final Vec3 leftHand;
    /** Centre of the bat face; the racket hand holds the handle just below it. */
    final Vec3 bat;
    final Vec3 rightElbow;
    final Vec3 leftElbow;

    PlayerPose(PlayerMotion.State s, int side, double height) {
        double h = height / 1.75;
        Vec3 f = new Vec3(0, -side, 0);
        Vec3 r = new Vec3(-side, 0, 0);
        Vec3 b = s.body();
        double step = 0.2 * s.walking() * Math.sin(s.stride() * 2 * Math.PI / 1.3);
        leftFoot = b.plus(r.times(-0.17)).plus(f.times(step)).plus(0, 0, 0.04);
        rightFoot = b.plus(r.times(0.17)).plus(f.times(-step)).plus(0, 0, 0.04);
        Vec3 hip = b.plus(0, 0, 0.93 * h);
        leftHip = hip.plus(r.times(-0.11));
        rightHip = hip.plus(r.times(0.11));
        Vec3 shoulders = b.plus(f.times(0.07)).plus(0, 0, 1.43 * h);
        leftShoulder = shoulders.plus(r.times(-0.2 * h));
        rightShoulder = shoulders.plus(r.times(0.2 * h));
        head = b.plus(f.times(0.09)).plus(0, 0, 1.63 * h);
        headRadius = 0.105 * h;
        Vec3 ready = b.plus(r.times(0.34)).plus(f.times(0.38)).plus(0, 0, 1.0 * h);
        bat = s.swing() == null ? ready : swingBat(s, side, ready, f, r);
        rightElbow = rightShoulder.lerp(bat, 0.5).plus(0, 0, -0.14).plus(r.times(0.06));
        Vec3 restLeft = b.plus(r.times(-0.36)).plus(f.times(0.3)).plus(0, 0, 0.98 * h);
        leftHand = s.heldBall() == null ? restLeft : tossHand(s, restLeft);
        leftElbow = leftShoulder.lerp(leftHand, 0.5).plus(0, 0, -0.12).plus(r.times(-0.06));
    }

    private static Vec3 swingBat(PlayerMotion.State s, int side, Vec3 ready, Vec3 f, Vec3 r) {
        PlayerMotion.Swing swing = s.swing();
        double u = s.swingSeconds();
        // The bat sits just behind the ball as seen from the hitter, so it meets the ball without hiding it.
        Vec3 contact = swing.contact().plus(0, side * 0.035, -0.01);
        double out = swing.forehand() ? 1 : -1;
        Vec3 back = swing.serve()
                ? contact.plus(r.times(0.2)).plus(f.times(-0.2)).plus(0, 0, 0.05)
                : contact.plus(r.times(0.28 * out)).plus(f.times(-0.3)).plus(0, 0, -0.15);
        Vec3 follow = contact.plus(r.times(-0.35 * out)).plus(f.times(0.25)).plus(0, 0, 0.35);
        if (u < -0.12) {
            return ready.lerp(back, smooth((u + 0.45) / 0.33));
        }
        if (u < 0) {
            double k = (u + 0.12) / 0.12;
            return back.lerp(contact, k * k);
        }
        if (u < 0.15) {
            return contact.lerp(follow, smooth(u / 0.15));
        }
        return follow.lerp(ready, smooth((u - 0.15) / 0.45));
    }

    private static Vec3 tossHand(PlayerMotion.State s, Vec3 rest) {
        double t = s.tossLift();
        Vec3 held = s.heldBall();
        if (t <= 0) {
            return held;
        }
        if (t < 0.1) {
            return held.plus(0, 0, 0.15 * smooth(t / 0.1));
        }
        return held.plus(0, 0, 0.15).lerp(rest, smooth((t - 0.1) / 0.45));
    }

    private static double smooth(double u) {
        double c = Math.max(0, Math.min(1, u));
        return c * c * (3 - 2 * c);
    }

    /** The point on the arm where the hand grips the handle. */
    Vec3 racketHand() {
        return bat.lerp(rightElbow, 0.1 / Math.max(0.1, bat.minus(rightElbow).length()));
    }
}
