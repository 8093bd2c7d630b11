package com.courtside.app.cli;

import com.courtside.inference.synth.RenderOptions;
import com.courtside.inference.synth.basketball.BasketballOptions;
import com.courtside.inference.synth.basketball.BasketballRenderer;
import com.courtside.inference.synth.basketball.BasketballResult;
import com.courtside.timeline.io.BasketballTruth;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * The basketball half of {@code render-demo}: one match, or a set of one-shot scenes, from the options both
 * sports share (size, rate, seed, difficulty as grain and brightness drift, GOP, bitrate).
 */
final class BasketballDemo {

    static final double SCENE_SECONDS = 5;
    static final int MAX_SCENES = 100_000;

    private final PrintWriter out;
    private final PrintWriter err;

    BasketballDemo(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    int run(RenderOptions common, Integer scenes, Path video, boolean durationGiven) throws InterruptedException {
        if (scenes != null && (scenes < 1 || scenes > MAX_SCENES)) {
            throw RenderDemoCommand.configuration("--scenes must be 1.." + MAX_SCENES + ", not " + scenes);
        }
        BasketballOptions.Mode mode = scenes == null ? BasketballOptions.Mode.MATCH : BasketballOptions.Mode.SCENE;
        if (mode == BasketballOptions.Mode.SCENE && common.durationSeconds() < BasketballOptions.MIN_SCENE_SECONDS) {
            throw RenderDemoCommand.configuration("--duration of a scene must be at least "
                    + BasketballOptions.MIN_SCENE_SECONDS + " seconds (run-up, gather, release and flight), not "
                    + common.durationSeconds() + (durationGiven ? "" : " (the default)"));
        }
        BasketballOptions options = new BasketballOptions(common.width(), common.height(), common.fps(),
                common.durationSeconds(), common.seed(), mode, common.difficulty().grainSigma(),
                common.difficulty().brightnessDrift(), common.gopFrames(), common.bitrateKbps());
        long started = System.nanoTime();
        List<BasketballResult> results;
        try {
            BasketballRenderer renderer = new BasketballRenderer();
            RenderDemoCommand.LineProgress progress = new RenderDemoCommand.LineProgress(err);
            results = scenes == null
                    ? List.of(renderer.render(options, video, progress))
                    : renderer.renderScenes(options, scenes, video, progress);
        } catch (IOException e) {
            throw new CommandFailure(ExitCodes.OUTPUT, "could not write the basketball demo: " + e.getMessage()
                    + "; check that the folder is writable and has free space", e);
        } finally {
            err.println();
            err.flush();
        }
        printSummary(options, results, (System.nanoTime() - started) / 1e9);
        return ExitCodes.OK;
    }

    private void printSummary(BasketballOptions options, List<BasketballResult> results, double seconds) {
        long frames = 0;
        int shots = 0;
        int made = 0;
        long boxes = 0;
        for (BasketballResult r : results) {
            BasketballTruth t = r.truth();
            frames += t.frameCount();
            shots += t.shots().size();
            made += (int) t.shots().stream().filter(BasketballTruth.ShotTruth::made).count();
            boxes += t.people().size();
        }
        String what = results.size() == 1 && options.mode() == BasketballOptions.Mode.MATCH
                ? "a basketball match" : results.size() + " basketball scene" + (results.size() == 1 ? "" : "s");
        out.printf("Rendered %s: %d frames (%dx%d, %d fps, seed %d) in %.1f s, %.1f frames/s, codec %s%n", what,
                frames, options.width(), options.height(), options.fps(), options.seed(), seconds,
                frames / Math.max(seconds, 1e-9), results.get(0).videoCodec());
        out.printf("Shots: %d (%d made); person boxes: %d%n", shots, made, boxes);
        out.println("Wrote:");
        BasketballResult first = results.get(0);
        out.printf("  %s and %s%n", first.video(), first.truthFile().getFileName());
        if (results.size() > 2) {
            out.printf("  ... %d more ...%n", results.size() - 2);
        }
        if (results.size() > 1) {
            BasketballResult last = results.get(results.size() - 1);
            out.printf("  %s and %s%n", last.video(), last.truthFile().getFileName());
        }
        out.flush();
    }
}
