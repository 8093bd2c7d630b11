package com.courtside.inference.analysis;

import com.courtside.inference.onnx.Device;
import com.courtside.inference.onnx.LoadedModel;
import com.courtside.inference.onnx.ModelLoadException;
import com.courtside.inference.onnx.OnnxRuntime;

import java.nio.file.Path;

/** Opens the ball analyzer a model file asks for, by the task its manifest names. */
public final class Analyzers {

    private Analyzers() {
    }

    /**
     * Loads {@code onnx} on {@code device} and wraps it for its task. The returned analyzer owns the model: close it.
     *
     * @throws ModelLoadException when the model cannot be loaded, does not match its manifest, or cannot find a ball
     */
    public static BallAnalyzer forModel(Path onnx, Device device, int threads) throws ModelLoadException {
        LoadedModel model = OnnxRuntime.open(onnx, device, threads);
        try {
            return switch (model.manifest().modelTask()) {
                case BALL_HEATMAP -> new HeatmapBallAnalyzer(model);
                case BALL_BOXES -> new BoxesBallAnalyzer(model);
                default -> throw new ModelLoadException(onnx, onnx.getFileName() + " is a '" + model.manifest().task()
                        + "' model; finding the ball needs a 'ball-heatmap' or 'ball-boxes' model.");
            };
        } catch (ModelLoadException | RuntimeException e) {
            closeQuietly(model);
            throw e;
        }
    }

    private static void closeQuietly(LoadedModel model) {
        try {
            model.close();
        } catch (Exception ignored) {
            // The model was refused; failing to free it changes nothing for the user.
        }
    }
}
