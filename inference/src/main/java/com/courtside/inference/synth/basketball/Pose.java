package com.courtside.inference.synth.basketball;

import com.courtside.inference.synth.Vec3;

/**
 * The joints of a stick-and-blob person in world coordinates for one instant, in a plane facing the camera
 * (x is across the image). Legs swing with the distance walked; arms follow {@link Body.Arms}; a seated person
 * folds at the hips with the knees towards the camera.
 */
final class Pose {

    private static final double UPPER_ARM = 0.34;
    private static final double FOREARM = 0.31;
    private static final double STRIDE_LENGTH = 1.7;

    final Vec3 leftFoot;
    final Vec3 rightFoot;
    final Vec3 leftKnee;
    final Vec3 rightKnee;
    final Vec3 leftHip;
    final Vec3 rightHip;
    final Vec3 leftShoulder;
    final Vec3 rightShoulder;
    final Vec3 head;
    final double headRadius;
    final Vec3 leftElbow;
    final Vec3 rightElbow;
    final Vec3 leftHand;
    final Vec3 rightHand;
    /** Metres per reference unit: joint heights are given for a 1.95 m player. */
    final double scale;

    /**
     * @param maxHandStep how far a hand may move since the last frame, in metres: arms swing to a new task
     *                    (reaching for a pass, going up to contest) over a few frames rather than in one
     */
    Pose(Body b, double maxHandStep) {
        double h = b.height() / 1.95;
        scale = h;
        boolean seated = b.arms == Body.Arms.SEATED;
        boolean stance = b.arms == Body.Arms.DEFEND || b.arms == Body.Arms.CONTEST;
        double speed = b.speed();
        double walk = Math.min(1, speed / 2.5);
        double ux = speed < 0.05 ? 1 : b.vx / speed;
        double uy = speed < 0.05 ? 0 : b.vy / speed;
        double phase = b.stride / STRIDE_LENGTH * 2 * Math.PI;
        double swing = 0.34 * walk * Math.sin(phase);
        double spread = (stance ? 0.24 : 0.14) * h;
        Vec3 base = new Vec3(b.x, b.y, b.jump);
        double hipZ = seated ? 0.47 : (stance ? 0.88 : 0.98) * h;
        double lift = b.jump > 0.05 ? 0.1 : 0;
        if (seated) {
            leftFoot = base.plus(-spread, -0.5, 0.05);
            rightFoot = base.plus(spread, -0.5, 0.05);
            leftKnee = base.plus(-spread, -0.45, 0.52);
            rightKnee = base.plus(spread, -0.45, 0.52);
        } else {
            leftFoot = base.plus(-spread + ux * swing, uy * swing, 0.05 + lift + 0.12 * walk * Math.max(0, -Math.cos(phase)));
            rightFoot = base.plus(spread - ux * swing, -uy * swing, 0.05 + lift + 0.12 * walk * Math.max(0, Math.cos(phase)));
            double kneeZ = (stance ? 0.42 : 0.5) * h;
            double out = stance ? 0.05 : 0;
            leftKnee = knee(leftFoot, base, -spread * 0.8 - out, ux * 0.06 * walk, kneeZ);
            rightKnee = knee(rightFoot, base, spread * 0.8 + out, ux * 0.06 * walk, kneeZ);
        }
        Vec3 hip = base.plus(0, 0, hipZ);
        leftHip = hip.plus(-0.11 * h, 0, 0);
        rightHip = hip.plus(0.11 * h, 0, 0);
        Vec3 shoulders = hip.plus(0, 0, 0.54 * h);
        leftShoulder = shoulders.plus(-0.21 * h, 0, 0);
        rightShoulder = shoulders.plus(0.21 * h, 0, 0);
        head = shoulders.plus(0, 0, 0.21 * h);
        headRadius = 0.115 * h;
        Vec3[] hands = hands(b, h, walk, phase, shoulders);
        leftHand = towards(b.shownLeftHand, hands[0], maxHandStep);
        rightHand = towards(b.shownRightHand, hands[1], maxHandStep);
        b.shownLeftHand = leftHand;
        b.shownRightHand = rightHand;
        leftElbow = elbow(leftShoulder, leftHand, -1, h);
        rightElbow = elbow(rightShoulder, rightHand, 1, h);
    }

    private Vec3[] hands(Body b, double h, double walk, double phase, Vec3 shoulders) {
        double armSwing = 0.2 * walk * Math.sin(phase);
        Vec3 restL = shoulders.plus(-0.27 * h - armSwing * 0.2, 0, -0.62 * h).plus(armSwing, 0, 0);
        Vec3 restR = shoulders.plus(0.27 * h + armSwing * 0.2, 0, -0.62 * h).plus(-armSwing, 0, 0);
        Vec3 ball = b.ball;
        switch (b.arms) {
            case DRIBBLE -> {
                Vec3 hand = new Vec3(ball.x(), ball.y(), Math.max(ball.z() + Court.BALL_RADIUS, 0.86 * h + b.jump));
                Vec3 guard = shoulders.plus(-b.ballSide * 0.38 * h, -0.15, -0.3 * h);
                return b.ballSide > 0 ? new Vec3[] {guard, hand} : new Vec3[] {hand, guard};
            }
            case HOLD, SHOOT -> {
                double r = Court.BALL_RADIUS * 1.05;
                return new Vec3[] {ball.plus(-r, 0.02, -0.02), ball.plus(r, 0.02, -0.02)};
            }
            case REACH -> {
                Vec3 l = reach(leftShoulder(shoulders, h), ball, h);
                Vec3 r = reach(shoulders.plus(0.21 * h, 0, 0), ball, h);
                return new Vec3[] {l.plus(-0.08, 0, 0), r.plus(0.08, 0, 0)};
            }
            case DEFEND -> {
                return new Vec3[] {shoulders.plus(-0.55 * h, -0.1, -0.2 * h), shoulders.plus(0.55 * h, -0.1, -0.2 * h)};
            }
            case CONTEST -> {
                return new Vec3[] {shoulders.plus(-0.5 * h, -0.1, -0.15 * h), shoulders.plus(0.12 * h, -0.05, 0.62 * h)};
            }
            case SEATED -> {
                return new Vec3[] {leftKnee.plus(0.02, 0.05, 0.06), rightKnee.plus(-0.02, 0.05, 0.06)};
            }
            default -> {
                return new Vec3[] {restL, restR};
            }
        }
    }

    private static Vec3 towards(Vec3 from, Vec3 to, double maxStep) {
        if (from == null) {
            return to;
        }
        Vec3 d = to.minus(from);
        double len = d.length();
        return len <= maxStep ? to : from.plus(d.times(maxStep / len));
    }

    /** Half-way between foot and hip across the image, at knee height, lifted with the foot. */
    private static Vec3 knee(Vec3 foot, Vec3 base, double hipOffset, double forward, double kneeZ) {
        double footLift = foot.z() - base.z() - 0.05;
        return new Vec3((foot.x() + base.x() + hipOffset) / 2 + forward, (foot.y() + base.y()) / 2,
                base.z() + kneeZ + footLift / 2);
    }

    private static Vec3 leftShoulder(Vec3 shoulders, double h) {
        return shoulders.plus(-0.21 * h, 0, 0);
    }

    /** A hand on the line from the shoulder to the ball, no further than the arm reaches. */
    private static Vec3 reach(Vec3 shoulder, Vec3 ball, double h) {
        Vec3 d = ball.minus(shoulder);
        double len = d.length();
        double max = (UPPER_ARM + FOREARM) * h * 0.98;
        return len <= max ? ball : shoulder.plus(d.times(max / len));
    }

    /** Where the elbow bends for a hand position: outwards and down, by as much as the arm is folded. */
    private static Vec3 elbow(Vec3 shoulder, Vec3 hand, int side, double h) {
        Vec3 mid = shoulder.lerp(hand, 0.5);
        double half = hand.minus(shoulder).length() / 2;
        double upper = UPPER_ARM * h;
        double fold = Math.sqrt(Math.max(0, upper * upper - half * half));
        return mid.plus(side * fold * 0.8, 0, -fold * 0.6);
    }
}
