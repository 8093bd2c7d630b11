package com.courtside.inference.synth.basketball;

import com.courtside.inference.synth.BrightnessDrift;
import com.courtside.inference.synth.YuvConverter;
import com.courtside.timeline.io.BasketballTruth;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Everything one basketball render needs, built from the options in a fixed order of random splits so a seed
 * names one clip. Draws frames in order, records the truth, and turns frames into encoder input; knows nothing
 * of files.
 */
final class BasketballSession {

    private final BasketballOptions options;
    private final BroadcastView view;
    private final CameraMotion cameraMotion;
    private final CourtSimulation simulation;
    private final CourtComposer composer;
    private final TruthCollector truth;
    private final YuvConverter yuv;
    private final BrightnessDrift drift;
    private final SplittableRandom frameRandom;
    private int releasesSeen;

    BasketballSession(BasketballOptions options) {
        this.options = options;
        SplittableRandom root = new SplittableRandom(options.seed());
        this.view = BroadcastView.of(options.width(), options.height(), root.split());
        BufferedImage background = paintBackground(view, root.split());
        this.composer = new CourtComposer(view, background, new HoopPainter(view), new BallPainter(view),
                options.fps());
        this.cameraMotion = new CameraMotion(view, options.fps(), root.split());
        this.simulation = new CourtSimulation(options, root.split());
        this.truth = new TruthCollector(options);
        this.frameRandom = root.split();
        this.yuv = new YuvConverter(options.width(), options.height(), options.grainSigma(), root.split());
        this.drift = new BrightnessDrift(options.brightnessDrift(), root.split());
    }

    private static BufferedImage paintBackground(BroadcastView view, SplittableRandom rnd) {
        var camera = view.canvasCamera();
        BufferedImage img = new BufferedImage(camera.width(), camera.height(), BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(22, 22, 28));
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        Projector canvas = camera::project;
        new CourtPainter(canvas, rnd.split()).paint(g);
        new StandsPainter(canvas, camera.eye(), rnd.split()).paint(g);
        g.dispose();
        return img;
    }

    /** Draws frame {@code f} (frames must come in order), records its truth and returns it. */
    CourtComposer.FrameTruth drawFrame(int f) {
        simulation.advanceTo(f);
        cameraMotion.update(simulation.ball());
        CourtComposer.FrameTruth frame = composer.compose(simulation.people(), simulation.ball(), simulation.ballSpin());
        truth.frame(f, simulation.people(), frame);
        var releases = simulation.releases();
        for (; releasesSeen < releases.size(); releasesSeen++) {
            BallDirector.Release r = releases.get(releasesSeen);
            int rf = simulation.frameOf(r.time());
            // A release during the run-up before frame 0 is not part of the clip.
            if (rf == f) {
                truth.shot(f, r, view);
            }
        }
        return frame;
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

    /** Everyone on and beside the court, in track order. */
    Body[] people() {
        return simulation.people();
    }

    BasketballTruth truth(Map<String, Object> described) {
        return truth.truth(described);
    }

    int shotCount() {
        return truth.shotCount();
    }

    void dispose() {
        composer.dispose();
    }
}
