package com.courtside.inference.synth;

import com.courtside.timeline.BallTrack.Visibility;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

import static com.courtside.inference.synth.TableGeometry.HEIGHT;

/**
 * Draws one frame: the pre-painted background, the crowd, the players, the table and net over the far
 * player's legs, and the ball in its place in depth. It reports what the truth must say about the ball, using
 * the same shapes that were drawn, so label and pixels cannot disagree.
 */
final class FrameComposer {

    /** The ball as the truth records it for one frame. */
    record BallSample(Visibility visibility, double x, double y) {
        static final BallSample NONE = new BallSample(Visibility.NONE, Double.NaN, Double.NaN);
    }

    /** The moving parts of the scene. */
    record Cast(MatchScript script, PlayerMotion near, PlayerMotion far, PlayerFigure.Look nearLook,
                PlayerFigure.Look farLook, CrowdPainter crowd, BallPainter ball) {
    }

    private static final int BLUR_SAMPLES = 5;
    /** A ball with less than this share of it in sight is occluded in the truth. */
    private static final double VISIBLE_SHARE = 0.5;
    /** The centre and eight points on a ring at 0.7 of the radius: nine samples of a disc, in radii. */
    private static final double[][] DISC_POINTS = discPoints();

    private final Camera camera;
    private final SimClock clock;
    private final ScenePainter scene;
    private final Cast cast;
    private final double exposureTicks;
    private final byte[] background;
    private final BufferedImage canvas;
    private final byte[] pixels;
    private final Graphics2D g;

    FrameComposer(Camera camera, SimClock clock, ScenePainter scene, Cast cast, double exposure) {
        this.camera = camera;
        this.clock = clock;
        this.scene = scene;
        this.cast = cast;
        this.exposureTicks = exposure * clock.ticksPerFrame();
        BufferedImage bg = scene.paintBackground();
        this.background = ((DataBufferByte) bg.getRaster().getDataBuffer()).getData();
        this.canvas = new BufferedImage(camera.width(), camera.height(), BufferedImage.TYPE_3BYTE_BGR);
        this.pixels = ((DataBufferByte) canvas.getRaster().getDataBuffer()).getData();
        this.g = canvas.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    }

    /** The BGR bytes of the last composed frame (row-major, no padding). */
    byte[] pixels() {
        return pixels;
    }

    BufferedImage canvas() {
        return canvas;
    }

    BallSample compose(int frame) {
        long tick = clock.tickOfFrame(frame);
        cast.script().advanceTo(tick);
        cast.near().forgetBefore(tick);
        cast.far().forgetBefore(tick);
        System.arraycopy(background, 0, pixels, 0, pixels.length);
        cast.crowd().paint(g, tick * clock.dt());
        PlayerMotion.State ns = cast.near().at(tick);
        PlayerMotion.State fs = cast.far().at(tick);
        PlayerFigure near = new PlayerFigure(new PlayerPose(ns, -1, cast.nearLook().height()), ns, -1, cast.nearLook(), camera);
        PlayerFigure far = new PlayerFigure(new PlayerPose(fs, 1, cast.farLook().height()), fs, 1, cast.farLook(), camera);

        MatchScript.BallMode mode = cast.script().modeAt(tick);
        RallyPlan plan = cast.script().planAt(tick);
        Vec3 ball = null;
        Vec3[] path = null;
        if (mode == MatchScript.BallMode.FLIGHT) {
            ball = plan.trajectory().at(tick);
            path = new Vec3[BLUR_SAMPLES];
            for (int i = 0; i < BLUR_SAMPLES; i++) {
                path[i] = plan.trajectory().at(tick + exposureTicks * ((double) i / (BLUR_SAMPLES - 1) - 0.5));
            }
        } else if (mode == MatchScript.BallMode.IN_HAND) {
            ball = plan.tossFrom();
        }
        boolean drawn = path != null && !hiddenByTable(ball);
        double depth = ball == null ? 0 : camera.depth(ball);
        boolean behindFar = drawn && depth > far.depth();
        boolean beforeNear = drawn && depth > near.depth();

        // Where the ball goes in the painter's order: behind the far player, behind the net, in front of the
        // net, or in front of the near player.
        int slot = !drawn ? -1 : behindFar ? 0 : !beforeNear ? 3 : ball.y() > 0 ? 1 : 2;
        paintBallIf(slot == 0, path);
        far.paint(g);
        // Only where the far player was drawn can the table need restoring; the clip keeps the blend small.
        g.setClip(far.bounds());
        scene.tableOverlay().paint(g);
        g.setClip(null);
        paintBallIf(slot == 1, path);
        scene.netOverlay().paint(g);
        paintBallIf(slot == 2, path);
        near.paint(g);
        paintBallIf(slot == 3, path);
        return sample(ball, path, drawn, behindFar, beforeNear, near, far);
    }

    private void paintBallIf(boolean now, Vec3[] path) {
        if (now) {
            cast.ball().paint(g, path);
        }
    }

    private BallSample sample(Vec3 ball, Vec3[] path, boolean drawn, boolean behindFar,
                              boolean beforeNear, PlayerFigure near, PlayerFigure far) {
        if (ball == null) {
            return BallSample.NONE;
        }
        Point2D.Double q = camera.project(ball);
        if (q == null) {
            return new BallSample(Visibility.OUT_OF_FRAME, Double.NaN, Double.NaN);
        }
        if (q.x < 0 || q.y < 0 || q.x >= camera.width() || q.y >= camera.height()) {
            return new BallSample(Visibility.OUT_OF_FRAME, q.x, q.y);
        }
        boolean hidden = !drawn || visibleShare(path, behindFar ? far : null, beforeNear ? near : null) < VISIBLE_SHARE;
        return new BallSample(hidden ? Visibility.OCCLUDED : Visibility.VISIBLE, q.x, q.y);
    }

    /**
     * The share of the painted ball (its disc swept along the exposure) that no player covers, from points spread
     * over the disc at each instant of the exposure. A ball half behind a hand is still seen by a labeller, and a
     * blurred streak whose middle is behind an arm shows at both ends.
     */
    private double visibleShare(Vec3[] path, PlayerFigure behind, PlayerFigure before) {
        if (behind == null && before == null) {
            return 1;
        }
        double r = cast.ball().diameter(path[path.length / 2]) / 2;
        int seen = 0;
        int total = 0;
        for (Vec3 p : path) {
            Point2D.Double c = camera.project(p);
            if (c == null) {
                continue;
            }
            for (double[] o : DISC_POINTS) {
                double x = c.x + o[0] * r;
                double y = c.y + o[1] * r;
                boolean covered = behind != null && behind.covers(x, y) || before != null && before.covers(x, y);
                seen += covered ? 0 : 1;
                total++;
            }
        }
        return total == 0 ? 0 : seen / (double) total;
    }

    /** True when the table top lies between the camera and a ball below table height. */
    private boolean hiddenByTable(Vec3 ball) {
        if (ball.z() >= HEIGHT) {
            return false;
        }
        Vec3 eye = camera.eye();
        double s = (eye.z() - HEIGHT) / (eye.z() - ball.z());
        Vec3 hit = eye.lerp(ball, s);
        return TableGeometry.onTable(hit.x(), hit.y());
    }

    void dispose() {
        g.dispose();
    }

    private static double[][] discPoints() {
        double[][] points = new double[9][];
        points[0] = new double[] {0, 0};
        for (int i = 0; i < 8; i++) {
            double a = i * Math.PI / 4;
            points[i + 1] = new double[] {0.7 * Math.cos(a), 0.7 * Math.sin(a)};
        }
        return points;
    }
}
