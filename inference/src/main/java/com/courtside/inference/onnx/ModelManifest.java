package com.courtside.inference.onnx;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The JSON beside every model ({@code NAME.model.json} next to {@code NAME.onnx}): what the model does, what it
 * takes and gives, how its input is prepared, and what it was trained on with its measured metrics.
 *
 * @param localStage optional, {@code ball-heatmap} only: the file name of a second model beside this one, with its
 *                   own manifest and the same contract, that refines each estimate on a crop of the full-resolution
 *                   frames around it (TTNet's local stage)
 * @param trackEvents optional, {@code ball-heatmap} only: the file name of a {@code ball-events} model beside this
 *                    one that reads bounces and nets off the ball track and this model's event scores
 * @param fps         {@code ball-events} only: the frame rate the model's steps are sampled at
 * @param features    {@code ball-events} only: the names of the input channels, in order
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ModelManifest(
        String name,
        String task,
        String version,
        String description,
        String layout,
        Integer frames,
        Integer inputWidth,
        Integer inputHeight,
        Integer targetFrame,
        Double threshold,
        Double eventThreshold,
        String colorOrder,
        Map<String, Object> normalization,
        List<TensorSpec> inputs,
        List<TensorSpec> outputs,
        List<String> labels,
        Map<String, Object> training,
        String localStage,
        String trackEvents,
        Double fps,
        List<String> features) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The manifest that belongs to a model file. */
    public static Path pathFor(Path onnx) {
        String file = onnx.getFileName().toString();
        String base = file.endsWith(".onnx") ? file.substring(0, file.length() - 5) : file;
        return onnx.resolveSibling(base + ".model.json");
    }

    public static ModelManifest readFor(Path onnx) throws ModelLoadException {
        Path file = pathFor(onnx);
        if (!Files.isRegularFile(file)) {
            throw new ModelLoadException(onnx, "The model " + onnx.getFileName() + " has no manifest: expected "
                    + file.getFileName() + " beside it (task, inputs, outputs; see README, 'Bring your own model').");
        }
        ModelManifest manifest;
        try {
            manifest = JSON.readValue(file.toFile(), ModelManifest.class);
        } catch (JsonProcessingException e) {
            throw new ModelLoadException(onnx, "The manifest " + file.getFileName() + " is not valid JSON: "
                    + e.getOriginalMessage() + " (line " + e.getLocation().getLineNr() + ").", e);
        } catch (IOException e) {
            throw new ModelLoadException(onnx, "Cannot read the manifest " + file + ": " + e.getMessage(), e);
        }
        manifest.checkComplete(onnx, file);
        return manifest;
    }

    private void checkComplete(Path onnx, Path file) throws ModelLoadException {
        if (task == null || task.isBlank()) {
            throw new ModelLoadException(onnx, "The manifest " + file.getFileName() + " names no task; "
                    + "set \"task\" to one of: " + ModelTask.known() + ".");
        }
        if (ModelTask.fromWire(task).isEmpty()) {
            throw new ModelLoadException(onnx, "The manifest " + file.getFileName() + " names the task '" + task
                    + "', which Courtside does not know; use one of: " + ModelTask.known() + ".");
        }
        if (inputs == null || inputs.isEmpty() || outputs == null || outputs.isEmpty()) {
            throw new ModelLoadException(onnx, "The manifest " + file.getFileName()
                    + " must list the model's \"inputs\" and \"outputs\" (name, type, shape of each tensor).");
        }
    }

    /** The local stage's model file, resolved beside {@code onnx}; empty when the manifest names none. */
    public Optional<Path> localStageBeside(Path onnx) {
        return localStage == null || localStage.isBlank() ? Optional.empty() : Optional.of(onnx.resolveSibling(localStage));
    }

    /** The track-event model's file, resolved beside {@code onnx}; empty when the manifest names none. */
    public Optional<Path> trackEventsBeside(Path onnx) {
        return trackEvents == null || trackEvents.isBlank() ? Optional.empty() : Optional.of(onnx.resolveSibling(trackEvents));
    }

    public ModelTask modelTask() {
        return ModelTask.fromWire(task).orElseThrow();
    }

    /** Which frame of the window the outputs describe, 0 being the oldest; TTNet's middle frame unless stated. */
    public int targetFrameOrDefault() {
        int f = frames == null ? 1 : frames;
        return targetFrame == null ? f / 2 : targetFrame;
    }

    /** The score from which an event head's peak counts as an event (the detection threshold unless stated). */
    public double eventThresholdOrDefault() {
        return eventThreshold == null ? thresholdOrDefault() : eventThreshold;
    }

    /** The score from which a heatmap peak or a box counts as the ball (0.5 unless the manifest says). */
    public double thresholdOrDefault() {
        return threshold == null ? 0.5 : threshold;
    }
}
