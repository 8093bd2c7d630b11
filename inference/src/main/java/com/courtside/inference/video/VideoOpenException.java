package com.courtside.inference.video;

import java.nio.file.Path;

/**
 * A video could not be opened or read. The message is written for the user: what is wrong with which file and
 * what to do about it. {@link #problem()} lets callers choose an exit code or dialog without parsing text.
 */
public final class VideoOpenException extends Exception {

    /** What went wrong, from the user's point of view. */
    public enum Problem { NOT_FOUND, EMPTY, NOT_READABLE, NOT_VIDEO, UNSUPPORTED_CODEC, DAMAGED }

    private final Problem problem;
    private final Path path;

    public VideoOpenException(Problem problem, Path path, String message) {
        this(problem, path, message, null);
    }

    public VideoOpenException(Problem problem, Path path, String message, Throwable cause) {
        super(message, cause);
        this.problem = problem;
        this.path = path;
    }

    public Problem problem() {
        return problem;
    }

    public Path path() {
        return path;
    }
}
