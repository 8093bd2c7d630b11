package com.courtside.app.cli;

import com.courtside.app.cli.batch.Batch;
import com.courtside.app.cli.batch.BatchSummary;
import com.courtside.app.eval.AtomicFiles;
import com.courtside.inference.analysis.AnalysisCache;
import com.courtside.inference.analysis.AnalysisResult;
import com.courtside.inference.analysis.BallAnalyzer;
import com.courtside.inference.analysis.GameStateAnalyzer;
import com.courtside.inference.analysis.ModelRunException;
import com.courtside.inference.analysis.TrajectoryJson;
import com.courtside.inference.onnx.Device;
import com.courtside.inference.video.CacheDirectory;
import com.courtside.inference.video.OpenedVideo;
import com.courtside.inference.video.VideoOpenException;
import com.courtside.inference.video.VideoProbe;
import com.courtside.labeling.store.ProjectFiles;
import com.courtside.labeling.store.ProjectOpenException;
import com.courtside.labeling.store.StoreException;
import com.courtside.timeline.Rally;
import com.courtside.timeline.VideoFacts;
import com.courtside.timeline.rally.GameStateSeries;
import com.courtside.timeline.rally.RallyFinder;
import com.courtside.timeline.rally.RallySettings;
import com.courtside.timeline.rally.TrajectoryRallies;
import com.courtside.timeline.task.ProgressListener;
import com.courtside.ui.labels.LabelingSession;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code courtside analyze VIDEO… [--json OUT]}: finds the ball in every frame, without a window. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Find the ball in every frame of one or more videos and print a summary per video.",
                "The ball comes from an ONNX model (the bundled one unless --model says otherwise) or from the "
                        + "classical moving-blob detector, and the Kalman tracker bridges the frames it misses.",
                "Results are kept per video, model and settings; a second run on the same video is instant. They "
                        + "also go into each video's project, as an analysis in the window does, for cut and export."})
public final class AnalyzeCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Parameters(paramLabel = "VIDEO", arity = "1..*", description = "the videos to analyse")
    List<Path> videos;

    @Option(names = "--json", paramLabel = "OUT",
            description = {"write the trajectory as JSON: a file for one video, or a folder (one NAME.trajectory.json "
                    + "each); beside the TTNet trajectory fields, \"rallies\": [{\"start\": F, \"end\": F}] lists the "
                    + "rallies (first and last frame, inclusive) and \"rallySource\" says what found them: the "
                    + "game-state model with the ball track, or the ball track alone"})
    Path json;

    @Option(names = "--summary-json", paramLabel = "FILE", description = {"write the summary as JSON to FILE: per "
            + "video its status (done, skipped: kept from an earlier run, failed with the reason and exit code), "
            + "frames, ball found (detected, predicted), rallies, frames/s and the trajectory file"})
    Path summaryJson;

    @Option(names = "--no-project", description = {"do not keep the results in each video's project; by default "
            + "they are kept there as the window keeps an analysis (the model's ball, events and rallies, under a "
            + "person's labels), so 'cut' and 'export --labels effective|model' can use them"})
    boolean noProject;

    @Option(names = "--project", paramLabel = "FILE",
            description = "the project to keep the results in, for one video (default: NAME.courtside of each video)")
    Path project;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "0", description = "decoder threads (0: as FFmpeg chooses)")
    int threads;

    @Option(names = "--no-cache", description = "analyse again even if a result is kept for this video")
    boolean noCache;

    @picocli.CommandLine.Mixin
    ModelOptions modelOptions;

    @picocli.CommandLine.Mixin
    RallyOptions rallyOptions;

    @picocli.CommandLine.Mixin
    GameStateOptions gameStateOptions;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean folder = json != null && (videos.size() > 1 || Files.isDirectory(json));
        if (project != null && (videos.size() > 1 || noProject)) {
            throw new CommandFailure(ExitCodes.CONFIGURATION, noProject ? "--project and --no-project contradict "
                    + "each other: give one." : "--project names one project, for one video; with " + videos.size()
                    + " videos each is kept in its own: leave --project out.");
        }
        RallySettings settings = rallyOptions.settings();
        CacheDirectory cache = CacheDirectory.defaultLocation();
        try (BallAnalyzer analyzer = modelOptions.open(cache);
             GameStateAnalyzer gameState = gameStateOptions.open(cache, device(), modelOptions.modelThreads)) {
            err.println("Finding the ball with the " + analyzer.statusText());
            if (gameState != null) {
                err.println("Finding the rallies with the game-state model " + gameState.model().manifest().name()
                        + " and the ball track");
            }
            BatchSummary summary = Batch.run(videos, err, (video, progress) ->
                    analyseOne(video, analyzer, gameState, cache, folder, settings, out, err, progress));
            if (videos.size() > 1) {
                summary.print(out);
            }
            if (summaryJson != null) {
                writeSummary(summary);
                out.println("Summary written to " + summaryJson);
            }
            return summary.exitCode();
        }
    }

    private Device device() {
        try {
            return Device.parse(modelOptions.device);
        } catch (IllegalArgumentException e) {
            throw new CommandFailure(ExitCodes.CONFIGURATION, e.getMessage() + ".", e);
        }
    }

    private Batch.Outcome analyseOne(Path video, BallAnalyzer analyzer, GameStateAnalyzer gameState,
                                     CacheDirectory cache, boolean folder, RallySettings settings, PrintWriter out,
                                     PrintWriter err, ProgressListener progress) {
        {
            Kept kept = analyse(video, analyzer, cache, err, progress);
            AnalysisResult result = kept.result();
            VideoFacts facts = result.facts();
            GameStateSeries series = gameState == null ? null : gameState(video, gameState, cache, progress);
            List<Rally> rallies = series == null
                    ? TrajectoryRallies.rallies(result.track().ballTrack(), facts.fpsValue(), facts.width(),
                            facts.height(), settings)
                    : RallyFinder.find(result.track().ballTrack(), facts.fpsValue(), facts.width(), facts.height(),
                            series, settings).rallies();
            String source = series == null ? "ball track" : "game-state model + ball track";
            out.println(summary(video, result) + ", " + rallies.size() + " rallies (" + source + ")");
            ObjectNode row = facts(result, rallies, source);
            if (!noProject) {
                Path keptIn = keep(result, analyzer, gameState, series, settings, cache, err);
                if (keptIn != null) {
                    out.println("  kept in the project " + keptIn);
                    row.put("project", keptIn.toString());
                }
            }
            if (json != null) {
                Path target = folder ? json.resolve(baseName(video) + ".trajectory.json") : json;
                row.put("trajectory", target.toString());
                try {
                    writeJson(result, rallies, source, target);
                } catch (IOException e) {
                    throw new CommandFailure(ExitCodes.OUTPUT, "Cannot write " + target + ": " + e.getMessage()
                            + ". Check that the folder exists and is writable, and that the disk has space.", e);
                }
                out.println("  trajectory written to " + target);
            }
            String detail = String.format(Locale.ROOT, "ball in %d of %d frames, %d rallies", result.trackedFrames(),
                    facts.frameCount(), rallies.size());
            return (kept.fromCache() ? Batch.Outcome.skipped(detail + " (kept from an earlier run)")
                    : Batch.Outcome.done(detail)).with(row);
        }
    }

    /**
     * Keeps the analysis in the video's project as the window does (a ball run, and a rally run where the
     * game-state model ran), unless the project already holds this very analysis; returns the project, or null
     * where it could not be written (open read-only in a window, damaged), which is said on stderr.
     */
    private Path keep(AnalysisResult result, BallAnalyzer analyzer, GameStateAnalyzer gameState,
                      GameStateSeries series, RallySettings settings, CacheDirectory cache, PrintWriter err) {
        VideoFacts facts = result.facts();
        Path file = project != null ? project
                : ProjectFiles.forVideo(facts.path(), facts.signature(), cache.root().resolve("projects"));
        String who = System.getProperty("user.name", "labeller");
        try (LabelingSession session = LabelingSession.open(file, facts, who)) {
            if (session.project().isReadOnly()) {
                err.println("warning: the analysis of " + facts.path().getFileName() + " is not kept in " + file
                        + ": " + session.project().readOnlyReason() + ".");
                return null;
            }
            session.saveAnalysis(result, analyzer.methodId(), modelOptions.choice(), analyzer.modelSha256(),
                    result.method(), settings);
            if (series != null) {
                session.saveGameState(series, result.track().ballTrack(), gameState.methodId(),
                        gameState.model().manifest().name(), gameState.model().sha256(), gameState.model().provider(),
                        settings);
            }
            return file;
        } catch (ProjectOpenException | StoreException e) {
            err.println("warning: the analysis of " + facts.path().getFileName() + " is not kept in " + file + ": "
                    + e.getMessage());
            return null;
        }
    }

    /** The facts of one video's row in the summary JSON. */
    private static ObjectNode facts(AnalysisResult result, List<Rally> rallies, String source) {
        int total = result.facts().frameCount();
        int predicted = predictedFrames(result);
        ObjectNode node = JSON.createObjectNode();
        node.put("frames", total);
        node.put("ballFrames", result.trackedFrames());
        node.put("detectedFrames", result.trackedFrames() - predicted);
        node.put("predictedFrames", predicted);
        node.put("rallies", rallies.size());
        node.put("rallySource", source);
        node.put("framesPerSecond", Math.round(result.framesPerSecond() * 10) / 10.0);
        node.put("method", result.method());
        return node;
    }

    private void writeSummary(BatchSummary summary) {
        try {
            Path parent = summaryJson.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            AtomicFiles.write(summaryJson, stream -> JSON.writeValue(stream, summary.toJson()));
        } catch (IOException e) {
            throw new CommandFailure(ExitCodes.OUTPUT, "Cannot write " + summaryJson + ": " + e.getMessage()
                    + ". Check that the folder exists and is writable, and that the disk has space.", e);
        }
    }

    /** An analysis, and whether it was kept from an earlier run. */
    private record Kept(AnalysisResult result, boolean fromCache) {
    }

    /** The game-state model's windows over the video. */
    private GameStateSeries gameState(Path video, GameStateAnalyzer gameState, CacheDirectory cache,
                                      ProgressListener progress) {
        try {
            OpenedVideo opened = new VideoProbe(cache, threads).open(video, ProgressListener.NONE);
            return gameState.run(opened, threads, progress);
        } catch (VideoOpenException e) {
            throw new CommandFailure(ExitCodes.INPUT, e.getMessage(), e);
        } catch (ModelRunException e) {
            throw new CommandFailure(ExitCodes.RUNTIME, e.getMessage(), e);
        }
    }

    /** The TTNet trajectory fields, unchanged, and the rallies after them. */
    private static void writeJson(AnalysisResult result, List<Rally> rallies, String source, Path target)
            throws IOException {
        ObjectNode root = TrajectoryJson.toJson(result);
        root.put("rallySource", source);
        ArrayNode list = root.putArray("rallies");
        rallies.forEach(r -> list.addObject().put("start", r.startFrame()).put("end", r.endFrame()));
        Files.createDirectories(target.toAbsolutePath().getParent());
        AtomicFiles.write(target, out -> JSON.writeValue(out, root));
    }

    private Kept analyse(Path video, BallAnalyzer analyzer, CacheDirectory cache, PrintWriter err,
                         ProgressListener progress) {
        try {
            OpenedVideo opened = new VideoProbe(cache, threads).open(video, ProgressListener.NONE);
            AnalysisCache results = new AnalysisCache(cache);
            java.util.Optional<AnalysisResult> earlier = noCache ? java.util.Optional.empty()
                    : results.load(opened, analyzer.methodId());
            if (earlier.isPresent()) {
                return new Kept(earlier.get(), true);
            }
            AnalysisResult result = analyzer.run(opened, threads, progress);
            if (!noCache) {
                try {
                    results.store(opened, analyzer.methodId(), result);
                } catch (IOException e) {
                    err.println("warning: the analysis of " + video.getFileName() + " was not kept (" + e.getMessage()
                            + "); a next run analyses it again");
                }
            }
            if (result.stages().isKnown()) {
                err.println("  " + result.stages().perFrame(result.facts().frameCount()));
            }
            return new Kept(result, false);
        } catch (VideoOpenException e) {
            throw new CommandFailure(ExitCodes.INPUT, e.getMessage(), e);
        } catch (ModelRunException e) {
            throw new CommandFailure(ExitCodes.RUNTIME, e.getMessage(), e);
        }
    }

    private static String summary(Path video, AnalysisResult r) {
        int total = r.facts().frameCount();
        int predicted = predictedFrames(r);
        return String.format(Locale.ROOT, "%s: ball in %d of %d frames (%d detected, %d predicted), %.0f frames/s, %s",
                video.getFileName(), r.trackedFrames(), total, r.trackedFrames() - predicted, predicted,
                r.framesPerSecond(), r.method());
    }

    private static int predictedFrames(AnalysisResult r) {
        int predicted = 0;
        for (int f = 0; f < r.facts().frameCount(); f++) {
            if (r.track().hasBall(f) && r.track().isPredicted(f)) {
                predicted++;
            }
        }
        return predicted;
    }

    private static String baseName(Path video) {
        String name = video.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
