package com.courtside.app.cli;

import com.courtside.app.eval.Comparison;
import com.courtside.app.eval.ComparisonCsv;
import com.courtside.app.eval.ComparisonReport;
import com.courtside.app.eval.SourceLabels;
import com.courtside.inference.analysis.AnalysisCache;
import com.courtside.inference.analysis.AnalysisResult;
import com.courtside.inference.analysis.BallAnalyzer;
import com.courtside.inference.analysis.GameStateAnalyzer;
import com.courtside.inference.analysis.ModelRunException;
import com.courtside.inference.onnx.Device;
import com.courtside.inference.video.CacheDirectory;
import com.courtside.inference.video.OpenedVideo;
import com.courtside.inference.video.VideoOpenException;
import com.courtside.inference.video.VideoProbe;
import com.courtside.labeling.store.ProjectFiles;
import com.courtside.timeline.LabelSet;
import com.courtside.timeline.Rally;
import com.courtside.timeline.VideoFacts;
import com.courtside.timeline.camera.Aspect;
import com.courtside.timeline.eval.RallyMetrics;
import com.courtside.timeline.io.TruthJson;
import com.courtside.timeline.rally.GameStateSeries;
import com.courtside.timeline.rally.RallyFinder;
import com.courtside.timeline.rally.RallyPostProcessor;
import com.courtside.timeline.rally.RallySettings;
import com.courtside.timeline.rally.TrajectoryRallies;
import com.courtside.timeline.task.ProgressListener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code courtside evaluate VIDEO}: analyses a video and measures the ball, events and rallies against its truth;
 * with {@code --labels SOURCE --against SOURCE}, compares two label sources without analysing.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Analyse a video and compare the result with its ground truth: ball detection rate, RMSE, "
                + "false positives; per event kind the share found (PCE) and precision; rallies (from the ball "
                + "trajectory) matched at IoU >= 0.5: precision, recall, F1, mean start and end error.",
                "The truth defaults to NAME.truth.json beside the video (as render-demo writes it).",
                "With --labels SOURCE --against SOURCE, compares two label sources instead, without analysing. A "
                        + "SOURCE is 'model' (the newest complete analysis in the video's project), 'human' (the "
                        + "human labels alone), 'effective' (human over model), or a label file: a Courtside truth "
                        + "file or any file 'courtside import' reads (an OpenTTGames folder too).",
                "--csv OUT writes one row per rally to OUT and the summary as metric,value rows to OUT-summary.csv."})
public final class EvaluateCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "VIDEO", description = "the video")
    Path video;

    @Parameters(index = "1..*", paramLabel = "MORE", arity = "0..*", description = "with --shooter: more basketball clips")
    List<Path> more = new java.util.ArrayList<>();

    @Option(names = "--shooter", description = {"score the shots of basketball clips (VIDEO and MORE, each with "
            + "NAME.basketball.json beside it) with the shooter model and with the baseline, against the truth: "
            + "top-1 accuracy of each; the truth's boxes and slots stand in for a person detector"})
    boolean shooter;

    @Option(names = "--shooter-model", paramLabel = "NAME|PATH|none",
            description = "the shooter model with --shooter (default: the bundled one; 'none': the baseline alone)")
    String shooterModel;

    @Option(names = "--truth", paramLabel = "FILE", description = "the ground truth (Courtside truth JSON)")
    Path truth;

    @Option(names = "--labels", paramLabel = "SOURCE", description = "compare this source (no analysis) ...")
    String labels;

    @Option(names = "--against", paramLabel = "SOURCE",
            description = "... with this one, taken as the truth (default: the ground truth file)")
    String against;

    @Option(names = "--project", paramLabel = "FILE",
            description = "the project of the video (default: NAME.courtside beside it)")
    Path project;

    @Option(names = "--radius", paramLabel = "PX", defaultValue = "10",
            description = "a detection within this many pixels of the truth counts as a hit (default: ${DEFAULT-VALUE})")
    double radius;

    @Option(names = "--min-iou", paramLabel = "IOU", defaultValue = "0.5",
            description = "a rally matches a true one at this intersection over union or more (default: ${DEFAULT-VALUE})")
    double minIou;

    @Option(names = "--csv", paramLabel = "OUT", description = "write the rallies to OUT and the summary to OUT-summary.csv")
    Path csv;

    @Option(names = "--no-cache", description = "analyse again even if a result is kept for this video")
    boolean noCache;

    @Option(names = "--camera", description = "also measure the virtual camera (ball inside the crop, jerk, lag, "
            + "zoom) beside the centring camera and the fixed wide shot, driven by the analysed and the true ball")
    boolean camera;

    @Option(names = "--aspect", paramLabel = "W:H", defaultValue = "16:9",
            converter = CameraEvaluation.AspectConverter.class, description = "the camera's crop with --camera: 16:9, 9:16 or 1:1 (default: ${DEFAULT-VALUE})")
    Aspect aspect;

    @Mixin
    ModelOptions modelOptions;

    @Mixin
    RallyOptions rallyOptions;

    @Mixin
    GameStateOptions gameStateOptions;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "0", description = "decoder threads (0: as FFmpeg chooses)")
    int threads;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (shooter) {
            List<Path> clips = new java.util.ArrayList<>(List.of(video));
            clips.addAll(more);
            ShooterEvaluation.run(clips, shooterModel, modelOptions.device,
                    modelOptions.modelThreads, spec.commandLine().getOut(), spec.commandLine().getErr());
            return ExitCodes.OK;
        }
        if (!more.isEmpty()) {
            throw new CommandFailure(ExitCodes.CONFIGURATION, "evaluate takes one video (several only with "
                    + "--shooter); got " + (1 + more.size()) + ".");
        }
        if (!(minIou > 0 && minIou <= 1)) {
            throw new CommandFailure(ExitCodes.CONFIGURATION, "--min-iou must lie above 0 and at most 1, got " + minIou + ".");
        }
        if (labels == null && against != null) {
            throw new CommandFailure(ExitCodes.CONFIGURATION, "--against needs --labels: give the source to compare.");
        }
        Comparison comparison = labels != null ? compareSources() : analyseAndCompare();
        if (csv != null) {
            writeCsv(comparison);
        }
        return ExitCodes.OK;
    }

    private Comparison compareSources() {
        CacheDirectory cache = CacheDirectory.defaultLocation();
        VideoFacts facts = probe(cache).facts();
        Path projectFile = project != null ? project
                : ProjectFiles.forVideo(video, facts.signature(), cache.root().resolve("projects"));
        String truthSource = against != null ? against : truthFile().toString();
        if (against == null && !Files.isRegularFile(truthFile())) {
            throw new CommandFailure(ExitCodes.CONFIGURATION, "There is no ground truth " + truthFile().getFileName()
                    + " beside the video: give the source to compare with, --against SOURCE.");
        }
        PrintWriter out = spec.commandLine().getOut();
        try (LabelSources sources = new LabelSources(facts, projectFile, spec.commandLine().getErr())) {
            SourceLabels found = sources.read(labels);
            SourceLabels expected = sources.read(truthSource);
            Comparison c = Comparison.of(found, expected, facts.fpsValue(), radius, minIou);
            out.printf(Locale.ROOT, "%s: %s against %s (%d frames, %d with the ball labelled by both)%n",
                    video.getFileName(), found.name(), expected.name(), facts.frameCount(), c.comparedFrames());
            ComparisonReport.print(c, out);
            return c;
        }
    }

    private Comparison analyseAndCompare() {
        Path truthFile = truthFile();
        LabelSet truthLabels;
        try {
            truthLabels = TruthJson.readLabels(truthFile);
        } catch (IOException e) {
            throw new CommandFailure(ExitCodes.INPUT, "Cannot read the ground truth " + truthFile + ": " + e.getMessage()
                    + (truth == null ? " (give one with --truth FILE)" : ""), e);
        }
        RallySettings settings = rallyOptions.settings();
        CacheDirectory cache = CacheDirectory.defaultLocation();
        AnalysisResult result;
        try (BallAnalyzer analyzer = modelOptions.open(cache)) {
            OpenedVideo opened = probe(cache);
            result = noCache ? analyzer.run(opened, threads, ProgressListener.NONE)
                    : analyzer.runCached(opened, new AnalysisCache(cache), threads, ProgressListener.NONE);
        } catch (VideoOpenException e) {
            throw new CommandFailure(ExitCodes.INPUT, e.getMessage(), e);
        } catch (ModelRunException e) {
            throw new CommandFailure(ExitCodes.RUNTIME, e.getMessage(), e);
        }
        VideoFacts facts = result.facts();
        List<Rally> rallies = TrajectoryRallies.rallies(result.track().ballTrack(), facts.fpsValue(), facts.width(),
                facts.height(), settings);
        GameStateSeries series = gameState(cache);
        SourceLabels found = SourceLabels.complete("analysis", result.track().ballTrack(), result.events(), rallies);
        SourceLabels expected = SourceLabels.ofTruth(truthFile.getFileName().toString(), truthLabels,
                facts.frameCount());
        Comparison c = Comparison.of(found, expected, facts.fpsValue(), radius, minIou);
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "%s against %s (%d frames)%n", video.getFileName(), truthFile.getFileName(),
                facts.frameCount());
        out.printf(Locale.ROOT, "  method           %s, %.0f frames/s%n", result.method(), result.framesPerSecond());
        if (result.stages().isKnown()) {
            out.printf(Locale.ROOT, "  stages           %s%n", result.stages().perFrame(facts.frameCount()));
        }
        out.printf(Locale.ROOT, "  rally detector   ball trajectory, %s%n", rallyOptions.describe());
        ComparisonReport.print(c, out);
        if (camera) {
            CameraEvaluation.print(out, aspect, result.track().ballTrack(), result.events(), truthLabels,
                    facts.fpsValue(), facts.width(), facts.height());
        }
        if (series != null) {
            List<Rally> truthRallies = truthLabels.rallies();
            printRallies(out, "game-state model alone", RallyPostProcessor.rallies(series, settings), truthRallies,
                    facts.fpsValue());
            printRallies(out, "game-state + ball track", RallyFinder.find(result.track().ballTrack(), facts.fpsValue(),
                    facts.width(), facts.height(), series, settings).rallies(), truthRallies, facts.fpsValue());
        }
        return c;
    }

    /** The game-state model's windows over the video, or null when no game-state model is chosen. */
    private GameStateSeries gameState(CacheDirectory cache) {
        Device device;
        try {
            device = Device.parse(modelOptions.device);
        } catch (IllegalArgumentException e) {
            throw new CommandFailure(ExitCodes.CONFIGURATION, e.getMessage() + ".", e);
        }
        try (GameStateAnalyzer analyzer = gameStateOptions.open(cache, device, modelOptions.modelThreads)) {
            if (analyzer == null) {
                return null;
            }
            return analyzer.run(probe(cache), threads, ProgressListener.NONE);
        } catch (VideoOpenException e) {
            throw new CommandFailure(ExitCodes.INPUT, e.getMessage(), e);
        } catch (ModelRunException e) {
            throw new CommandFailure(ExitCodes.RUNTIME, e.getMessage(), e);
        }
    }

    private void printRallies(PrintWriter out, String how, List<Rally> found, List<Rally> truth, double fps) {
        RallyMetrics m = RallyMetrics.compare(truth, found, minIou);
        out.printf(Locale.ROOT, "  rallies, %s: precision %.1f %%, recall %.1f %%, F1 %.3f (%d of %d found, %d "
                        + "reported); mean start / end error %.1f / %.1f frames (%.2f / %.2f s)%n", how,
                100 * m.precision(), 100 * m.recall(), m.f1(), m.matched(), m.truthCount(), m.predictedCount(),
                m.meanStartError(), m.meanEndError(), m.meanStartError() / fps, m.meanEndError() / fps);
    }

    private OpenedVideo probe(CacheDirectory cache) {
        try {
            return new VideoProbe(cache, threads).open(video, ProgressListener.NONE);
        } catch (VideoOpenException e) {
            throw new CommandFailure(ExitCodes.INPUT, e.getMessage(), e);
        }
    }

    private void writeCsv(Comparison c) {
        try {
            Path summary = ComparisonCsv.write(c, csv);
            spec.commandLine().getOut().println("  rallies written to " + csv + ", the summary to " + summary);
        } catch (IOException e) {
            throw new CommandFailure(ExitCodes.OUTPUT, "Cannot write " + csv + ": " + e.getMessage()
                    + ". Check that the folder exists and is writable, and that the disk has space.", e);
        }
    }

    private Path truthFile() {
        if (truth != null) {
            return truth;
        }
        String name = video.getFileName().toString();
        int dot = name.lastIndexOf('.');
        Path candidate = video.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".truth.json");
        return Files.exists(candidate) ? candidate : video.resolveSibling(name + ".truth.json");
    }
}
