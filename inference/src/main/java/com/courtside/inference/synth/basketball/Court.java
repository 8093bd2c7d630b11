package com.courtside.inference.synth.basketball;

import com.courtside.inference.synth.Vec3;

/**
 * The FIBA half court in metres: x from the centre line (0) to the baseline (14), y across the court with the
 * camera on the negative side, z up. The basket is at the positive-x end, so it appears on the right.
 */
final class Court {

    static final double BASELINE_X = 14.0;
    static final double HALF_WIDTH = 7.5;
    static final double LINE_WIDTH = 0.05;

    static final Vec3 RIM = new Vec3(12.425, 0, 3.05);
    static final double RIM_RADIUS = 0.225;
    static final double BOARD_X = 12.8;
    static final double BOARD_HALF_WIDTH = 0.9;
    static final double BOARD_BOTTOM = 2.9;
    static final double BOARD_TOP = 3.95;

    static final double KEY_HALF_WIDTH = 2.45;
    static final double FREE_THROW_X = BASELINE_X - 5.8;
    static final double CIRCLE_RADIUS = 1.8;
    static final double THREE_RADIUS = 6.75;
    static final double THREE_CORNER_Y = 6.6;
    static final double RESTRICTED_RADIUS = 1.25;

    static final double BALL_RADIUS = 0.12;
    static final double GRAVITY = 9.81;

    /** Where the bench and the officials' table side of the court ends and the stands begin. */
    static final double BENCH_Y = HALF_WIDTH + 1.6;
    static final double BOARDS_Y = HALF_WIDTH + 3.2;
    static final double END_BOARDS_X = BASELINE_X + 2.6;

    private Court() {
    }

    /** The floor point under the rim centre. */
    static double basketX() {
        return RIM.x();
    }

    static double distanceToBasket(double x, double y) {
        return Math.hypot(x - RIM.x(), y - RIM.y());
    }

    /** Keeps a player's floor position on the court, {@code margin} metres inside the lines. */
    static double clampX(double x, double margin) {
        return Math.max(0.6 + margin, Math.min(BASELINE_X - margin, x));
    }

    static double clampY(double y, double margin) {
        return Math.max(-HALF_WIDTH + margin, Math.min(HALF_WIDTH - margin, y));
    }
}
