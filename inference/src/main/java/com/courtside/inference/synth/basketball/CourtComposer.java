package com.courtside.inference.synth.basketball;

import com.courtside.inference.synth.Vec3;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.Arrays;

/**
 * Draws one frame: the window of the pre-painted canvas, then people, ball and the two hoop layers far to near,
 * and says what the truth must record for it from the same shapes that were drawn: each person's box (clipped to
 * the frame) and whether the ball can be seen.
 */
final class CourtComposer {

    /** What one frame shows: a box {x, y, w, h} per person (null when off-screen) and the ball (NaN when unseen). */
    record FrameTruth(float[][] boxes, float ballX, float ballY) {
    }

    private static final double[][] BALL_SAMPLES = {{0, 0}, {0.6, 0}, {-0.6, 0}, {0, 0.6}, {0, -0.6}};
    private static final int HOOP_BACK = -1;
    private static final int HOOP_FRONT = -2;
    private static final int BALL = -3;

    private final BroadcastView view;
    private final HoopPainter hoop;
    private final BallPainter ballPainter;
    private final byte[] background;
    private final int backgroundWidth;
    private final BufferedImage canvas;
    private final byte[] pixels;
    private final Graphics2D g;
    private final double frameSeconds;

    CourtComposer(BroadcastView view, BufferedImage background, HoopPainter hoop, BallPainter ballPainter, int fps) {
        this.view = view;
        this.frameSeconds = 1.0 / fps;
        this.hoop = hoop;
        this.ballPainter = ballPainter;
        this.background = ((DataBufferByte) background.getRaster().getDataBuffer()).getData();
        this.backgroundWidth = background.getWidth();
        this.canvas = new BufferedImage(view.width(), view.height(), BufferedImage.TYPE_3BYTE_BGR);
        this.pixels = ((DataBufferByte) canvas.getRaster().getDataBuffer()).getData();
        this.g = canvas.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    }

    byte[] pixels() {
        return pixels;
    }

    BufferedImage canvas() {
        return canvas;
    }

    FrameTruth compose(Body[] people, Vec3 ball, double spin) {
        copyWindow();
        PersonFigure[] figures = new PersonFigure[people.length];
        double[] depth = new double[people.length + 3];
        for (int i = 0; i < people.length; i++) {
            figures[i] = new PersonFigure(people[i], view, frameSeconds);
            depth[i] = figures[i].depth();
        }
        double ballDepth = view.depth(ball);
        depth[people.length] = hoop.backDepth();
        depth[people.length + 1] = hoop.frontDepth();
        depth[people.length + 2] = ballDepth;
        Integer[] sorted = new Integer[depth.length];
        for (int i = 0; i < sorted.length; i++) {
            sorted[i] = i;
        }
        // Far to near; ties keep track order, so the same play always paints the same way.
        Arrays.sort(sorted, (a, b) -> Double.compare(depth[b], depth[a]));
        ballPainter.paintShadow(g, ball);
        for (int k = 0; k < sorted.length; k++) {
            int i = sorted[k];
            int kind = i < people.length ? i : i == people.length ? HOOP_BACK : i == people.length + 1 ? HOOP_FRONT : BALL;
            switch (kind) {
                case HOOP_BACK -> hoop.paintBack(g);
                case HOOP_FRONT -> hoop.paintFront(g);
                case BALL -> ballPainter.paint(g, ball, spin);
                default -> figures[i].paint(g);
            }
        }
        float[][] boxes = new float[people.length][];
        for (int i = 0; i < people.length; i++) {
            boxes[i] = clip(figures[i].bounds());
        }
        Point2D.Double b = view.project(ball);
        boolean seen = b != null && b.x >= 0 && b.y >= 0 && b.x < view.width() && b.y < view.height()
                && !hidden(b, ballPainter.radiusPixels(ball), ballDepth, figures);
        return new FrameTruth(boxes, seen ? (float) b.x : Float.NaN, seen ? (float) b.y : Float.NaN);
    }

    private void copyWindow() {
        int w = view.width();
        int row = w * 3;
        for (int y = 0; y < view.height(); y++) {
            int src = ((view.offsetY() + y) * backgroundWidth + view.offsetX()) * 3;
            System.arraycopy(background, src, pixels, y * row, row);
        }
    }

    /**
     * Hidden when a nearer person covers the ball's centre or most of its disc (three of five points across it):
     * the truth's position is the centre, so a ball whose centre is behind an arm is not given as seen there.
     */
    private static boolean hidden(Point2D.Double c, double r, double ballDepth, PersonFigure[] figures) {
        int covered = 0;
        for (int k = 0; k < BALL_SAMPLES.length; k++) {
            double x = c.x + BALL_SAMPLES[k][0] * r;
            double y = c.y + BALL_SAMPLES[k][1] * r;
            for (PersonFigure f : figures) {
                if (f.depth() < ballDepth && f.covers(x, y)) {
                    if (k == 0) {
                        return true;
                    }
                    covered++;
                    break;
                }
            }
        }
        return covered >= 3;
    }

    private float[] clip(double[] b) {
        double x0 = Math.max(0, b[0]);
        double y0 = Math.max(0, b[1]);
        double x1 = Math.min(view.width(), b[2]);
        double y1 = Math.min(view.height(), b[3]);
        if (x1 - x0 < 1 || y1 - y0 < 1) {
            return null;
        }
        return new float[] {(float) x0, (float) y0, (float) (x1 - x0), (float) (y1 - y0)};
    }

    void dispose() {
        g.dispose();
    }
}
