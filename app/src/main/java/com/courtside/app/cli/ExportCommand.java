package com.courtside.app.cli;

import com.courtside.app.cli.batch.BatchSummary;
import com.courtside.app.cli.batch.ProgressBar;
import com.courtside.export.dataset.DatasetExportException;
import com.courtside.export.dataset.DatasetExporter;
import com.courtside.export.dataset.DatasetFormat;
import com.courtside.export.dataset.DatasetOptions;
import com.courtside.export.dataset.DatasetReport;
import com.courtside.export.dataset.DatasetVideo;
import com.courtside.export.dataset.LabelChoice;
import com.courtside.export.dataset.LabelledVideos;
import com.courtside.export.shooter.ShooterDataset;
import com.courtside.export.split.VideoSplit;
import com.courtside.inference.video.CacheDirectory;
import com.courtside.inference.video.OpenedVideo;
import com.courtside.inference.video.VideoOpenException;
import com.courtside.inference.video.VideoProbe;
import com.courtside.timeline.io.BasketballTruth;
import com.courtside.timeline.io.BasketballTruthJson;
import com.courtside.timeline.task.ProgressListener;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

/**
 * {@code courtside export --format F VIDEO… -o DIR}: a training dataset from labelled videos, split by video. The
 * label formats read each video's project ({@link DatasetExporter}); the shooter dataset reads the basketball truth
 * beside each video ({@code NAME.basketball.json}, as {@code render-demo --sport basketball} writes it).
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write a training dataset from labelled videos, split into train, val and test by video "
                + "(never by frame). The labels are each video's project, as the window keeps them: the reviewed "
                + "ones by default (a person's labels, and everything inside rallies marked reviewed).",
                "--format openttgames: ball_markup.json and events_markup.json per video, with --frames the frames "
                        + "around each event as img_000123.jpg; tracknet: Frame,Visibility,X,Y CSV; coco and yolo: "
                        + "ball and person boxes with their frames; rallycut: segment JSON; game-state: 16-frame "
                        + "clips labelled NO_PLAY, PLAY or SERVICE with clips.csv; shooter: per shot frames.npy, "
                        + "tracks.npy and a row in labels.csv, from NAME.basketball.json beside each video.",
                "Every export writes manifest.json: counts per split and class, sources, version and options. It "
                        + "is written in a hidden folder and moved into place when complete."})
public final class ExportCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Parameters(paramLabel = "VIDEO", arity = "1..*", description = "the videos to export")
    List<Path> videos;

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "openttgames, tracknet, coco, yolo, rallycut, game-state or shooter")
    String format;

    @Option(names = "--labels", paramLabel = "WHICH", defaultValue = "reviewed",
            description = "reviewed (default), effective (a person's over the model's) or model (the model's alone)")
    String labels;

    @Option(names = "--frames", description = "openttgames: also write the frames around each event as JPEG")
    boolean frames;

    @Option(names = "--event-frames", paramLabel = "K", defaultValue = "4",
            description = "openttgames --frames: the frames within K of each event (default ${DEFAULT-VALUE})")
    int eventFrames;

    @Option(names = "--every", paramLabel = "N", defaultValue = "1",
            description = "coco, yolo: every N-th labelled frame (default ${DEFAULT-VALUE})")
    int every;

    @Option(names = "--clip-stride", paramLabel = "FRAMES",
            description = "game-state: frames between clip starts (default 48 at 30 fps, scaled by the fps)")
    Integer clipStride;

    @Option(names = "--json", description = "print the report as JSON (counts, splits, files) instead of text")
    boolean json;

    @Option(names = "--project", paramLabel = "FILE",
            description = "the project to read (default: NAME.courtside beside the video); one video only")
    Path project;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR", description = "the dataset folder")
    Path output;

    @Option(names = "--split", defaultValue = "0.8,0.1,0.1", paramLabel = "TRAIN,VAL,TEST",
            description = "shares of the videos per split (default ${DEFAULT-VALUE})")
    String split;

    @Option(names = "--seed", defaultValue = "1", description = "seed of the split (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--skip-unreadable", description = {"leave out a video that cannot be read or has no labels "
            + "(it is named in the table and the exit code is the first such video's), and export the others; "
            + "without it, such a video stops the export and nothing is written"})
    boolean skipUnreadable;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "0", description = "decoder threads")
    int threads;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!"shooter".equals(format)) {
            return exportDataset(out, err);
        }
        Map<String, String> splits;
        try {
            splits = VideoSplit.assign(videos.stream().map(Path::toString).toList(), VideoSplit.parse(split), seed);
        } catch (IllegalArgumentException e) {
            throw new CommandFailure(ExitCodes.CONFIGURATION, e.getMessage() + ".", e);
        }
        if (Files.exists(output.resolve(ShooterDataset.LABELS))) {
            throw new CommandFailure(ExitCodes.OUTPUT, output + " already holds a dataset; give an empty folder.");
        }
        Map<String, int[]> counts = new TreeMap<>();
        CacheDirectory cache = CacheDirectory.defaultLocation();
        int done = 0;
        for (Path video : videos) {
            BasketballTruth truth = truth(video);
            String where = splits.get(video.toString());
            try {
                OpenedVideo opened = new VideoProbe(cache, threads).open(video, ProgressListener.NONE);
                for (String row : ShooterDataset.write(output, where, opened, truth.people(), truth.shotList(),
                        threads)) {
                    String[] cells = row.split(",");
                    counts.computeIfAbsent(where, k -> new int[5])[Integer.parseInt(cells[5])]++;
                }
            } catch (VideoOpenException e) {
                throw new CommandFailure(ExitCodes.INPUT, e.getMessage(), e);
            } catch (IOException | java.io.UncheckedIOException e) {
                throw new CommandFailure(ExitCodes.OUTPUT, "Cannot write the dataset into " + output + ": "
                        + e.getMessage() + ". Check the folder is writable and the disk has space.", e);
            }
            err.print("\rexport: " + (++done) + " of " + videos.size() + " videos   ");
            err.flush();
        }
        err.println();
        writeManifest(counts, splits);
        counts.forEach((s, c) -> out.printf("%s: %d shots (O1 %d, O2 %d, O3 %d, O4 %d, O5 %d)%n", s,
                c[0] + c[1] + c[2] + c[3] + c[4], c[0], c[1], c[2], c[3], c[4]));
        out.println("dataset written to " + output);
        return ExitCodes.OK;
    }

    private int exportDataset(PrintWriter out, PrintWriter err) {
        DatasetOptions options = datasetOptions();
        if (project != null && videos.size() > 1) {
            throw new CommandFailure(ExitCodes.CONFIGURATION, "--project names one video's project; give one video "
                    + "with it, or leave it out so each video's own project is read.");
        }
        LabelChoice choice = labelChoice();
        LabelledVideos projects = new LabelledVideos(CacheDirectory.defaultLocation(), threads);
        BatchSummary left = new BatchSummary();
        List<DatasetVideo> inputs = new java.util.ArrayList<>();
        List<Path> kept = new java.util.ArrayList<>();
        for (Path video : videos) {
            try {
                inputs.add(projects.read(projects.open(video, options.format().writesFrames(options)), project,
                        choice));
                kept.add(video);
            } catch (DatasetExportException e) {
                if (!skipUnreadable) {
                    throw failure(e);
                }
                err.println("warning: " + video + " is left out: " + e.getMessage());
                left.add(new BatchSummary.Row(video.toString(), BatchSummary.Status.FAILED, e.getMessage(),
                        Double.NaN, failure(e).exitCode()));
            }
        }
        if (inputs.isEmpty()) {
            throw new CommandFailure(ExitCodes.INPUT, "None of the " + videos.size() + " videos could be exported; "
                    + "nothing was written.");
        }
        ProgressBar bar = ProgressBar.forInput(err, 1, 1, "export " + options.format().wireName());
        DatasetReport report;
        try {
            report = new DatasetExporter().export(inputs, output, options, bar);
        } catch (DatasetExportException e) {
            bar.finish();
            throw failure(e);
        }
        bar.finish();
        BatchSummary summary = summary(kept, report, left);
        if (json) {
            printJson(out, report, choice, videos.size() > 1 ? summary : null);
        } else {
            report.counts().forEach((s, c) -> out.println(s + ": " + c));
            if (videos.size() > 1) {
                summary.print(out);
            }
        }
        (json ? err : out).printf(java.util.Locale.ROOT, "%s dataset of %d %s (%s labels) written to %s: %d files in %.1f s%n",
                options.format().wireName(), inputs.size(), inputs.size() == 1 ? "video" : "videos",
                choice.wireName(), report.folder(), report.files(), report.seconds());
        if (report.counts().values().stream().allMatch(c -> c.values().stream().allMatch(n -> n == 0))) {
            err.println("warning: the export holds no labels" + (choice == LabelChoice.REVIEWED
                    ? "; with --labels reviewed only a person's labels and reviewed rallies count (try --labels "
                    + "effective)" : ""));
        }
        return summary.exitCode();
    }

    private static CommandFailure failure(DatasetExportException e) {
        boolean input = e.problem() == DatasetExportException.Problem.VIDEO_UNREADABLE
                || e.problem() == DatasetExportException.Problem.NO_LABELS;
        return new CommandFailure(input ? ExitCodes.INPUT : ExitCodes.OUTPUT, e.getMessage(), e);
    }

    /** A row per video: the split it went to, or why it was left out. */
    private static BatchSummary summary(List<Path> kept, DatasetReport report, BatchSummary left) {
        BatchSummary summary = new BatchSummary();
        List<Map.Entry<String, String>> splits = List.copyOf(report.splits().entrySet());
        for (int i = 0; i < kept.size(); i++) {
            Map.Entry<String, String> entry = splits.get(i);
            summary.add(new BatchSummary.Row(kept.get(i).toString(), BatchSummary.Status.DONE,
                    entry.getValue() + " (as " + entry.getKey() + ")", Double.NaN, 0));
        }
        left.rows().forEach(summary::add);
        return summary;
    }

    /** The report for machines: format, folder, counts per split and class, each video's split, files, seconds. */
    private static void printJson(PrintWriter out, DatasetReport report, LabelChoice choice, BatchSummary summary) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", report.format().wireName());
        root.put("labels", choice.wireName());
        root.put("folder", report.folder().toString());
        root.set("counts", JSON.valueToTree(report.counts()));
        root.set("splits", JSON.valueToTree(report.splits()));
        root.put("files", report.files());
        root.put("seconds", report.seconds());
        if (summary != null) {
            root.set("videos", summary.toJson());
        }
        try {
            out.println(JSON.writeValueAsString(root));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new CommandFailure(ExitCodes.RUNTIME, "Cannot print the report as JSON: " + e.getMessage(), e);
        }
    }

    private DatasetOptions datasetOptions() {
        try {
            DatasetOptions options = DatasetOptions.defaults(DatasetFormat.fromWire(format))
                    .withShares(DatasetOptions.Shares.parse(split)).withSeed(seed).withFrameStep(every)
                    .withEventMargin(eventFrames).withFrames(frames).withThreads(threads);
            return clipStride == null ? options : options.withClipStride(clipStride);
        } catch (IllegalArgumentException e) {
            throw new CommandFailure(ExitCodes.CONFIGURATION, e.getMessage() + (e.getMessage().endsWith(".") ? ""
                    : ".") + (e.getMessage().contains("format") ? " Also: shooter." : ""), e);
        }
    }

    private LabelChoice labelChoice() {
        try {
            return LabelChoice.fromWire(labels);
        } catch (IllegalArgumentException e) {
            throw new CommandFailure(ExitCodes.CONFIGURATION, e.getMessage() + (e.getMessage().endsWith(".") ? ""
                    : "."), e);
        }
    }

    private static BasketballTruth truth(Path video) {
        String file = video.getFileName().toString();
        int dot = file.lastIndexOf('.');
        Path truth = video.resolveSibling((dot > 0 ? file.substring(0, dot) : file) + BasketballTruthJson.SUFFIX);
        try {
            return BasketballTruthJson.read(truth);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new CommandFailure(ExitCodes.INPUT, "No labels for " + video + ": the shooter export reads "
                    + truth.getFileName() + " beside the video (render-demo --sport basketball writes one).", e);
        } catch (IOException e) {
            throw new CommandFailure(ExitCodes.INPUT, e.getMessage(), e);
        }
    }

    private void writeManifest(Map<String, int[]> counts, Map<String, String> splits) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", "courtside-shooter-dataset");
        root.put("courtside", new CourtsideCommand.Version().getVersion()[0]);
        root.put("labels", "ground truth beside each video (" + BasketballTruthJson.SUFFIX + ")");
        ObjectNode options = root.putObject("options");
        options.put("split", split);
        options.put("seed", seed);
        options.put("window", "16 frames, release-12 .. release+3, 30 fps steps");
        ObjectNode perSplit = root.putObject("counts");
        counts.forEach((s, c) -> {
            ObjectNode node = perSplit.putObject(s);
            for (int i = 0; i < 5; i++) {
                node.put("O" + (i + 1), c[i]);
            }
        });
        ObjectNode videosNode = root.putObject("videos");
        splits.forEach(videosNode::put);
        try {
            Files.createDirectories(output);
            com.courtside.app.eval.AtomicFiles.write(output.resolve("manifest.json"), o -> JSON.writeValue(o, root));
        } catch (IOException e) {
            throw new CommandFailure(ExitCodes.OUTPUT, "Cannot write " + output.resolve("manifest.json") + ": "
                    + e.getMessage(), e);
        }
    }
}
