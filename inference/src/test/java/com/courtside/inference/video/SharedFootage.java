package com.courtside.inference.video;

import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the real footage kept beside the repository in {@code shared/data/real} (never committed). Tests that
 * use it are skipped where it is absent.
 */
final class SharedFootage {

    private SharedFootage() {
    }

    static Path file(String relative) {
        Path start = Path.of("").toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/data/real").resolve(relative);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        Assumptions.abort("real footage not available here: shared/data/real/" + relative);
        return null;
    }
}
