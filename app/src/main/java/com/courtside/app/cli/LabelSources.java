package com.courtside.app.cli;

import com.courtside.app.eval.SourceLabels;
import com.courtside.labeling.imports.ImportContext;
import com.courtside.labeling.imports.ImportFormatException;
import com.courtside.labeling.imports.Importers;
import com.courtside.labeling.store.LabelLayers;
import com.courtside.labeling.store.Project;
import com.courtside.labeling.store.ProjectOpenException;
import com.courtside.labeling.store.StoreException;
import com.courtside.labeling.store.VideoRecord;
import com.courtside.labeling.store.Videos;
import com.courtside.timeline.LabelSet;
import com.courtside.timeline.VideoFacts;
import com.courtside.timeline.io.OpenTtGamesJson;
import com.courtside.timeline.io.TruthJson;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The label sources {@code evaluate --labels/--against} names: {@code model}, {@code human} and {@code effective}
 * are layers of the video's project (opened read-only, once, on first use), anything else a file: a Courtside
 * truth file, or a file one of the importers reads (an OpenTTGames folder stands for its {@code ball_markup.json}).
 * Each refusal is a {@link CommandFailure} that says what to do.
 */
final class LabelSources implements AutoCloseable {

    private final VideoFacts facts;
    private final Path projectFile;
    private final PrintWriter err;
    private Project project;
    private VideoRecord video;

    LabelSources(VideoFacts facts, Path projectFile, PrintWriter err) {
        this.facts = facts;
        this.projectFile = projectFile;
        this.err = err;
    }

    /** The labels of {@code source}; refused when there is none or it holds nothing. */
    SourceLabels read(String source) {
        Optional<LabelLayers.Layer> layer = layer(source);
        SourceLabels labels = layer.isPresent() ? fromProject(layer.get()) : fromFile(source);
        if (labels.isEmpty()) {
            throw new CommandFailure(ExitCodes.INPUT, layer.map(this::emptyLayer).orElse(source
                    + " holds no labels: no ball positions, events or rallies. Check that it is the file you meant."));
        }
        return labels;
    }

    static Optional<LabelLayers.Layer> layer(String source) {
        for (LabelLayers.Layer layer : LabelLayers.Layer.values()) {
            if (layer.name().equalsIgnoreCase(source.trim())) {
                return Optional.of(layer);
            }
        }
        return Optional.empty();
    }

    private SourceLabels fromProject(LabelLayers.Layer layer) {
        openProject();
        try {
            return SourceLabels.of(layer.name().toLowerCase(Locale.ROOT),
                    new LabelLayers(project).read(video.id(), facts.frameCount(), layer));
        } catch (StoreException e) {
            throw new CommandFailure(ExitCodes.INPUT, e.getMessage(), e);
        }
    }

    private void openProject() {
        if (project != null) {
            return;
        }
        String name = facts.path().getFileName().toString();
        if (!Files.isRegularFile(projectFile)) {
            throw new CommandFailure(ExitCodes.INPUT, "There is no project of " + name + " at " + projectFile
                    + ", so it has no model or human labels. Analyse or label the video in the workstation, or "
                    + "import labels with 'courtside import " + name + " FILE'; or give the project with --project.");
        }
        try {
            project = Project.openReadOnly(projectFile);
        } catch (ProjectOpenException e) {
            throw new CommandFailure(ExitCodes.INPUT, e.getMessage(), e);
        }
        video = new Videos(project).all().stream().filter(v -> v.signature().sameContentAs(facts.signature()))
                .findFirst().orElseThrow(() -> new CommandFailure(ExitCodes.INPUT, "The project " + projectFile
                        + " has no labels of " + name + " (no video with its content is in it). Give the project "
                        + "of this video with --project, or label it first."));
    }

    private String emptyLayer(LabelLayers.Layer layer) {
        String name = facts.path().getFileName().toString();
        return switch (layer) {
            case MODEL -> "The project " + projectFile.getFileName() + " holds no complete analysis of " + name
                    + ", so 'model' has nothing to compare. Open the video in the workstation and analyse it (the "
                    + "result is saved in the project), then evaluate again.";
            case HUMAN -> "No one has labelled " + name + " in " + projectFile.getFileName() + ", so 'human' has "
                    + "nothing to compare. Label it in the workstation, or import labels with 'courtside import "
                    + name + " FILE'.";
            case EFFECTIVE -> "The project " + projectFile.getFileName() + " holds no labels of " + name
                    + ": neither an analysis nor human labels. Analyse or label it in the workstation first.";
        };
    }

    private SourceLabels fromFile(String source) {
        Path file = Path.of(source);
        if (Files.isDirectory(file) && Files.isRegularFile(file.resolve(OpenTtGamesJson.BALL_FILE))) {
            file = file.resolve(OpenTtGamesJson.BALL_FILE); // named by its ball file, as when given the file
        }
        boolean dataset = Files.isDirectory(file);
        if (!Files.isRegularFile(file) && !dataset) {
            throw new CommandFailure(ExitCodes.INPUT, "No label source '" + source + "': give model, human, "
                    + "effective, or the path of a label file (a Courtside truth file or one that "
                    + "'courtside import' reads).");
        }
        String name = file.getFileName().toString();
        try {
            if (!dataset && isTruthFile(file)) {
                LabelSet truth = TruthJson.readLabels(file);
                if (truth.frameCount() != facts.frameCount()) {
                    err.println("warning: " + name + " has " + truth.frameCount() + " frames, the video "
                            + facts.frameCount() + "; are these the labels of another video?");
                }
                return SourceLabels.ofTruth(name, truth, facts.frameCount());
            }
            ImportContext context = ImportContext.of(facts);
            return SourceLabels.ofImport(name, Importers.forFile(file).read(file, context), facts.frameCount());
        } catch (ImportFormatException e) {
            String message = e.getMessage().strip();
            throw new CommandFailure(ExitCodes.INPUT, message + (message.endsWith(".") ? "" : ".")
                    + " (Courtside truth files, NAME.truth.json, are read too.)", e);
        } catch (IOException e) {
            throw new CommandFailure(ExitCodes.INPUT, "Cannot read the labels " + file + ": " + e.getMessage(), e);
        }
    }

    /** A Courtside truth file, by its name or its {@code "format"} near the start. */
    static boolean isTruthFile(Path file) throws IOException {
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".truth.json")) {
            return true;
        }
        try (InputStream in = Files.newInputStream(file)) {
            String head = new String(in.readNBytes(4096), StandardCharsets.UTF_8);
            return head.contains("\"" + TruthJson.FORMAT + "\"");
        }
    }

    @Override
    public void close() {
        if (project != null) {
            project.close();
        }
    }
}
