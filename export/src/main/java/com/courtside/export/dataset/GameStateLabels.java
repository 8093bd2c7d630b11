package com.courtside.export.dataset;

import com.courtside.timeline.EventKind;
import com.courtside.timeline.MatchEvent;
import com.courtside.timeline.Rally;
import com.courtside.timeline.rally.GameState;

import java.util.List;

/**
 * The game state of every frame, from the rallies and serves, as the shipped game-state model was trained: NO_PLAY
 * outside rallies, PLAY inside, SERVICE from a rally's first frame until {@value #SERVICE_AFTER_SERVE_SECONDS} s
 * after its serve, or for its first {@value #SERVICE_WITHOUT_SERVE_SECONDS} s where no serve is labelled in it.
 * Columnar: a byte per frame holding the {@link GameState} ordinal.
 */
final class GameStateLabels {

    static final double SERVICE_AFTER_SERVE_SECONDS = 0.3;
    static final double SERVICE_WITHOUT_SERVE_SECONDS = 1.0;

    private GameStateLabels() {
    }

    static byte[] of(List<Rally> rallies, List<MatchEvent> events, int frameCount, double fps) {
        byte[] state = new byte[frameCount];
        for (Rally r : rallies) {
            int end = Math.min(frameCount - 1, r.endFrame());
            fill(state, r.startFrame(), end, GameState.PLAY);
            int serviceEnd = events.stream()
                    .filter(e -> e.kind() == EventKind.SERVE && r.contains(e.frame()))
                    .mapToInt(e -> e.frame() + (int) Math.round(SERVICE_AFTER_SERVE_SECONDS * fps))
                    .findFirst()
                    .orElse(r.startFrame() + (int) Math.round(SERVICE_WITHOUT_SERVE_SECONDS * fps) - 1);
            fill(state, r.startFrame(), Math.min(end, serviceEnd), GameState.SERVICE);
        }
        return state;
    }

    private static void fill(byte[] state, int from, int to, GameState value) {
        for (int f = Math.max(0, from); f <= to && f < state.length; f++) {
            state[f] = (byte) value.ordinal();
        }
    }
}
