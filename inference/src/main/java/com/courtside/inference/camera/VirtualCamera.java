package com.courtside.inference.camera;

import com.courtside.timeline.camera.CameraSettings;

/**
 * The follow-cam, one frame at a time. The target is the ball plus its predicted travel over the look-ahead. A
 * box (the dead zone) around the aim point is dragged along only by a target that leaves it, so a ball moving
 * about the middle of the crop moves nothing; the box is kept where a crop can be, then smoothed by a One-Euro
 * filter, and a PID per axis moves the crop centre after it, by no more than the output limit. Every corner of the
 * aim (the box's edge, the frame's edge, a reappearing ball) goes through the filter, which is what keeps the crop
 * from jerking. The crop widens until the ball has its padding and eases between zooms by mode: still ball
 * (tighter, slow filter, low limits), chaos after a jump (wider), ball missing (held for a moment, then the wide
 * shot, drifting to the middle of the frame). The crop never leaves the frame. Deterministic: the same inputs from the same {@link CameraState} give the same doubles.
 */
public final class VirtualCamera {

    private static final double SETTLED_PX = 0.01;
    private static final double SETTLED_AIM_PX = 0.5;

    private final CameraTuning t;
    private final CameraSettings s;
    private final double velocityAlpha;
    private final OneEuroFilter filterX = new OneEuroFilter();
    private final OneEuroFilter filterY = new OneEuroFilter();
    private final AxisPid pidX;
    private final AxisPid pidY;
    private int frame;
    private double centreX;
    private double centreY;
    private double width;
    private double aimX;
    private double aimY;
    private boolean hadBall;
    private double lastBallX;
    private double lastBallY;
    private double velocityX;
    private double velocityY;
    private double anchorX = Double.NaN;
    private double anchorY = Double.NaN;
    private int stillFrames;
    private int chaosLeft;
    private int missing;

    public VirtualCamera(CameraSettings settings, double fps, int frameWidth, int frameHeight) {
        this.t = CameraTuning.of(settings, fps, frameWidth, frameHeight);
        this.s = settings;
        this.velocityAlpha = OneEuroFilter.alpha(s.derivativeCutoffHz(), fps);
        this.pidX = new AxisPid(s.kp(), s.ki(), s.kd(), s.integralLimitPx() * t.scale());
        this.pidY = new AxisPid(s.kp(), s.ki(), s.kd(), s.integralLimitPx() * t.scale());
        // It starts on the wide shot, as if the ball had long been missing, with the filters resting there.
        centreX = frameWidth / 2.0;
        centreY = frameHeight / 2.0;
        width = t.widthAt(s.missingZoom());
        aimX = centreX;
        aimY = centreY;
        missing = t.holdFrames() + 1;
        filterX.restore(new OneEuroFilter.State(centreX, 0, centreX, true));
        filterY.restore(new OneEuroFilter.State(centreY, 0, centreY, true));
    }

    /** Advances one frame: {@code present} says whether the ball is known in it, at ({@code x}, {@code y}). */
    public void step(boolean present, double x, double y) {
        boolean stable = false;
        if (present) {
            boolean jumped = hadBall && Math.hypot(x - lastBallX, y - lastBallY) > t.chaosJump();
            if (jumped) {
                chaosLeft = t.chaosFrames();
            }
            if (hadBall && !jumped) {
                velocityX += velocityAlpha * (x - lastBallX - velocityX);
                velocityY += velocityAlpha * (y - lastBallY - velocityY);
            } else {
                // A ball that reappears elsewhere has not travelled there: its speed is unknown, not huge.
                velocityX = 0;
                velocityY = 0;
            }
            stable = still(x, y);
            hadBall = true;
            lastBallX = x;
            lastBallY = y;
            missing = 0;
        } else {
            hadBall = false;
            stillFrames = 0;
            anchorX = Double.NaN;
            missing = Math.min(missing + 1, Integer.MAX_VALUE - 1);
        }
        zoom(present, x, y, stable);
        if (present) {
            drag(x + velocityX * t.lookaheadFrames(), y + velocityY * t.lookaheadFrames());
        } else if (missing > t.holdFrames()) {
            // The wide shot is centred: a ball that comes back may come back anywhere, and the middle is nearest.
            aimX += (t.frameWidth() / 2.0 - aimX) * t.zoomInAlpha();
            aimY += (t.frameHeight() / 2.0 - aimY) * t.zoomInAlpha();
        }
        move(stable);
        chaosLeft = Math.max(0, chaosLeft - 1);
        frame++;
    }

    /** Counts the frames the ball has stayed within the still distance of where it settled. */
    private boolean still(double x, double y) {
        if (Double.isNaN(anchorX) || Math.hypot(x - anchorX, y - anchorY) > t.stillPx()) {
            anchorX = x;
            anchorY = y;
            stillFrames = 1;
        } else {
            stillFrames++;
        }
        return stillFrames >= t.stillFrames();
    }

    /** Eases the width towards the mode's zoom, or wider where the ball needs its padding. */
    private void zoom(boolean present, double x, double y, boolean stable) {
        double zoom = missing > t.holdFrames() ? s.missingZoom() : chaosLeft > 0 ? s.chaosZoom()
                : stable ? s.stableZoom() : s.normalZoom();
        double wanted = t.widthAt(zoom);
        double needed = 0;
        if (present) {
            double halfX = Math.abs(x - centreX) + t.padding();
            double halfY = Math.abs(y - centreY) + t.padding();
            needed = 2 * Math.max(halfX, halfY * t.ratio());
        }
        double goal = Math.max(t.widthAt(s.maxZoom()), Math.min(t.widthAt(s.minZoom()), Math.max(wanted, needed)));
        boolean urgent = needed > wanted && goal > width;
        width += (goal - width) * (urgent ? t.zoomOutAlpha() : t.zoomInAlpha());
        if (Math.abs(goal - width) < SETTLED_PX) {
            // An exponential approach never arrives; a hundredth of a pixel from the goal, it has.
            width = goal;
        }
    }

    /** The aim moves only as far as it must to keep the target inside the dead zone around it. */
    private void drag(double targetX, double targetY) {
        double zoneX = s.deadZone() * width() / 2;
        double zoneY = s.deadZone() * height() / 2;
        aimX = Math.max(targetX - zoneX, Math.min(targetX + zoneX, aimX));
        aimY = Math.max(targetY - zoneY, Math.min(targetY + zoneY, aimY));
    }

    private void move(boolean stable) {
        double w = width();
        double h = height();
        double cutoff = stable ? s.stableCutoffHz() : s.minCutoffHz();
        // Speeds are reckoned as the settings state them: reference pixels per reference frame.
        double perReferenceFrame = t.fps() / CameraTuning.REFERENCE_FPS / t.scale();
        double speed = Math.hypot(velocityX, velocityY) * perReferenceFrame;
        double beta = OneEuroFilter.adaptiveBeta(s.beta(), speed, s.slowSpeedPx(), s.fastSpeedPx())
                / CameraTuning.REFERENCE_FPS / t.scale();
        double goalX = smooth(filterX, CameraTuning.inside(aimX, w, t.frameWidth()), cutoff, beta);
        double goalY = smooth(filterY, CameraTuning.inside(aimY, h, t.frameHeight()), cutoff, beta);
        double limit = stable ? t.stableStep() : t.maxStep();
        double dx = pidX.step(goalX - centreX, limit);
        double dy = pidY.step(goalY - centreY, limit);
        double nextX = CameraTuning.inside(centreX + dx, w, t.frameWidth());
        double nextY = CameraTuning.inside(centreY + dy, h, t.frameHeight());
        if (nextX != centreX + dx) {
            pidX.stopped();
        }
        if (nextY != centreY + dy) {
            pidY.stopped();
        }
        centreX = nextX;
        centreY = nextY;
    }

    /**
     * The filtered aim. Half a pixel from a resting aim the filter is set onto it: its exponential approach would
     * otherwise keep the camera creeping for half a minute at the still ball's cut-off.
     */
    private double smooth(OneEuroFilter filter, double aim, double cutoff, double beta) {
        boolean resting = filter.lastInput() == aim;
        double value = filter.filter(aim, t.fps(), cutoff, beta, s.derivativeCutoffHz());
        if (resting && value != aim && Math.abs(aim - value) < SETTLED_AIM_PX * t.scale()) {
            filter.settle(aim);
            return aim;
        }
        return value;
    }

    public double centreX() {
        return centreX;
    }

    public double centreY() {
        return centreY;
    }

    public double width() {
        return Math.min(width, t.frameWidth());
    }

    public double height() {
        return Math.min(width / t.ratio(), t.frameHeight());
    }

    /** The next frame {@link #step} will compute. */
    public int frame() {
        return frame;
    }

    public CameraState state() {
        return new CameraState(frame, centreX, centreY, width, aimX, aimY, filterX.state(), filterY.state(),
                pidX.state(), pidY.state(), hadBall, lastBallX, lastBallY, velocityX, velocityY, anchorX, anchorY,
                stillFrames, chaosLeft, missing);
    }

    public void restore(CameraState st) {
        frame = st.frame();
        centreX = st.centreX();
        centreY = st.centreY();
        width = st.width();
        aimX = st.aimX();
        aimY = st.aimY();
        filterX.restore(st.filterX());
        filterY.restore(st.filterY());
        pidX.restore(st.pidX());
        pidY.restore(st.pidY());
        hadBall = st.hadBall();
        lastBallX = st.lastBallX();
        lastBallY = st.lastBallY();
        velocityX = st.velocityX();
        velocityY = st.velocityY();
        anchorX = st.anchorX();
        anchorY = st.anchorY();
        stillFrames = st.stillFrames();
        chaosLeft = st.chaosLeft();
        missing = st.missing();
    }
}
