package com.courtside.resources;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The models that ship inside the program (trained by the scripts under {@code tools/train}), each an ONNX file with
 * its {@code .model.json} manifest. ONNX Runtime loads files, so a model is copied to a folder on disk on first use.
 * A model is named either by its bundled name or by the path of an .onnx file.
 */
public final class BundledModels {

    /** The ball model used when none is chosen. */
    public static final String DEFAULT_BALL = "ball-heatmap-tt";
    /** The game-state model that finds rallies beside the ball track when none is chosen. */
    public static final String DEFAULT_GAME_STATE = "game-state-tt";
    private static final String BASE = "/courtside/models/";
    public static final String DEFAULT_SHOOTER = "shooter-bb";
    public static final String DEFAULT_PEOPLE = "person-bb";
    private static final List<String> NAMES = List.of(DEFAULT_BALL, DEFAULT_GAME_STATE, DEFAULT_SHOOTER, DEFAULT_PEOPLE);

    /** A manifest's naming of a second model beside it. */
    private static final Pattern COMPANION = Pattern.compile(
            "\"(?:localStage|trackEvents)\"\\s*:\\s*\"([A-Za-z0-9_.-]+)\\.onnx\"");

    private BundledModels() {
    }

    /** The bundled models this build carries. */
    public static List<String> names() {
        return NAMES.stream().filter(BundledModels::isBundled).toList();
    }

    /** The bundled models that find the ball (the choices of the Analysis menu and of --model). */
    public static List<String> ballModels() {
        return names().stream().filter(n -> !n.equals(DEFAULT_GAME_STATE) && !n.equals(DEFAULT_SHOOTER)
                && !n.equals(DEFAULT_PEOPLE)).toList();
    }

    public static boolean isBundled(String name) {
        return BundledModels.class.getResource(BASE + name + ".onnx") != null
                && BundledModels.class.getResource(BASE + name + ".model.json") != null;
    }

    /**
     * The model file for {@code nameOrPath}: an existing file as it is, else a bundled model copied into
     * {@code folder}; empty when it is neither.
     */
    public static Optional<Path> resolve(String nameOrPath, Path folder) {
        Path file = Path.of(nameOrPath);
        if (Files.isRegularFile(file)) {
            return Optional.of(file);
        }
        String name = nameOrPath.endsWith(".onnx") ? nameOrPath.substring(0, nameOrPath.length() - 5) : nameOrPath;
        return isBundled(name) ? Optional.of(extractTo(name, folder)) : Optional.empty();
    }

    /** A readable list of the ball-model choices, for messages: "ball-heatmap-tt, or the path of an .onnx file". */
    public static String choices() {
        List<String> names = ballModels();
        return (names.isEmpty() ? "" : String.join(", ", names) + ", or ") + "the path of an .onnx file";
    }

    /**
     * Copies a bundled model and its manifest into {@code folder} (once) and returns the .onnx path; with them the
     * bundled models its manifest names beside it ({@code "localStage"}, {@code "trackEvents"}).
     */
    public static Path extractTo(String name, Path folder) {
        if (!isBundled(name)) {
            throw new IllegalArgumentException("no bundled model named '" + name + "'; this build has " + names());
        }
        try {
            Files.createDirectories(folder);
            Path manifest = copy(name + ".model.json", folder);
            Matcher named = COMPANION.matcher(Files.readString(manifest));
            while (named.find()) {
                String companion = named.group(1);
                if (!companion.equals(name) && isBundled(companion)) {
                    copy(companion + ".model.json", folder);
                    copy(companion + ".onnx", folder);
                }
            }
            return copy(name + ".onnx", folder);
        } catch (IOException e) {
            throw new UncheckedIOException("could not unpack the model " + name + " into " + folder + ": "
                    + e.getMessage(), e);
        }
    }

    private static Path copy(String file, Path folder) throws IOException {
        Path target = folder.resolve(file);
        byte[] bytes;
        try (InputStream in = BundledModels.class.getResourceAsStream(BASE + file)) {
            if (in == null) {
                throw new IOException(file + " is missing from the program");
            }
            bytes = in.readAllBytes();
        }
        if (Files.isRegularFile(target) && Arrays.equals(Files.readAllBytes(target), bytes)) {
            return target;
        }
        Path tmp = folder.resolve(file + ".part");
        Files.write(tmp, bytes);
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return target;
    }
}
