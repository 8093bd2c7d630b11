package com.courtside.app.cli;

/**
 * A failure a command reports to its user: a message that says what is wrong and what to do, and the exit code.
 * The top-level handler prints the message without a stack trace.
 */
public final class CommandFailure extends RuntimeException {

    private final int exitCode;

    public CommandFailure(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public CommandFailure(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
