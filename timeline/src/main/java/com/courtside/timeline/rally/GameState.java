package com.courtside.timeline.rally;

import java.util.Arrays;
import java.util.Locale;

/** The classes of a {@code game-state} model: nothing happening, a rally under way, a serve being played. */
public enum GameState {
    NO_PLAY, PLAY, SERVICE;

    /** True for the states that count as a rally (PLAY and SERVICE). */
    public boolean active() {
        return this != NO_PLAY;
    }

    /**
     * Parses a model label as a manifest or an exported model spells it: case and the separator between words
     * ({@code _}, {@code -} or a space) do not matter, so "no_play", "NO-PLAY" and "No Play" are all NO_PLAY.
     */
    public static GameState parse(String label) {
        String key = label.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (GameState state : values()) {
            if (state.name().equals(key)) {
                return state;
            }
        }
        throw new IllegalArgumentException("unknown game-state label '" + label + "'; expected one of "
                + Arrays.toString(values()).toLowerCase(Locale.ROOT));
    }
}
