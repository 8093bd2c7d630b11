package com.courtside.app.bench;

import com.courtside.inference.analysis.BallAnalyzer;
import com.courtside.resources.BundledModels;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The ball analyzer the analysis rows measure, and how it came to be chosen, so that every row says which one ran.
 * The caller owns the analyzer and closes it.
 *
 * @param name    short name for the rows: the bundled model's name, the model file's name, or "classical"
 * @param shipped whether it is the bundled default model, the one the design's targets are stated for
 * @param how     how it was chosen, for the notes under the table
 */
public record BenchModel(BallAnalyzer analyzer, String name, boolean shipped, String how) {

    /** The {@code --model} word for the classical detector. */
    public static final String CLASSICAL = "classical";

    /**
     * Describes the analyzer opened for {@code choice} (a bundled name, an .onnx path, or "classical");
     * {@code asked} says whether the user named it, rather than it being the default.
     */
    public static BenchModel of(BallAnalyzer analyzer, String choice, boolean asked) {
        boolean classical = choice.equalsIgnoreCase(CLASSICAL);
        boolean shipped = !classical && !Files.isRegularFile(Path.of(choice))
                && stripOnnx(choice).equals(BundledModels.DEFAULT_BALL);
        String name = classical ? CLASSICAL : shipped ? BundledModels.DEFAULT_BALL : fileName(choice);
        String how;
        if (asked) {
            how = "--model " + choice;
        } else if (shipped) {
            how = "the bundled model (the default)";
        } else {
            how = "the default: this build bundles no ball model (" + BundledModels.DEFAULT_BALL
                    + " is not in it yet), so the classical detector";
        }
        return new BenchModel(analyzer, name, shipped, how);
    }

    private static String stripOnnx(String choice) {
        return choice.endsWith(".onnx") ? choice.substring(0, choice.length() - 5) : choice;
    }

    private static String fileName(String choice) {
        Path file = Path.of(choice).getFileName();
        return file == null ? choice : file.toString();
    }
}
