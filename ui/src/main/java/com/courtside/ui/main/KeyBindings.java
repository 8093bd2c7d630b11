package com.courtside.ui.main;

import com.courtside.ui.player.PlayerViewModel;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The player's keyboard: Space, J/K/L shuttle, comma and period (and the arrows) step a frame, Shift+arrows jump a
 * second, Home and End. Installed as a scene filter so the keys work whichever control has the focus.
 */
public final class KeyBindings {

    private final Map<KeyCombination, Runnable> bindings = new LinkedHashMap<>();

    public KeyBindings(PlayerViewModel player) {
        bind(KeyCode.SPACE, player::togglePlay);
        bind(KeyCode.J, player::shuttleReverse);
        bind(KeyCode.K, player::pause);
        bind(KeyCode.L, player::shuttleForward);
        bind(KeyCode.COMMA, player::stepBackward);
        bind(KeyCode.PERIOD, player::stepForward);
        bind(KeyCode.LEFT, player::stepBackward);
        bind(KeyCode.RIGHT, player::stepForward);
        bindings.put(new KeyCodeCombination(KeyCode.LEFT, KeyCombination.SHIFT_DOWN), () -> player.jumpSeconds(-1));
        bindings.put(new KeyCodeCombination(KeyCode.RIGHT, KeyCombination.SHIFT_DOWN), () -> player.jumpSeconds(1));
        bind(KeyCode.HOME, player::seekFirst);
        bind(KeyCode.END, player::seekLast);
    }

    private void bind(KeyCode code, Runnable action) {
        bindings.put(new KeyCodeCombination(code), action);
    }

    public void install(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::handle);
    }

    private void handle(KeyEvent e) {
        for (Map.Entry<KeyCombination, Runnable> b : bindings.entrySet()) {
            if (b.getKey().match(e)) {
                b.getValue().run();
                e.consume();
                return;
            }
        }
    }
}
