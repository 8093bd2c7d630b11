package com.courtside.app.cli;

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
 * {@code courtside export --format shooter VIDEO… -o DIR}: a training dataset from labelled videos, split by video.
 * This version writes the shooter dataset from the basketball truth beside each video ({@code NAME.basketball.json},
 * as {@code render-demo --sport basketball} writes it).
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write a training dataset from labelled videos, split into train, val and test by video.",
                "--format shooter: per shot a folder with frames.npy (the model's 16 frames at 224x224, uint8 RGB), "
                        + "tracks.npy (the [16,14,14,18] float32 track heatmaps) and a row in labels.csv; the "
                        + "labels come from NAME.basketball.json beside each video.",
                "Every export writes manifest.json: counts per split and class, sources, version and options."})
public final class ExportCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Parameters(paramLabel = "VIDEO", arity = "1..*", description = "the videos to export")
    List<Path> videos;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "shooter")
    String format;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR", description = "the dataset folder")
    Path output;

    @Option(names = "--split", defaultValue = "0.8,0.1,0.1", paramLabel = "TRAIN,VAL,TEST",
            description = "shares of the videos per split (default ${DEFAULT-VALUE})")
    String split;

    @Option(names = "--seed", defaultValue = "1", description = "seed of the split (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "0", description = "decoder threads")
    int threads;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!"shooter".equals(format)) {
            throw new CommandFailure(ExitCodes.CONFIGURATION, "Unknown export format '" + format + "'; this version "
                    + "writes: shooter.");
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
