package com.courtside.inference.shooter;

import com.courtside.inference.onnx.ModelLoadException;
import com.courtside.inference.onnx.ModelManifest;
import com.courtside.inference.onnx.ModelTask;
import com.courtside.inference.onnx.TensorSpec;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The {@code shooter} contract of DESIGN.md, checked on a manifest (which {@code OnnxRuntime.open} has already
 * matched with the session's real tensors): inputs {@code video [N, 16, 3, 224, 224]} and {@code tracks
 * [N, 16, 14, 14, 18]}, float32, and one output of logits {@code [N, 5]} for O1–O5. Each refusal names the tensor,
 * what the model has and what the contract wants.
 */
final class ShooterContract {

    static final String VIDEO = "video";
    static final String TRACKS = "tracks";
    static final List<Long> VIDEO_SHAPE = List.of(-1L, (long) ShooterWindow.FRAMES, 3L,
            (long) TrackHeatmaps.SIZE, (long) TrackHeatmaps.SIZE);
    static final List<Long> TRACKS_SHAPE = List.of(-1L, (long) ShooterWindow.FRAMES, (long) TrackHeatmaps.GRID,
            (long) TrackHeatmaps.GRID, (long) TrackHeatmaps.CHANNELS);
    static final List<Long> OUTPUT_SHAPE = List.of(-1L, 5L);

    private ShooterContract() {
    }

    /** The name of the logits output, after checking the whole contract. */
    static String check(ModelManifest m, Path file) throws ModelLoadException {
        String model = file.getFileName().toString();
        if (m.modelTask() != ModelTask.SHOOTER) {
            throw new ModelLoadException(file, model + " is a '" + m.task()
                    + "' model; scoring shooters needs a 'shooter' model.");
        }
        if (m.frames() != null && m.frames() != ShooterWindow.FRAMES) {
            throw new ModelLoadException(file, "The manifest of " + model + " gives " + m.frames()
                    + " frames; a shooter model takes windows of " + ShooterWindow.FRAMES + ".");
        }
        String names = m.inputs().stream().map(TensorSpec::name).collect(Collectors.joining(", "));
        for (TensorSpec input : m.inputs()) {
            if (!input.name().equals(VIDEO) && !input.name().equals(TRACKS)) {
                throw new ModelLoadException(file, "input '" + input.name() + "' of " + model + " is not part of "
                        + "the shooter contract, which takes only 'video' " + TensorSpec.shapeText(VIDEO_SHAPE)
                        + " and 'tracks' " + TensorSpec.shapeText(TRACKS_SHAPE) + " (its inputs: " + names + ").");
            }
        }
        checkTensor(file, "input", find(m.inputs(), VIDEO, file, names), VIDEO_SHAPE,
                "(shots, frames, RGB, height, width)");
        checkTensor(file, "input", find(m.inputs(), TRACKS, file, names), TRACKS_SHAPE,
                "(shots, frames, patch rows, patch columns, channels)");
        TensorSpec output = m.outputs().get(0);
        checkTensor(file, "output", output, OUTPUT_SHAPE, "(shots, logits of O1–O5)");
        return output.name();
    }

    private static TensorSpec find(List<TensorSpec> inputs, String name, Path file, String names)
            throws ModelLoadException {
        return inputs.stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow(() ->
                new ModelLoadException(file, "input '" + name + "' is missing from " + file.getFileName()
                        + " (its inputs: " + names + "); a shooter model takes 'video' "
                        + TensorSpec.shapeText(VIDEO_SHAPE) + " and 'tracks' " + TensorSpec.shapeText(TRACKS_SHAPE)
                        + "."));
    }

    private static void checkTensor(Path file, String role, TensorSpec spec, List<Long> expected, String meaning)
            throws ModelLoadException {
        if (spec.type() != null && !spec.type().equalsIgnoreCase("float32")) {
            throw new ModelLoadException(file, role + " '" + spec.name() + "' is " + spec.type()
                    + " but a shooter model's " + role + " is float32.");
        }
        if (!TensorSpec.shapeFits(spec.shape(), expected)) {
            throw new ModelLoadException(file, role + " '" + spec.name() + "' has shape "
                    + TensorSpec.shapeText(spec.shape()) + " but a shooter model's is "
                    + TensorSpec.shapeText(expected) + " " + meaning + ".");
        }
    }
}
