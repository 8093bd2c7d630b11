package com.courtside.app.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Playback in the real workstation window: starts the program on the clip with
 * {@code -Dcourtside.playbackProbe}, which plays it with the JavaFX overlay for the given time and prints how many
 * frames it showed and dropped. Needs a display (under a server: {@code xvfb-run -a ./courtside bench}).
 */
final class WindowPlaybackBench {

    private static final Pattern RESULT = Pattern.compile("playback-probe shown=(\\d+) dropped=(\\d+) seconds=([0-9.]+)");

    private WindowPlaybackBench() {
    }

    static List<BenchRow> run(Path clip, String label, BenchContext ctx) throws IOException, InterruptedException {
        String display = System.getenv("DISPLAY");
        if (display == null || display.isBlank()) {
            ctx.note("playback in the window was not measured: no display (run the bench as xvfb-run -a ./courtside bench)");
            return List.of();
        }
        double seconds = ctx.options().playbackSeconds();
        ctx.say("playing %s in the workstation window for %.0f s...", label, seconds);
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-XX:MaxDirectMemorySize=2g",
                "-Dcourtside.cache=" + ctx.options().work().toAbsolutePath(),
                "-Dcourtside.prefs=com/courtside/bench",
                "-Dcourtside.playbackProbe=" + seconds,
                "com.courtside.app.Main", "open", clip.toAbsolutePath().toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        // In the environment, not on the command line: ONNX Runtime 1.29 crashes while starting in a process whose
        // command line is longer than about 3.7 KB, and an expanded class path can be.
        builder.environment().put("CLASSPATH", System.getProperty("java.class.path"));
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor((long) seconds + 120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        Matcher m = RESULT.matcher(out);
        if (!m.find()) {
            ctx.note("playback in the window could not be measured: the workstation printed no result (exit "
                    + (process.isAlive() ? "timeout" : process.exitValue()) + ")");
            return List.of();
        }
        long shown = Long.parseLong(m.group(1));
        long dropped = Long.parseLong(m.group(2));
        double elapsed = Double.parseDouble(m.group(3));
        String name = String.format(Locale.ROOT, "playback %s in the window, %.0f s + JavaFX overlay", label, elapsed);
        ctx.note("playback in the window: the workstation itself (JavaFX " + System.getProperty("prism.order", "default")
                + " pipeline of this display) playing the clip with its ground-truth overlay (ball trail, markers) on, "
                + "counting frames the status bar reports dropped.");
        return List.of(
                BenchRow.own(name + ": frames shown", shown, Units.FRAMES, Target.NONE),
                BenchRow.own(name + ": frames dropped", dropped, Units.FRAMES, Target.atMost(0, "frames")));
    }
}
