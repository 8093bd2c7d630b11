package com.courtside.e2e.gui;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Starts the real program as a user would ({@code Main open VIDEO}) on a real display (Xvfb in CI) with the
 * screenshot option, and checks the PNG it saves: the window at its default size, with the video in it.
 */
@Tag("xvfb")
class ScreenshotOnDisplayTest {

    private static final String PREFS = "courtside-e2e-screenshot";

    @TempDir
    Path cache;

    @AfterEach
    void forgetRecentFiles() throws java.util.prefs.BackingStoreException {
        java.util.prefs.Preferences.userRoot().node(PREFS).removeNode();
    }

    @Test
    void programSavesAScreenshotOfTheMainWindowAndExits() throws Exception {
        Path clip = TestClips.shared();
        Path png = Path.of("target", "screenshots", "main-window.png").toAbsolutePath();
        Files.deleteIfExists(png);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(List.of(java,
                "-Dprism.order=sw",
                "-Dcourtside.cache=" + cache,
                "-Dcourtside.prefs=" + PREFS,
                "-Dcourtside.screenshot=" + png,
                "-Dcourtside.screenshotAfterMs=1500",
                "-Dcourtside.screenshotFrame=" + (TestClips.FRAMES / 3),
                "com.courtside.app.Main", "open", clip.toString()))
                .redirectErrorStream(true)
                .redirectOutput(cache.resolve("app.log").toFile());
        // The class path goes in the environment: ONNX Runtime 1.29 crashes while starting in a process whose command
        // line is longer than about 3.7 KB, and the test class path is longer.
        builder.environment().put("CLASSPATH", System.getProperty("java.class.path"));
        Process process = builder.start();
        boolean ended = process.waitFor(90, TimeUnit.SECONDS);
        if (!ended) {
            process.destroyForcibly();
        }
        String log = Files.readString(cache.resolve("app.log"));
        assertThat(ended).as("the program exits after the screenshot; log:%n%s", log).isTrue();
        assertThat(process.exitValue()).as("exit code; log:%n%s", log).isZero();

        BufferedImage image = ImageIO.read(new File(png.toString()));
        assertThat(image.getWidth()).isEqualTo(1280);
        assertThat(image.getHeight()).isEqualTo(800);
        // the middle of the window is video, not the empty dark background
        int centre = image.getRGB(640, 330);
        int r = centre >> 16 & 0xff;
        int g = centre >> 8 & 0xff;
        int b = centre & 0xff;
        assertThat(r + g + b).as("centre pixel %08x", centre).isGreaterThan(3 * 20);
    }
}
