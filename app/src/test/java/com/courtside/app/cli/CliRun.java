package com.courtside.app.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

/**
 * The command line run in-process as a shell would run it, with what it printed kept, and the cache a test class
 * points at a folder of its own (so kept analyses and projects never leak between classes).
 */
final class CliRun {

    /** The exit code and everything printed to stdout and stderr. */
    record Result(int code, String out, String err) {
    }

    private static final String CACHE = "courtside.cache";

    private CliRun() {
    }

    static Result courtside(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CourtsideCommand.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new Result(code, out.toString(), err.toString());
    }

    /** Points the cache at {@code folder}; returns the setting to give {@link #restoreCache} afterwards. */
    static String useCache(Path folder) {
        String previous = System.getProperty(CACHE);
        System.setProperty(CACHE, folder.toString());
        return previous;
    }

    static void restoreCache(String previous) {
        if (previous == null) {
            System.clearProperty(CACHE);
        } else {
            System.setProperty(CACHE, previous);
        }
    }
}
