package com.courtside.app.gui;

import com.courtside.ui.player.PlayerViewModel;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.util.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;

/**
 * {@code -Dcourtside.screenshot=FILE.png [-Dcourtside.screenshotAfterMs=N] [-Dcourtside.screenshotFrame=F]
 * [-Dcourtside.screenshotTab=labels|rallies|coach] [-Dcourtside.screenshotDialog=rally-settings]}: once the video
 * shows (and at least N ms after start, default 3000), optionally seek to frame F and wait for it exactly, with the
 * side panel's tab chosen, then save the window (or the named dialog, opened then) as a PNG and quit. Used for the
 * README pictures and the display test.
 */
public final class ScreenshotOption {

    private static final Logger LOG = LoggerFactory.getLogger(ScreenshotOption.class);
    private static final long GIVE_UP_MS = 120_000;
    private static final long SETTLE_MS = 400;

    private final Path target;
    private final long afterMs;
    private final int frame;
    private long readySince = -1;
    private boolean seeked;

    private ScreenshotOption(Path target, long afterMs, int frame) {
        this.target = target;
        this.afterMs = afterMs;
        this.frame = frame;
    }

    /** The option from system properties, or null when no screenshot is asked for. */
    public static ScreenshotOption fromSystemProperties() {
        String file = System.getProperty("courtside.screenshot");
        if (file == null || file.isBlank()) {
            return null;
        }
        long after = Long.getLong("courtside.screenshotAfterMs", 3000L);
        int frame = Integer.getInteger("courtside.screenshotFrame", -1);
        return new ScreenshotOption(Path.of(file), after, frame);
    }

    /** Polls until the window is ready, takes the picture, then calls {@code exit} with 0 or an error code. */
    public void schedule(Scene scene, PlayerViewModel player, IntConsumer exit) {
        schedule(scene, player, () -> true, exit);
    }

    /** As {@link #schedule(Scene, PlayerViewModel, IntConsumer)}, waiting also until {@code alsoReady} holds. */
    public void schedule(Scene scene, PlayerViewModel player, BooleanSupplier alsoReady, IntConsumer exit) {
        schedule(scene, player, alsoReady, name -> null, exit);
    }

    /**
     * As {@link #schedule(Scene, PlayerViewModel, BooleanSupplier, IntConsumer)}; {@code dialogs} opens a dialog by
     * the name in {@code courtside.screenshotDialog} and gives its scene (null: no such dialog), which is taken
     * instead of the window.
     */
    public void schedule(Scene scene, PlayerViewModel player, BooleanSupplier alsoReady,
                         java.util.function.Function<String, Scene> dialogs, IntConsumer exit) {
        String dialog = System.getProperty("courtside.screenshotDialog");
        long start = System.currentTimeMillis();
        String tab = System.getProperty("courtside.screenshotTab");
        if (tab != null && scene.lookup("#side-tabs") instanceof javafx.scene.control.TabPane tabs) {
            tabs.getTabs().stream().filter(t -> ("tab-" + tab).equals(t.getId())).findFirst()
                    .ifPresent(t -> tabs.getSelectionModel().select(t));
        }
        Timeline poll = new Timeline();
        poll.getKeyFrames().add(new KeyFrame(Duration.millis(100), e -> {
            long elapsed = System.currentTimeMillis() - start;
            if (elapsed > GIVE_UP_MS) {
                poll.stop();
                LOG.error("screenshot: the video did not show within {} s", GIVE_UP_MS / 1000);
                exit.accept(6);
            } else if (elapsed >= afterMs && ready(player) && alsoReady.getAsBoolean()) {
                poll.stop();
                Scene shown = dialog == null ? null : dialogs.apply(dialog);
                if (dialog != null && shown == null) {
                    LOG.error("screenshot: there is no dialog '{}'", dialog);
                    exit.accept(6);
                } else if (shown != null) {
                    // Let the dialog lay out and draw before it is taken.
                    Timeline settle = new Timeline(new KeyFrame(Duration.millis(SETTLE_MS), d -> shoot(shown, exit)));
                    settle.play();
                } else {
                    shoot(scene, exit);
                }
            }
        }));
        poll.setCycleCount(Timeline.INDEFINITE);
        poll.play();
    }

    private boolean ready(PlayerViewModel player) {
        if (player.shownFrameProperty().get() < 0) {
            return false;
        }
        if (frame >= 0 && !seeked) {
            seeked = true;
            player.seek(frame);
            return false;
        }
        boolean there = frame < 0 || player.shownFrameProperty().get() == player.getCurrentFrame();
        if (!there || player.shownIsProxyProperty().get()) {
            readySince = -1;
            return false;
        }
        long now = System.currentTimeMillis();
        if (readySince < 0) {
            readySince = now;
        }
        return now - readySince >= SETTLE_MS;
    }

    private void shoot(Scene scene, IntConsumer exit) {
        java.awt.image.BufferedImage image = PngSnapshot.capture(scene);
        Thread writer = new Thread(() -> {
            int code = 0;
            try {
                PngSnapshot.write(image, target);
                LOG.info("screenshot saved to {}", target.toAbsolutePath());
            } catch (java.io.IOException | RuntimeException e) {
                LOG.error("screenshot not saved to {}: {}", target, e.getMessage());
                code = 4;
            }
            int result = code;
            Platform.runLater(() -> exit.accept(result));
        }, "courtside-screenshot");
        writer.start();
    }
}
