package com.courtside.inference.ball;

import com.courtside.inference.onnx.LoadedModel;
import com.courtside.inference.onnx.ModelLoadException;
import com.courtside.inference.onnx.ModelManifest;
import com.courtside.inference.onnx.ModelTask;
import com.courtside.inference.onnx.TensorSpec;

import java.util.List;

/**
 * What a loaded {@code ball-heatmap} model takes and gives, checked once: F frames of W × H in one input
 * {@code [N, 3·F, H, W]}, the x-then-y heatmap {@code [N, W+H]} as the first output, optional event scores second.
 *
 * @param target      the frame of the window the outputs describe (0 = oldest)
 * @param eventsName  the event scores' output, or null when the model has no event head
 */
public record HeatmapContract(int frames, int width, int height, int target, String inputName, String heatmapName,
                              String eventsName) {

    /** Checks {@code model}'s manifest against the contract; the refusal names the tensor and what it should be. */
    public static HeatmapContract of(LoadedModel model) throws ModelLoadException {
        ModelManifest m = model.manifest();
        String file = model.file().getFileName().toString();
        if (m.modelTask() != ModelTask.BALL_HEATMAP) {
            throw new ModelLoadException(model.file(), file + " is a '" + m.task()
                    + "' model; finding the ball needs a 'ball-heatmap' model (or a 'ball-boxes' one).");
        }
        if (m.frames() == null || m.inputWidth() == null || m.inputHeight() == null) {
            throw new ModelLoadException(model.file(), "The manifest of " + file
                    + " must give \"frames\", \"inputWidth\" and \"inputHeight\" for a ball-heatmap model.");
        }
        int frames = m.frames();
        int width = m.inputWidth();
        int height = m.inputHeight();
        int target = m.targetFrameOrDefault();
        if (target < 0 || target >= frames) {
            throw new ModelLoadException(model.file(), "\"targetFrame\" " + target + " is outside the window of "
                    + frames + " frames (0 is the oldest).");
        }
        TensorSpec input = m.inputs().get(0);
        List<Long> expectedInput = List.of(-1L, 3L * frames, (long) height, (long) width);
        if (!TensorSpec.shapeFits(input.shape(), expectedInput)) {
            throw new ModelLoadException(model.file(), "input '" + input.name() + "' has shape "
                    + TensorSpec.shapeText(input.shape()) + " but a ball-heatmap model with " + frames + " frames of "
                    + width + "x" + height + " takes " + TensorSpec.shapeText(expectedInput) + ".");
        }
        TensorSpec heat = m.outputs().get(0);
        List<Long> expectedHeat = List.of(-1L, (long) width + height);
        if (!TensorSpec.shapeFits(heat.shape(), expectedHeat)) {
            throw new ModelLoadException(model.file(), "output '" + heat.name() + "' has shape "
                    + TensorSpec.shapeText(heat.shape()) + " but should be " + TensorSpec.shapeText(expectedHeat)
                    + ": the x heatmap (" + width + " values) then the y heatmap (" + height + " values).");
        }
        String events = m.outputs().size() > 1 ? m.outputs().get(1).name() : null;
        return new HeatmapContract(frames, width, height, target, input.name(), heat.name(), events);
    }

    public long[] inputShape() {
        return new long[] {1, 3L * frames, height, width};
    }

    /** "5 frames of 320x128, outputs for frame 2". */
    public String describe() {
        return frames + " frames of " + width + "x" + height + ", outputs for frame " + target;
    }
}
