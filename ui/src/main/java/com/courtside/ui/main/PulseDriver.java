package com.courtside.ui.main;

import com.courtside.ui.player.PlayerViewModel;
import javafx.animation.AnimationTimer;

/** Drives playback from the display's pulses, only while the player plays. */
public final class PulseDriver extends AnimationTimer {

    private final PlayerViewModel player;

    public PulseDriver(PlayerViewModel player) {
        this.player = player;
        player.playingProperty().addListener((obs, was, now) -> {
            if (now) {
                start();
            } else {
                stop();
            }
        });
    }

    @Override
    public void handle(long now) {
        player.onPulse(now);
    }
}
