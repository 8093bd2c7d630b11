package com.courtside.export.cut;

import java.nio.file.Path;

/**
 * A cut could not be written. The message is for the user: which file, what happened, what to do. When it is
 * thrown nothing that looks finished is left: the partial file has been removed.
 */
public final class CutException extends Exception {

    /** What went wrong, from the user's point of view. */
    public enum Problem { NO_SPACE, NOT_WRITABLE, WRITE_FAILED, SOURCE, ENCODER }

    private final Problem problem;
    private final Path file;

    public CutException(Problem problem, Path file, String message) {
        this(problem, file, message, null);
    }

    public CutException(Problem problem, Path file, String message, Throwable cause) {
        super(message, cause);
        this.problem = problem;
        this.file = file;
    }

    public Problem problem() {
        return problem;
    }

    /** The output file (or source video, for {@link Problem#SOURCE}) the problem is about. */
    public Path file() {
        return file;
    }
}
