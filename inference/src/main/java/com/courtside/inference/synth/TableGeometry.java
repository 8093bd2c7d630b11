package com.courtside.inference.synth;

/** ITTF table, net and ball dimensions in metres; the table's centre is the world origin on the floor. */
public final class TableGeometry {

    public static final double LENGTH = 2.74;
    public static final double WIDTH = 1.525;
    public static final double HALF_LENGTH = LENGTH / 2;
    public static final double HALF_WIDTH = WIDTH / 2;
    public static final double HEIGHT = 0.76;
    public static final double NET_HEIGHT = 0.1525;
    public static final double NET_TOP = HEIGHT + NET_HEIGHT;
    /** The net posts stand 15.25 cm outside the side lines. */
    public static final double NET_HALF_SPAN = HALF_WIDTH + 0.1525;
    public static final double LINE_WIDTH = 0.02;
    public static final double CENTRE_LINE_WIDTH = 0.003;
    public static final double BALL_RADIUS = 0.02;

    private TableGeometry() {
    }

    /** True when a ground point (x, y) lies on the playing surface. */
    public static boolean onTable(double x, double y) {
        return Math.abs(x) <= HALF_WIDTH && Math.abs(y) <= HALF_LENGTH;
    }

    /** The side of the net a y lies on: -1 near the camera, +1 far from it. */
    public static int sideOf(double y) {
        return y < 0 ? -1 : 1;
    }
}
