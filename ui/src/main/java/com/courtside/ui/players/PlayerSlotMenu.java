package com.courtside.ui.players;

import com.courtside.timeline.players.PlayerSlot;
import com.courtside.ui.overlay.PlayerMark;
import com.courtside.ui.video.VideoView;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

import java.util.function.BiConsumer;

/**
 * A right click on a player's box in the video opens a menu of slots for that track: the quick way to name the ten
 * players on one frame without leaving the picture.
 */
public final class PlayerSlotMenu {

    private final VideoView video;
    private final BiConsumer<Integer, PlayerSlot> onAssign;
    private final ContextMenu menu = new ContextMenu();

    public PlayerSlotMenu(VideoView video, BiConsumer<Integer, PlayerSlot> onAssign) {
        this.video = video;
        this.onAssign = onAssign;
        menu.setId("player-slot-menu");
        video.addEventHandler(MouseEvent.MOUSE_PRESSED, this::press);
    }

    private void press(MouseEvent e) {
        if (e.getButton() != MouseButton.SECONDARY) {
            return;
        }
        var t = video.transform();
        double x = t.videoX(e.getX());
        double y = t.videoY(e.getY());
        PlayerMark hit = null;
        for (PlayerMark mark : video.playersProperty().get()) {
            // The smallest box under the pointer: the player in front when boxes overlap.
            if (mark.contains(x, y) && (hit == null || mark.w() * mark.h() < hit.w() * hit.h())) {
                hit = mark;
            }
        }
        if (hit == null) {
            return;
        }
        e.consume();
        fill(hit);
        menu.show(video, e.getScreenX(), e.getScreenY());
    }

    private void fill(PlayerMark mark) {
        menu.getItems().clear();
        MenuItem title = new MenuItem(mark.caption());
        title.setDisable(true);
        menu.getItems().addAll(title, new SeparatorMenuItem());
        for (PlayerSlot slot : PlayerSlotsPane.CHOICES) {
            MenuItem item = new MenuItem("#" + mark.track() + " is " + slot.wireName());
            item.setId("player-slot-menu-" + slot.wireName());
            item.setOnAction(a -> onAssign.accept(mark.track(), slot));
            menu.getItems().add(item);
        }
    }
}
