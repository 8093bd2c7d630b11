package com.courtside.resources;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The demo match that ships inside the program (rendered by {@code courtside render-demo}). FFmpeg reads files,
 * not class-path streams, so the first use copies it to a folder on disk and later uses find it there.
 */
public final class DemoMatch {

    public static final String VIDEO = "demo-match.mp4";
    public static final String TRUTH = "demo-match.truth.json";
    private static final String BASE = "/courtside/demo/";

    private DemoMatch() {
    }

    /** True when this build carries the demo clip. */
    public static boolean isBundled() {
        return DemoMatch.class.getResource(BASE + VIDEO) != null;
    }

    /**
     * The demo video on disk inside {@code folder} (its truth JSON lies beside it), copied there on first use.
     *
     * @throws UncheckedIOException when the folder cannot be written
     * @throws IllegalStateException when this build does not carry the demo
     */
    public static Path extractTo(Path folder) {
        if (!isBundled()) {
            throw new IllegalStateException("this build does not contain the demo match (resources/demo/" + VIDEO + ")");
        }
        try {
            Files.createDirectories(folder);
            copy(TRUTH, folder);
            return copy(VIDEO, folder);
        } catch (IOException e) {
            throw new UncheckedIOException("could not unpack the demo match into " + folder + ": " + e.getMessage(), e);
        }
    }

    private static Path copy(String name, Path folder) throws IOException {
        Path target = folder.resolve(name);
        try (InputStream in = DemoMatch.class.getResourceAsStream(BASE + name)) {
            if (in == null) {
                throw new IOException(name + " is missing from the program");
            }
            long size = resourceSize(name);
            if (Files.isRegularFile(target) && Files.size(target) == size) {
                return target;
            }
            Path tmp = folder.resolve(name + ".part");
            Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        return target;
    }

    private static long resourceSize(String name) throws IOException {
        try (InputStream in = DemoMatch.class.getResourceAsStream(BASE + name)) {
            return in == null ? -1 : in.transferTo(java.io.OutputStream.nullOutputStream());
        }
    }
}
