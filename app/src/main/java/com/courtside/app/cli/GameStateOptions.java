package com.courtside.app.cli;

import com.courtside.inference.analysis.GameStateAnalyzer;
import com.courtside.inference.onnx.Device;
import com.courtside.inference.onnx.ModelLoadException;
import com.courtside.inference.video.CacheDirectory;
import com.courtside.resources.BundledModels;
import picocli.CommandLine.Option;

import java.io.UncheckedIOException;
import java.nio.file.Path;

/** {@code --game-state}: the game-state model that finds rallies beside the ball track, or none. */
public final class GameStateOptions {

    /** The {@code --game-state} value that runs no game-state model. */
    public static final String NONE = "none";

    @Option(names = "--game-state", paramLabel = "NAME|PATH|none",
            description = "the game-state model for rallies: a bundled model's name, the path of an .onnx file with "
                    + "its manifest, or 'none' for rallies from the ball track alone (default: the bundled model "
                    + "when this build has one)")
    String model;

    /** The model this invocation means, or {@link #NONE}. */
    String choice() {
        if (model != null) {
            return model;
        }
        return BundledModels.isBundled(BundledModels.DEFAULT_GAME_STATE) ? BundledModels.DEFAULT_GAME_STATE : NONE;
    }

    /** Opens the chosen model, or returns null for none; refusals become exit code 2. */
    GameStateAnalyzer open(CacheDirectory cache, Device device, int threads) {
        String choice = choice();
        if (choice.equalsIgnoreCase(NONE)) {
            return null;
        }
        Path onnx;
        try {
            onnx = BundledModels.resolve(choice, cache.root().resolve("models")).orElseThrow(() ->
                    new CommandFailure(ExitCodes.MODEL_LOAD, "No game-state model '" + choice + "': give "
                            + (BundledModels.isBundled(BundledModels.DEFAULT_GAME_STATE)
                            ? BundledModels.DEFAULT_GAME_STATE + ", " : "") + "the path of an .onnx file, or 'none'."));
        } catch (UncheckedIOException e) {
            throw new CommandFailure(ExitCodes.OUTPUT, "Cannot unpack the model " + choice + ": " + e.getMessage(), e);
        }
        try {
            return GameStateAnalyzer.open(onnx, device, threads);
        } catch (ModelLoadException e) {
            throw new CommandFailure(ExitCodes.MODEL_LOAD, e.getMessage(), e);
        }
    }
}
