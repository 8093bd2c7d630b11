package com.courtside.ui.timeline;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;

/** The Rallies menu: move between rallies, loop one, and zoom the timeline. */
public final class RalliesMenu {

    private static final double ZOOM_STEP = 2;

    private final Menu menu = new Menu("Rallies");

    public RalliesMenu(RalliesPanel rallies, TimelineView timeline) {
        menu.setId("menu-rallies");
        menu.getItems().addAll(
                item("Previous Rally", KeyCode.OPEN_BRACKET, rallies::previous),
                item("Next Rally", KeyCode.CLOSE_BRACKET, rallies::next),
                item("Play Rally in a Loop", KeyCode.P, rallies::playRally),
                new SeparatorMenuItem(),
                item("Zoom the Timeline In", KeyCode.EQUALS, () -> zoom(timeline, ZOOM_STEP)),
                item("Zoom the Timeline Out", KeyCode.MINUS, () -> zoom(timeline, 1 / ZOOM_STEP)),
                item("Whole Match on the Timeline", KeyCode.BACK_SLASH, () -> timeline.setViewport(
                        TimelineViewport.all(timeline.dataProperty().get().frameCount(), timeline.getWidth()))));
    }

    public Menu menu() {
        return menu;
    }

    /** Zooms around the playhead where it is in view, else around the middle. */
    private static void zoom(TimelineView timeline, double factor) {
        TimelineViewport view = timeline.viewportProperty().get();
        double x = view.xOf(timeline.frameProperty().get() + 0.5);
        if (x < 0 || x > view.width()) {
            x = view.width() / 2;
        }
        timeline.setViewport(view.zoomed(x, factor));
    }

    private static MenuItem item(String text, KeyCode key, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId("menu-rallies-" + text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]+", "-"));
        item.setAccelerator(new KeyCodeCombination(key));
        item.setOnAction(e -> action.run());
        return item;
    }
}
