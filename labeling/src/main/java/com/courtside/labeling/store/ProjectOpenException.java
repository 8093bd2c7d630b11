package com.courtside.labeling.store;

import java.nio.file.Path;

/** A project file that cannot be opened; the message says why and what to do, and the file was not touched. */
public final class ProjectOpenException extends Exception {

    private final transient Path file;

    public ProjectOpenException(Path file, String message) {
        super(message);
        this.file = file;
    }

    public ProjectOpenException(Path file, String message, Throwable cause) {
        super(message, cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
