package com.courtside.app;

import com.courtside.app.cli.CourtsideCommand;
import com.courtside.app.cli.ExitCodes;
import com.courtside.app.gui.GuiLauncher;
import com.courtside.inference.onnx.NativeLibraries;
import com.courtside.inference.video.CacheDirectory;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;

/**
 * Entry point. No arguments, or {@code open [VIDEO]}, opens the workstation (on the demo match when no video is
 * named); anything else is a headless command. Kept apart from the JavaFX {@code Application} class so the
 * program starts from a plain class path.
 */
public final class Main {

    private static final Set<String> GUI_WORDS = Set.of("open", "gui");

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String[] args) {
        // Before anything touches ONNX Runtime: load its libraries from a kept folder instead of unpacking them.
        NativeLibraries.useKeptCopy(CacheDirectory.defaultLocation().root());
        if (args.length == 0 || GUI_WORDS.contains(args[0])) {
            Path video = args.length > 1 ? Path.of(args[1]) : null;
            return openWorkstation(video);
        }
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        return CourtsideCommand.execute(args, out, err);
    }

    private static int openWorkstation(Path video) {
        if (!hasDisplay()) {
            System.err.println("""
                    Courtside needs a display to open its window, and none was found (DISPLAY is not set).
                    - On a desktop, run ./courtside from a terminal inside the desktop session.
                    - On a server, run it under a virtual display: xvfb-run -a ./courtside
                    - Or use the headless commands, which need no display:
                        ./courtside info VIDEO          facts of a video (add --json for machine-readable output)
                        ./courtside render-demo -o FILE.mp4   render a synthetic match with its ground truth
                        ./courtside bench               measure decoding, seeking and playback
                        ./courtside --help              every command""");
            return ExitCodes.CONFIGURATION;
        }
        return GuiLauncher.launch(video);
    }

    private static boolean hasDisplay() {
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        if (!os.contains("linux")) {
            return true;
        }
        return notBlank(System.getenv("DISPLAY")) || notBlank(System.getenv("WAYLAND_DISPLAY"));
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
