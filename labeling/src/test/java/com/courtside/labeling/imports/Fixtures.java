package com.courtside.labeling.imports;

import com.courtside.timeline.Rational;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

/** Test files: the checked-in samples under {@code imports/}, and small ones written on the spot. */
final class Fixtures {

    static final ImportContext HUNDRED_FRAMES = new ImportContext(100, Rational.of(30, 1));

    private Fixtures() {
    }

    static Path resource(String name) {
        URL url = Fixtures.class.getResource("/imports/" + name);
        if (url == null) {
            throw new IllegalArgumentException("no test resource imports/" + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path write(Path dir, String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        return file;
    }
}
