package com.courtside.app.gui;

import com.courtside.ui.player.PlayerViewModel;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.value.ChangeListener;
import javafx.util.Duration;

import java.util.Locale;
import java.util.function.IntConsumer;

/**
 * {@code -Dcourtside.playbackProbe=SECONDS}: once the first exact frame shows, plays the video in the real window
 * for that long, prints {@code playback-probe shown=N dropped=M seconds=S} on standard output and quits. The
 * benchmark runs the workstation this way to measure playback with the JavaFX overlay drawn.
 */
public final class PlaybackProbeOption {

    private static final long SETTLE_MS = 1000;

    private final double seconds;
    private long readySince = -1;
    private long startNanos;
    private long droppedAtStart;
    private long shown;

    private PlaybackProbeOption(double seconds) {
        this.seconds = seconds;
    }

    /** The option from system properties, or null when no probe is asked for. */
    public static PlaybackProbeOption fromSystemProperties() {
        String value = System.getProperty("courtside.playbackProbe");
        if (value == null || value.isBlank()) {
            return null;
        }
        return new PlaybackProbeOption(Double.parseDouble(value));
    }

    public void schedule(PlayerViewModel player, IntConsumer exit) {
        ChangeListener<Number> counter = (obs, old, now) -> {
            if (startNanos != 0 && now.intValue() >= 0 && !player.shownIsProxyProperty().get()) {
                shown++;
            }
        };
        Timeline poll = new Timeline();
        poll.getKeyFrames().add(new KeyFrame(Duration.millis(50), e -> {
            if (startNanos == 0) {
                if (ready(player)) {
                    droppedAtStart = player.droppedFramesProperty().get();
                    player.shownFrameProperty().addListener(counter);
                    startNanos = System.nanoTime();
                    player.play();
                }
                return;
            }
            double elapsed = (System.nanoTime() - startNanos) / 1e9;
            if (elapsed >= seconds || !player.isPlaying()) {
                poll.stop();
                player.pause();
                player.shownFrameProperty().removeListener(counter);
                long dropped = player.droppedFramesProperty().get() - droppedAtStart;
                System.out.printf(Locale.ROOT, "playback-probe shown=%d dropped=%d seconds=%.2f%n", shown, dropped, elapsed);
                System.out.flush();
                exit.accept(0);
            }
        }));
        poll.setCycleCount(Timeline.INDEFINITE);
        poll.play();
    }

    private boolean ready(PlayerViewModel player) {
        if (player.shownFrameProperty().get() < 0 || player.shownIsProxyProperty().get()) {
            readySince = -1;
            return false;
        }
        long now = System.currentTimeMillis();
        if (readySince < 0) {
            readySince = now;
        }
        return now - readySince >= SETTLE_MS;
    }
}
