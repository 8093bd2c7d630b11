package com.courtside.app.cli;

import com.courtside.inference.analysis.Analyzers;
import com.courtside.inference.analysis.BallAnalyzer;
import com.courtside.inference.onnx.Device;
import com.courtside.inference.onnx.ModelLoadException;
import com.courtside.inference.video.CacheDirectory;
import com.courtside.resources.BundledModels;
import picocli.CommandLine.Option;

import java.io.UncheckedIOException;
import java.nio.file.Path;

/** {@code --model}, {@code --device} and {@code --no-local-stage}, shared by the commands that find the ball. */
public final class ModelOptions {

    /** The {@code --model} value that picks the classical detector. */
    public static final String CLASSICAL = "classical";

    @Option(names = "--model", paramLabel = "NAME|PATH",
            description = "the ball model: a bundled model's name, the path of an .onnx file (its .model.json "
                    + "manifest beside it), or 'classical' for the moving-blob detector (default: the bundled "
                    + "model when this build has one, else classical)")
    String model;

    @Option(names = "--device", paramLabel = "auto|cpu|cuda[:N]", defaultValue = "auto",
            description = "where the model runs: CUDA when it works (auto), else the CPU (default: ${DEFAULT-VALUE})")
    String device;

    @Option(names = "--model-threads", paramLabel = "N", defaultValue = "0",
            description = "CPU threads for the model (0: one per core)")
    int modelThreads;

    @Option(names = "--no-local-stage",
            description = "run a ball-heatmap model's global stage only, without the local stage its manifest names")
    boolean noLocalStage;

    /** The model this invocation means, by name or path, before it is resolved. */
    String choice() {
        if (model != null) {
            return model;
        }
        return BundledModels.isBundled(BundledModels.DEFAULT_BALL) ? BundledModels.DEFAULT_BALL : CLASSICAL;
    }

    /** Opens the chosen analyzer; the caller closes it. Refusals become exit code 2 (1 for a bad --device). */
    BallAnalyzer open(CacheDirectory cache) {
        Device parsed;
        try {
            parsed = Device.parse(device);
        } catch (IllegalArgumentException e) {
            throw new CommandFailure(ExitCodes.CONFIGURATION, e.getMessage() + ".", e);
        }
        String choice = choice();
        if (choice.equalsIgnoreCase(CLASSICAL)) {
            return BallAnalyzer.classical();
        }
        Path onnx;
        try {
            onnx = BundledModels.resolve(choice, cache.root().resolve("models")).orElseThrow(() ->
                    new CommandFailure(ExitCodes.MODEL_LOAD, "No model '" + choice + "': give " + BundledModels.choices()
                            + ", or 'classical'."));
        } catch (UncheckedIOException e) {
            throw new CommandFailure(ExitCodes.OUTPUT, "Cannot unpack the model " + choice + ": " + e.getMessage(), e);
        }
        try {
            return Analyzers.forModel(onnx, parsed, modelThreads, !noLocalStage);
        } catch (ModelLoadException e) {
            throw new CommandFailure(ExitCodes.MODEL_LOAD, e.getMessage(), e);
        }
    }
}
