package com.courtside.app.cli;

import com.courtside.inference.analysis.AnalysisResult;
import com.courtside.inference.analysis.BallAnalyzer;
import com.courtside.inference.analysis.ModelRunException;
import com.courtside.inference.video.CacheDirectory;
import com.courtside.inference.video.OpenedVideo;
import com.courtside.inference.video.VideoOpenException;
import com.courtside.inference.video.VideoProbe;
import com.courtside.timeline.EventKind;
import com.courtside.timeline.LabelSet;
import com.courtside.timeline.eval.EventMetrics;
import com.courtside.timeline.eval.BallMetrics;
import com.courtside.timeline.io.TruthJson;
import com.courtside.timeline.task.ProgressListener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code courtside evaluate VIDEO [--truth FILE]}: analyses a video and measures the ball track against its truth. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Analyse a video and compare the ball track with its ground truth: detection rate, RMSE, "
                + "false positives.", "The truth defaults to NAME.truth.json beside the video (as render-demo writes it)."})
public final class EvaluateCommand implements Callable<Integer> {

    @Parameters(paramLabel = "VIDEO", description = "the video to analyse")
    Path video;

    @Option(names = "--truth", paramLabel = "FILE", description = "the ground truth (Courtside truth JSON)")
    Path truth;

    @Option(names = "--radius", paramLabel = "PX", defaultValue = "10",
            description = "a detection within this many pixels of the truth counts as a hit (default: ${DEFAULT-VALUE})")
    double radius;

    @picocli.CommandLine.Mixin
    ModelOptions modelOptions;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "0", description = "decoder threads (0: as FFmpeg chooses)")
    int threads;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Path truthFile = truth != null ? truth : sidecar(video);
        LabelSet labels;
        try {
            labels = TruthJson.readLabels(truthFile);
        } catch (IOException e) {
            throw new CommandFailure(ExitCodes.INPUT, "Cannot read the ground truth " + truthFile + ": " + e.getMessage()
                    + (truth == null ? " (give one with --truth FILE)" : ""), e);
        }
        AnalysisResult result;
        CacheDirectory cache = CacheDirectory.defaultLocation();
        try (BallAnalyzer analyzer = modelOptions.open(cache)) {
            OpenedVideo opened = new VideoProbe(cache, threads).open(video, ProgressListener.NONE);
            result = analyzer.run(opened, threads, ProgressListener.NONE);
        } catch (VideoOpenException e) {
            throw new CommandFailure(ExitCodes.INPUT, e.getMessage(), e);
        } catch (ModelRunException e) {
            throw new CommandFailure(ExitCodes.RUNTIME, e.getMessage(), e);
        }
        BallMetrics m = BallMetrics.compare(labels.ball(), result.track().ballTrack(), radius);
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "%s against %s (%d frames)%n", video.getFileName(), truthFile.getFileName(),
                result.facts().frameCount());
        out.printf(Locale.ROOT, "  method           %s, %.0f frames/s%n", result.method(), result.framesPerSecond());
        if (result.stages().isKnown()) {
            out.printf(Locale.ROOT, "  stages           %s%n", result.stages().perFrame(result.facts().frameCount()));
        }
        out.printf(Locale.ROOT, "  ball detection   %5.1f %%  (%d of %d frames with the ball found within %.0f px)%n",
                100 * m.detectionRate(), m.hits(), m.truthVisible(), radius);
        out.printf(Locale.ROOT, "  ball RMSE        %5.2f px over the detected frames%n", m.rmse());
        out.printf(Locale.ROOT, "  misplaced        %5.1f %%  (%d frames with the ball placed farther away)%n",
                100.0 * m.misplaced() / Math.max(1, m.truthVisible()), m.misplaced());
        out.printf(Locale.ROOT, "  false positives  %5.1f %%  (%d of %d frames with no ball in sight; %d more found a hidden "
                        + "ball within %.0f px of its place)%n",
                100 * m.falsePositiveRate(), m.falsePositives(), m.truthAbsent(), m.hiddenFound(), radius);
        int tolerance = EventMetrics.toleranceFor(result.facts().fpsValue());
        EventMetrics bounces = EventMetrics.compare(labels.events(), result.events(), EventKind.BOUNCE, tolerance);
        out.printf(Locale.ROOT, "  bounces          %5.1f %% found (PCE, %d of %d within ±%d frames), precision %.1f %% "
                        + "(%d reported)%n", 100 * bounces.recall(), bounces.matched(), bounces.truth(), tolerance,
                100 * bounces.precision(), bounces.found());
        return ExitCodes.OK;
    }

    private static Path sidecar(Path video) {
        String name = video.getFileName().toString();
        int dot = name.lastIndexOf('.');
        Path candidate = video.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".truth.json");
        return Files.exists(candidate) ? candidate : video.resolveSibling(name + ".truth.json");
    }
}
