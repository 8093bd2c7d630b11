package com.courtside.app.cli;

/** Process exit codes of every command; scripts depend on them, so they never change meaning. */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int CONFIGURATION = 1;
    public static final int MODEL_LOAD = 2;
    public static final int INPUT = 3;
    public static final int OUTPUT = 4;
    public static final int GPU = 5;
    public static final int RUNTIME = 6;

    private ExitCodes() {
    }
}
