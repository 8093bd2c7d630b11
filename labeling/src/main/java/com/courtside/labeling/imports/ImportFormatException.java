package com.courtside.labeling.imports;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * A label file that cannot be imported as it stands. The message is meant for the user: it names the file, the
 * line (CSV) or JSON key where the problem is, and what was expected there, so the file can be fixed by hand.
 */
public final class ImportFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final String location;
    private final String problem;

    private ImportFormatException(Path file, String location, String problem) {
        super(file + (location == null ? "" : ", " + location) + ": " + problem);
        this.file = Objects.requireNonNull(file, "file");
        this.location = location;
        this.problem = Objects.requireNonNull(problem, "problem");
    }

    /** A problem on a line of a text file; lines count from 1 as an editor shows them. */
    public static ImportFormatException atLine(Path file, int line, String problem) {
        return new ImportFormatException(file, "line " + line, problem);
    }

    /** A problem at a JSON key or path such as {@code "120"} or {@code trajectory[3].x}. */
    public static ImportFormatException atKey(Path file, String key, String problem) {
        return new ImportFormatException(file, "key " + key, problem);
    }

    /** A problem with the file as a whole, such as an unknown format. */
    public static ImportFormatException inFile(Path file, String problem) {
        return new ImportFormatException(file, null, problem);
    }

    public Path file() {
        return file;
    }

    /** "line 12" or "key trajectory[3].x"; empty when the whole file is at fault. */
    public Optional<String> location() {
        return Optional.ofNullable(location);
    }

    /** The message without the file and location, for a dialog that shows those separately. */
    public String problem() {
        return problem;
    }
}
