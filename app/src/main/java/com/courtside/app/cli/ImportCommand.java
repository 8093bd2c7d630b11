package com.courtside.app.cli;

import com.courtside.app.cli.batch.Batch;
import com.courtside.app.cli.batch.BatchSummary;
import com.courtside.inference.video.CacheDirectory;
import com.courtside.inference.video.OpenedVideo;
import com.courtside.inference.video.VideoOpenException;
import com.courtside.inference.video.VideoProbe;
import com.courtside.labeling.edit.Edit;
import com.courtside.labeling.edit.LabelEditor;
import com.courtside.labeling.imports.ImportContext;
import com.courtside.labeling.imports.ImportFormatException;
import com.courtside.labeling.imports.ImportedLabels;
import com.courtside.labeling.imports.Importers;
import com.courtside.labeling.imports.LabelImporter;
import com.courtside.labeling.store.ImportedFiles;
import com.courtside.labeling.store.Project;
import com.courtside.labeling.store.ProjectFiles;
import com.courtside.labeling.store.ProjectOpenException;
import com.courtside.labeling.store.StoreException;
import com.courtside.labeling.store.Videos;
import com.courtside.timeline.VideoFacts;
import com.courtside.timeline.task.ProgressListener;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;

/**
 * {@code courtside import VIDEO LABELS [VIDEO LABELS…] [--project FILE] [--format F]}: foreign labels into each
 * video's project, a batch of pairs as a list file too ({@code @pairs.txt}, a pair per line).
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        customSynopsis = "courtside import [-hV] [--again] [--json] [--author=NAME] [--format=FORMAT] "
                + "[--project=FILE] VIDEO LABELS [VIDEO LABELS...]",
        description = {"Import labels of videos into their projects, each file as one undoable edit (Edit ▸ Undo in "
                + "the window takes it back), each label remembering the file it came from.",
                "Give pairs: VIDEO LABELS [VIDEO LABELS ...], or @pairs.txt with a pair per line. A file imported "
                        + "before into the same video's project is skipped (--again imports it once more), so a "
                        + "stopped batch can be run again.",
                "Reads OpenTTGames ball_markup.json / events_markup.json, TrackNet CSV (Frame,Visibility,X,Y and the "
                        + "older layout), RallyCut rally JSON, Courtside's trajectory JSON (analyze --json), and the "
                        + "ball of a COCO (instances_SPLIT.json or the dataset folder) or YOLO dataset (data.yaml, the "
                        + "dataset folder or its labels folder): the images of the video's name, the centre of the "
                        + "box of the class named ball; person boxes are counted and left out.",
                "A malformed file is refused with the line or key that is wrong, and nothing of it is imported; the "
                        + "other pairs carry on."})
public final class ImportCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Parameters(paramLabel = "VIDEO LABELS", arity = "2..*",
            description = "the videos, each followed by its label file")
    List<Path> paths;

    @Option(names = "--project", paramLabel = "FILE",
            description = "the project file, for one pair (default: each video's NAME.courtside)")
    Path project;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "openttgames, tracknet-csv, rallycut, courtside-trajectory, coco or yolo (default: from "
                    + "each file)")
    String format;

    @Option(names = "--author", paramLabel = "NAME", description = "who the labels are by (default: the login name)")
    String author;

    @Option(names = "--again", description = "import a file even if its labels are in the project from before")
    boolean again;

    @Option(names = "--json", description = "print the results as JSON: per pair what was imported, and the summary")
    boolean json;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** A video and the labels to import into its project. */
    record Pair(Path video, Path labels) {
    }

    @Override
    public Integer call() {
        if (paths.size() % 2 != 0) {
            throw new CommandFailure(ExitCodes.CONFIGURATION, "import takes pairs of a video and its label file; "
                    + paths.get(paths.size() - 1) + " has no partner (" + paths.size() + " paths given).");
        }
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < paths.size(); i += 2) {
            pairs.add(new Pair(paths.get(i), paths.get(i + 1)));
        }
        if (project != null && pairs.size() > 1) {
            throw new CommandFailure(ExitCodes.CONFIGURATION, "--project names one project, for one pair; with "
                    + pairs.size() + " pairs each video's labels go to its own project: leave --project out.");
        }
        LabelImporter chosen = format == null ? null : Importers.forFormat(format).orElseThrow(() ->
                new CommandFailure(ExitCodes.CONFIGURATION, "Unknown format '" + format + "'. "
                        + Importers.describeFormats()));
        PrintWriter out = spec.commandLine().getOut();
        CacheDirectory cache = CacheDirectory.defaultLocation();
        ArrayNode results = JSON.createArrayNode();
        if (pairs.size() == 1) {
            ObjectNode result = importOne(pairs.get(0), chosen, cache);
            print(out, result);
            return ExitCodes.OK;
        }
        BatchSummary summary = Batch.run(pairs, p -> p.video() + " " + p.labels(), p -> Batch.fileName(p.labels()),
                spec.commandLine().getErr(), (pair, progress) -> {
                    ObjectNode result = importOne(pair, chosen, cache);
                    results.add(result);
                    if (!json) {
                        out.println(result.get("message").asText());
                    }
                    return result.get("skipped").asBoolean() ? Batch.Outcome.skipped(result.get("detail").asText())
                            : Batch.Outcome.done(result.get("detail").asText());
                });
        if (json) {
            ObjectNode root = summary.toJson();
            root.set("imports", results);
            out.println(write(root));
        } else {
            summary.print(out);
        }
        return summary.exitCode();
    }

    private void print(PrintWriter out, ObjectNode result) {
        out.println(json ? write(result) : result.get("message").asText());
    }

    private static String write(ObjectNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Imports one pair; what was imported (or why it was skipped) as the JSON the command prints. */
    private ObjectNode importOne(Pair pair, LabelImporter chosen, CacheDirectory cache) {
        VideoFacts facts = probe(pair.video(), cache);
        ImportedLabels read = read(pair.labels(), chosen, facts);
        Path file = project != null ? project
                : ProjectFiles.forVideo(pair.video(), facts.signature(), cache.root().resolve("projects"));
        ObjectNode result = JSON.createObjectNode();
        result.put("video", pair.video().toString());
        result.put("labels", pair.labels().toString());
        result.put("format", read.format());
        result.put("project", file.toString());
        result.put("ballPoints", read.pointCount());
        result.put("events", read.events().size());
        result.put("rallies", read.rallies().size());
        result.put("leftOut", read.leftOut());
        String counts = String.format(Locale.ROOT, "%d ball labels, %d events, %d rallies", read.pointCount(),
                read.events().size(), read.rallies().size())
                + (read.leftOut().isEmpty() ? "" : "; not imported: " + read.leftOut());
        try (Project p = Project.open(file)) {
            long id = new Videos(p).register(facts).id();
            int earlier = again ? 0 : ImportedFiles.labelsFrom(p, id, pair.labels());
            if (earlier > 0) {
                result.put("skipped", true);
                result.put("detail", counts + "; imported before (" + earlier + " labels carry this file)");
                result.put("message", pair.labels().getFileName() + " was imported into " + file + " before ("
                        + earlier + " labels carry it); skipped. Give --again to import it once more.");
                return result;
            }
            String who = author != null ? author : System.getProperty("user.name", "labeller");
            Edit edit = new LabelEditor(p, id, who).importLabels(read).get();
            result.put("skipped", false);
            result.put("detail", counts);
            result.put("message", edit.description() + " into " + file);
            return result;
        } catch (ProjectOpenException e) {
            throw new CommandFailure(ExitCodes.INPUT, e.getMessage(), e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw new CommandFailure(cause instanceof StoreException ? ExitCodes.OUTPUT : ExitCodes.RUNTIME,
                    cause.getMessage(), cause);
        } catch (StoreException e) {
            throw new CommandFailure(ExitCodes.OUTPUT, e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CommandFailure(ExitCodes.RUNTIME, "Interrupted; the import may not have been saved.", e);
        }
    }

    private static VideoFacts probe(Path video, CacheDirectory cache) {
        try {
            OpenedVideo opened = new VideoProbe(cache, 0).open(video, ProgressListener.NONE);
            return opened.facts();
        } catch (VideoOpenException e) {
            throw new CommandFailure(ExitCodes.INPUT, e.getMessage(), e);
        }
    }

    private static ImportedLabels read(Path labels, LabelImporter chosen, VideoFacts facts) {
        try {
            LabelImporter importer = chosen != null ? chosen : Importers.forFile(labels);
            return importer.read(labels, ImportContext.of(facts));
        } catch (ImportFormatException e) {
            String message = e.getMessage().strip();
            throw new CommandFailure(ExitCodes.INPUT, message + (message.endsWith(".") ? "" : ".")
                    + " Nothing was imported.", e);
        } catch (IOException e) {
            throw new CommandFailure(ExitCodes.INPUT, "Cannot read " + labels + ": " + e.getMessage(), e);
        }
    }
}
