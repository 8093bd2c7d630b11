package com.courtside.inference.synth;

import com.courtside.timeline.LabelSet;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.ByteBuffer;
import java.util.SplittableRandom;

/**
 * Everything one render needs, built from the options in a fixed order of random splits so a seed names one
 * video. Draws frames, records the truth and turns frames into encoder input; knows nothing of files.
 */
final class RenderSession {

    private final RenderOptions options;
    private final Camera camera;
    private final TruthRecorder truth;
    private final FrameComposer composer;
    private final SplittableRandom frameRandom;
    private final YuvConverter yuv;
    private final BrightnessDrift drift;

    RenderSession(RenderOptions options) {
        this.options = options;
        SimClock clock = new SimClock(options.fps());
        SplittableRandom root = new SplittableRandom(options.seed());
        this.camera = Camera.broadcast(options.width(), options.height(), root.split());
        this.truth = new TruthRecorder(clock, options.frameCount());
        this.composer = composer(options, clock, camera, root, truth);
        this.frameRandom = root.split();
        this.yuv = new YuvConverter(options.width(), options.height(), options.difficulty().grainSigma(), root.split());
        this.drift = new BrightnessDrift(options.difficulty().brightnessDrift(), root.split());
    }

    private static FrameComposer composer(RenderOptions options, SimClock clock, Camera camera,
                                          SplittableRandom root, TruthRecorder truth) {
        Difficulty difficulty = options.difficulty();
        PlayerMotion near = new PlayerMotion(-1, clock, root.split());
        PlayerMotion far = new PlayerMotion(1, clock, root.split());
        SplittableRandom looks = root.split();
        boolean whiteFeet = difficulty.distractorLevel() >= 1;
        PlayerFigure.Look nearLook = PlayerFigure.Look.random(looks, whiteFeet, null);
        PlayerFigure.Look farLook = PlayerFigure.Look.random(looks, whiteFeet, nearLook.shirt());
        Color ballColour = looks.nextDouble() < 0.75 ? new Color(250, 250, 245) : new Color(255, 140, 30);
        RallyPlanner planner = new RallyPlanner(clock, camera::sees);
        long lastTick = clock.tickOfFrame(options.frameCount() - 1);
        MatchScript script = new MatchScript(clock, lastTick, planner, root.split(), plan -> {
            truth.addRally(plan);
            near.add(plan);
            far.add(plan);
        });
        ScenePainter scene = new ScenePainter(camera, difficulty.distractorLevel(), root.split());
        CrowdPainter crowd = new CrowdPainter(camera, difficulty.distractorLevel(), root.split());
        BallPainter ball = new BallPainter(camera, ballColour, difficulty.ballScale());
        FrameComposer.Cast cast = new FrameComposer.Cast(script, near, far, nearLook, farLook, crowd, ball);
        return new FrameComposer(camera, clock, scene, cast, difficulty.exposure());
    }

    /** Draws frame {@code f} (frames must come in order) and records the ball's truth for it. */
    FrameComposer.BallSample drawFrame(int f) {
        FrameComposer.BallSample ball = composer.compose(f);
        truth.ball(f, ball.visibility(), ball.x(), ball.y());
        return ball;
    }

    /** The frame last drawn, with grain and brightness drift, as YUV 4:2:0 into {@code out}. */
    void toYuv(int f, ByteBuffer out) {
        yuv.convert(composer.pixels(), out, drift.gainAt(f / (double) options.fps()),
                frameRandom.nextInt(256), frameRandom.nextInt(256));
    }

    /** The BGR pixels of the frame last drawn, before grain and drift. */
    BufferedImage canvas() {
        return composer.canvas();
    }

    Camera camera() {
        return camera;
    }

    LabelSet labels() {
        return truth.labels(options.width(), options.height());
    }

    void dispose() {
        composer.dispose();
    }
}
