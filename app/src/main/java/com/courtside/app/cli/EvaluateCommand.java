package com.courtside.app.cli;

import com.courtside.app.cli.batch.Batch;
import com.courtside.app.cli.batch.BatchSummary;
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
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
        description = {"Analyse videos and compare each result with its ground truth: ball detection rate, RMSE, "
                + "false positives; per event kind the share found (PCE) and precision; rallies (from the ball "
                + "trajectory) matched at IoU >= 0.5: precision, recall, F1, mean start and end error.",
                "The truth defaults to NAME.truth.json beside the video (as render-demo writes it). With several "
                        + "videos (or @list.txt) each is measured in turn, then all of them pooled, and a table sums up.",
                "With --labels SOURCE --against SOURCE, compares two label sources instead, without analysing. A "
                        + "SOURCE is 'model' (the newest complete analysis in the video's project), 'human' (the "
                        + "human labels alone), 'effective' (human over model), or a label file: a Courtside truth "
                        + "file or any file 'courtside import' reads (an OpenTTGames folder too).",
                "--csv OUT writes one row per rally to OUT and the summary as metric,value rows to OUT-summary.csv."})
public final class EvaluateCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Parameters(paramLabel = "VIDEO", arity = "1..*", description = {"the videos (or @list.txt), each with its truth "
            + "NAME.truth.json beside it; with several, each is measured, then all of them pooled"})
    List<Path> videos;

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

    @Option(names = "--csv", paramLabel = "OUT", description = "write the rallies to OUT and the summary to "
            + "OUT-summary.csv; with several videos OUT is a folder: NAME.csv and NAME-summary.csv each, all.csv pooled")
    Path csv;

    @Option(names = "--json", description = "print the metrics as JSON (per video, and pooled over several) instead "
            + "of text")
    boolean json;

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
            ShooterEvaluation.run(videos, shooterModel, modelOptions.device,
                    modelOptions.modelThreads, spec.commandLine().getOut(), spec.commandLine().getErr());
            return ExitCodes.OK;
        }
        if (!(minIou > 0 && minIou <= 1)) {
            throw new CommandFailure(ExitCodes.CONFIGURATION, "--min-iou must lie above 0 and at most 1, got " + minIou + ".");
        }
        if (labels == null && against != null) {
            throw new CommandFailure(ExitCodes.CONFIGURATION, "--against needs --labels: give the source to compare.");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter text = json ? new PrintWriter(java.io.Writer.nullWriter()) : out;
        if (videos.size() == 1) {
            Path video = videos.get(0);
            Comparison comparison = evaluateOne(video, text, ProgressListener.NONE);
            if (csv != null) {
                writeCsv(comparison, csv, text);
            }
            if (json) {
                out.println(write(metrics(video.toString(), comparison)));
            }
            return ExitCodes.OK;
        }
        if (truth != null || project != null) {
            throw new CommandFailure(ExitCodes.CONFIGURATION, (truth != null ? "--truth" : "--project")
                    + " names one file, for one video; with " + videos.size() + " videos each has its own beside it "
                    + "(NAME.truth.json, its project): leave it out.");
        }
        return evaluateMany(out, text);
    }

    /** Each video measured in turn (a failing one reported, the rest carried on), then all of them pooled. */
    private int evaluateMany(PrintWriter out, PrintWriter text) {
        createCsvFolder();
        List<Comparison> measured = new java.util.ArrayList<>();
        ArrayNode each = JSON.createArrayNode();
        BatchSummary summary = Batch.run(videos, spec.commandLine().getErr(), (video, progress) -> {
            Comparison c = evaluateOne(video, text, progress);
            text.println();
            if (csv != null) {
                writeCsv(c, csv.resolve(baseName(video) + ".csv"), text);
            }
            measured.add(c);
            each.add(metrics(video.toString(), c));
            return Batch.Outcome.done(oneLine(c));
        });
        Comparison pooled = measured.isEmpty() ? null
                : Comparison.pooled("all " + measured.size() + " videos", measured);
        if (pooled != null) {
            text.printf(Locale.ROOT, "All %d videos pooled%n", measured.size());
            ComparisonReport.print(pooled, text);
            if (csv != null) {
                writeCsv(pooled, csv.resolve("all.csv"), text);
            }
            text.println();
        }
        summary.print(text);
        text.flush();
        if (json) {
            ObjectNode root = summary.toJson();
            root.set("videos", each);
            if (pooled != null) {
                root.set("pooled", metrics("all", pooled));
            }
            out.println(write(root));
        }
        return summary.exitCode();
    }

    private void createCsvFolder() {
        if (csv == null) {
            return;
        }
        try {
            java.nio.file.Files.createDirectories(csv);
        } catch (IOException e) {
            throw new CommandFailure(ExitCodes.OUTPUT, "Cannot make the folder " + csv + " for the CSV files ("
                    + e.getMessage() + "): with several videos --csv names a folder.", e);
        }
    }

    private Comparison evaluateOne(Path video, PrintWriter out, ProgressListener progress) {
        return labels != null ? compareSources(video, out) : analyseAndCompare(video, out, progress);
    }

    /** The summary table's line: ball detection and RMSE, each event kind's PCE, rally F1. */
    private static String oneLine(Comparison c) {
        StringBuilder b = new StringBuilder();
        if (c.ball() != null) {
            b.append(String.format(Locale.ROOT, "ball %.1f %% within %.0f px, RMSE %.2f px",
                    100 * c.ball().detectionRate(), c.ball().radius(), c.ball().rmse()));
        } else {
            b.append("ball not compared");
        }
        for (var e : c.events()) {
            if (e.truth() > 0) {
                b.append(String.format(Locale.ROOT, ", %s PCE %.1f %%", e.kind().wireName(), 100 * e.recall()));
            }
        }
        if (c.rallies().truthCount() > 0) {
            b.append(String.format(Locale.ROOT, ", rallies F1 %.3f", c.rallies().f1()));
        }
        return b.toString();
    }

    /** The metrics of {@link ComparisonCsv#metrics} as a JSON object; a value that does not exist is null. */
    private static ObjectNode metrics(String video, Comparison c) {
        ObjectNode node = JSON.createObjectNode();
        node.put("video", video);
        ComparisonCsv.metrics(c).forEach((key, value) -> {
            if (value instanceof Integer i) {
                node.put(key, i);
            } else if (value instanceof Double d) {
                if (Double.isFinite(d)) {
                    node.put(key, d);
                } else {
                    node.putNull(key);
                }
            } else {
                node.put(key, String.valueOf(value));
            }
        });
        return node;
    }

    private static String write(ObjectNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Comparison compareSources(Path video, PrintWriter out) {
        CacheDirectory cache = CacheDirectory.defaultLocation();
        VideoFacts facts = probe(video, cache).facts();
        Path projectFile = project != null ? project
                : ProjectFiles.forVideo(video, facts.signature(), cache.root().resolve("projects"));
        String truthSource = against != null ? against : truthFile(video).toString();
        if (against == null && !Files.isRegularFile(truthFile(video))) {
            throw new CommandFailure(ExitCodes.CONFIGURATION, "There is no ground truth " + truthFile(video).getFileName()
                    + " beside the video: give the source to compare with, --against SOURCE.");
        }
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

    private Comparison analyseAndCompare(Path video, PrintWriter out, ProgressListener progress) {
        Path truthFile = truthFile(video);
        LabelSet truthLabels;
        try {
            truthLabels = TruthJson.readLabels(truthFile);
        } catch (IOException e) {
            throw new CommandFailure(ExitCodes.INPUT, "Cannot read the ground truth " + truthFile + ": " + e.getMessage()
                    + (truth == null && videos.size() == 1 ? " (give one with --truth FILE)" : ""), e);
        }
        RallySettings settings = rallyOptions.settings();
        CacheDirectory cache = CacheDirectory.defaultLocation();
        AnalysisResult result;
        try (BallAnalyzer analyzer = modelOptions.open(cache)) {
            OpenedVideo opened = probe(video, cache);
            result = noCache ? analyzer.run(opened, threads, progress)
                    : analyzer.runCached(opened, new AnalysisCache(cache), threads, progress);
        } catch (VideoOpenException e) {
            throw new CommandFailure(ExitCodes.INPUT, e.getMessage(), e);
        } catch (ModelRunException e) {
            throw new CommandFailure(ExitCodes.RUNTIME, e.getMessage(), e);
        }
        VideoFacts facts = result.facts();
        List<Rally> rallies = TrajectoryRallies.rallies(result.track().ballTrack(), facts.fpsValue(), facts.width(),
                facts.height(), settings);
        GameStateSeries series = gameState(video, cache, progress);
        SourceLabels found = SourceLabels.complete("analysis", result.track().ballTrack(), result.events(), rallies);
        SourceLabels expected = SourceLabels.ofTruth(truthFile.getFileName().toString(), truthLabels,
                facts.frameCount());
        Comparison c = Comparison.of(found, expected, facts.fpsValue(), radius, minIou);
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
    private GameStateSeries gameState(Path video, CacheDirectory cache, ProgressListener progress) {
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
            return analyzer.run(probe(video, cache), threads, progress);
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

    private OpenedVideo probe(Path video, CacheDirectory cache) {
        try {
            return new VideoProbe(cache, threads).open(video, ProgressListener.NONE);
        } catch (VideoOpenException e) {
            throw new CommandFailure(ExitCodes.INPUT, e.getMessage(), e);
        }
    }

    private static void writeCsv(Comparison c, Path csv, PrintWriter out) {
        try {
            Path summary = ComparisonCsv.write(c, csv);
            out.println("  rallies written to " + csv + ", the summary to " + summary);
        } catch (IOException e) {
            throw new CommandFailure(ExitCodes.OUTPUT, "Cannot write " + csv + ": " + e.getMessage()
                    + ". Check that the folder exists and is writable, and that the disk has space.", e);
        }
    }

    private Path truthFile(Path video) {
        if (truth != null) {
            return truth;
        }
        Path candidate = video.resolveSibling(baseName(video) + ".truth.json");
        return Files.exists(candidate) ? candidate : video.resolveSibling(video.getFileName() + ".truth.json");
    }

    private static String baseName(Path video) {
        String name = video.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
