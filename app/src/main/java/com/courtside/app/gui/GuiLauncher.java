package com.courtside.app.gui;

import com.courtside.app.cli.ExitCodes;
import javafx.application.Application;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;

/** Starts the workstation window from a plain main class and waits until it is closed. */
public final class GuiLauncher {

    private static final Logger LOG = LoggerFactory.getLogger(GuiLauncher.class);

    private GuiLauncher() {
    }

    /**
     * Opens the window on {@code videoOrNull} (the bundled demo match when null), blocks until the window closes
     * and returns the exit code.
     */
    public static int launch(Path videoOrNull) {
        CourtsideApplication.configure(videoOrNull);
        try {
            Application.launch(CourtsideApplication.class);
        } catch (RuntimeException | LinkageError e) {
            LOG.debug("JavaFX failed to start", e);
            System.err.println("Courtside could not open its window: " + describe(e)
                    + "\nCheck that a display is available (or run under xvfb-run -a).");
            return ExitCodes.RUNTIME;
        }
        return CourtsideApplication.exitCode();
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
    }
}
