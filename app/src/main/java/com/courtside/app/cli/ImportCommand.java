package com.courtside.app.cli;

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
import com.courtside.labeling.store.Project;
import com.courtside.labeling.store.ProjectFiles;
import com.courtside.labeling.store.ProjectOpenException;
import com.courtside.labeling.store.StoreException;
import com.courtside.labeling.store.Videos;
import com.courtside.timeline.VideoFacts;
import com.courtside.timeline.task.ProgressListener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;

/** {@code courtside import VIDEO LABELS [--project FILE] [--format F]}: foreign labels into a video's project. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import labels of a video into its project as one undoable edit (Edit ▸ Undo in the window "
                + "takes it back), each label remembering the file it came from.",
                "Reads OpenTTGames ball_markup.json / events_markup.json, TrackNet CSV (Frame,Visibility,X,Y and the "
                        + "older layout), RallyCut rally JSON and Courtside's trajectory JSON (analyze --json).",
                "A malformed file is refused with the line or key that is wrong, and nothing is imported."})
public final class ImportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "VIDEO", description = "the video the labels belong to")
    Path video;

    @Parameters(index = "1", paramLabel = "LABELS", description = "the label file")
    Path labels;

    @Option(names = "--project", paramLabel = "FILE",
            description = "the project file (default: NAME.courtside beside the video)")
    Path project;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "openttgames, tracknet-csv, rallycut or courtside-trajectory (default: from the file)")
    String format;

    @Option(names = "--author", paramLabel = "NAME", description = "who the labels are by (default: the login name)")
    String author;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        CacheDirectory cache = CacheDirectory.defaultLocation();
        VideoFacts facts = probe(cache);
        ImportedLabels read = read(facts);
        Path file = project != null ? project
                : ProjectFiles.forVideo(video, facts.signature(), cache.root().resolve("projects"));
        try (Project p = Project.open(file)) {
            long id = new Videos(p).register(facts).id();
            String who = author != null ? author : System.getProperty("user.name", "labeller");
            Edit edit = new LabelEditor(p, id, who).importLabels(read).get();
            out.println(edit.description() + " into " + file);
            return ExitCodes.OK;
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

    private VideoFacts probe(CacheDirectory cache) {
        try {
            OpenedVideo opened = new VideoProbe(cache, 0).open(video, ProgressListener.NONE);
            return opened.facts();
        } catch (VideoOpenException e) {
            throw new CommandFailure(ExitCodes.INPUT, e.getMessage(), e);
        }
    }

    private ImportedLabels read(VideoFacts facts) {
        try {
            LabelImporter importer = format == null ? Importers.forFile(labels)
                    : Importers.forFormat(format).orElseThrow(() -> new CommandFailure(ExitCodes.CONFIGURATION,
                    "Unknown format '" + format + "'. " + Importers.describeFormats()));
            return importer.read(labels, new ImportContext(facts.frameCount(), facts.fps()));
        } catch (ImportFormatException e) {
            String message = e.getMessage().strip();
            throw new CommandFailure(ExitCodes.INPUT, message + (message.endsWith(".") ? "" : ".")
                    + " Nothing was imported.", e);
        } catch (IOException e) {
            throw new CommandFailure(ExitCodes.INPUT, "Cannot read " + labels + ": " + e.getMessage(), e);
        }
    }
}
