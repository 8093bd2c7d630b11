package com.courtside.app.cli;

import com.courtside.inference.onnx.Device;
import com.courtside.inference.onnx.ModelLoadException;
import com.courtside.inference.shooter.ShooterModel;
import com.courtside.inference.shooter.ShooterScores;
import com.courtside.inference.shooter.ShotScorer;
import com.courtside.inference.video.CacheDirectory;
import com.courtside.inference.video.OpenedVideo;
import com.courtside.inference.video.VideoOpenException;
import com.courtside.inference.video.VideoProbe;
import com.courtside.resources.BundledModels;
import com.courtside.timeline.io.BasketballTruth;
import com.courtside.timeline.io.BasketballTruthJson;
import com.courtside.timeline.players.PlayerSlot;
import com.courtside.timeline.players.Shot;
import com.courtside.timeline.task.ProgressListener;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * {@code courtside evaluate --shooter VIDEO…}: on basketball clips with their truth beside them, who took each shot
 * by the shooter model and by the baseline, against the truth: top-1 accuracy of each, over all shots. The players'
 * boxes and slots are the truth's, so the figure is the scorer's alone, not the person detector's.
 */
final class ShooterEvaluation {

    /** Shots and right answers of one scorer. */
    private static final class Tally {
        int shots;
        int right;

        double top1() {
            return shots == 0 ? 0 : (double) right / shots;
        }
    }

    private ShooterEvaluation() {
    }

    /** Prints a line per video and the totals; returns the model's top-1 (the baseline's where no model). */
    static double run(List<Path> videos, String modelChoice, String device, int threads, PrintWriter out,
                      PrintWriter err) {
        CacheDirectory cache = CacheDirectory.defaultLocation();
        Tally model = new Tally();
        Tally baseline = new Tally();
        try (ShooterModel shooter = open(modelChoice, cache, device, threads)) {
            if (shooter != null) {
                err.println("Scoring shots with the " + shooter.method() + " on " + shooter.model().provider()
                        + " and with the baseline");
            }
            for (Path video : videos) {
                BasketballTruth truth = truth(video);
                List<Shot> asked = truth.shotList().stream().map(s -> new Shot(s.releaseFrame(), null, s.originX(),
                        s.originY())).toList();
                try {
                    OpenedVideo opened = new VideoProbe(cache, threads).open(video, ProgressListener.NONE);
                    tally(baseline, truth, new ShotScorer(null).score(opened, truth.people(), asked, threads,
                            ProgressListener.NONE));
                    if (shooter != null) {
                        tally(model, truth, new ShotScorer(shooter).score(opened, truth.people(), asked, threads,
                                ProgressListener.NONE));
                    }
                } catch (VideoOpenException e) {
                    throw new CommandFailure(ExitCodes.INPUT, e.getMessage(), e);
                }
            }
        }
        if (model.shots > 0) {
            out.printf(Locale.ROOT, "shooter top-1 over %d shots of %d clips: model %.1f %% (%d right), baseline "
                            + "%.1f %% (%d right); target >= 90 %% with the model: %s%n", model.shots, videos.size(),
                    100 * model.top1(), model.right, 100 * baseline.top1(), baseline.right,
                    model.top1() >= 0.9 ? "met" : "NOT met");
            return model.top1();
        }
        out.printf(Locale.ROOT, "shooter top-1 over %d shots of %d clips: baseline %.1f %% (%d right); no model%n",
                baseline.shots, videos.size(), 100 * baseline.top1(), baseline.right);
        return baseline.top1();
    }

    private static void tally(Tally tally, BasketballTruth truth, List<ShooterScores> scores) {
        for (int i = 0; i < scores.size(); i++) {
            PlayerSlot shooter = truth.shots().get(i).shot().shooter();
            tally.shots++;
            tally.right += scores.get(i).best() == shooter ? 1 : 0;
        }
    }

    /** The chosen model, the bundled one by default; null for "none" (baseline only) or where none is bundled. */
    private static ShooterModel open(String choice, CacheDirectory cache, String device, int threads) {
        String name = choice != null ? choice
                : BundledModels.isBundled(BundledModels.DEFAULT_SHOOTER) ? BundledModels.DEFAULT_SHOOTER : "none";
        if (name.equalsIgnoreCase("none")) {
            return null;
        }
        Path onnx;
        try {
            onnx = BundledModels.resolve(name, cache.root().resolve("models")).orElseThrow(() ->
                    new CommandFailure(ExitCodes.MODEL_LOAD, "No shooter model '" + name + "': give "
                            + BundledModels.DEFAULT_SHOOTER + ", the path of an .onnx file, or 'none'."));
        } catch (UncheckedIOException e) {
            throw new CommandFailure(ExitCodes.OUTPUT, "Cannot unpack the model " + name + ": " + e.getMessage(), e);
        }
        try {
            return ShooterModel.open(onnx, Device.parse(device), threads);
        } catch (ModelLoadException e) {
            throw new CommandFailure(ExitCodes.MODEL_LOAD, e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new CommandFailure(ExitCodes.CONFIGURATION, e.getMessage() + ".", e);
        }
    }

    private static BasketballTruth truth(Path video) {
        String file = video.getFileName().toString();
        int dot = file.lastIndexOf('.');
        Path truth = video.resolveSibling((dot > 0 ? file.substring(0, dot) : file) + BasketballTruthJson.SUFFIX);
        try {
            return BasketballTruthJson.read(truth);
        } catch (IOException e) {
            throw new CommandFailure(ExitCodes.INPUT, "No basketball truth for " + video + " (" + truth.getFileName()
                    + "): " + e.getMessage(), e);
        }
    }
}
