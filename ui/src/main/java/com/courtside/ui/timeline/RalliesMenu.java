package com.courtside.ui.timeline;

import com.courtside.timeline.rally.RallyPreset;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;

import java.util.function.Consumer;

/** The Rallies menu: move between rallies and through the review queue, loop a rally, and zoom the timeline. */
public final class RalliesMenu {

    private static final double ZOOM_STEP = 2;

    private final Menu menu = new Menu("Rallies");

    /**
     * @param sport the sport whose rally preset is in use; {@code onSport} is told of a new choice, which applies
     *              from the next analysis on
     */
    public RalliesMenu(RalliesPanel rallies, ReviewPanel review, TimelineView timeline, RallyPreset sport,
                       Consumer<RallyPreset> onSport) {
        menu.setId("menu-rallies");
        Menu sports = new Menu("Sport (Rally Preset)");
        sports.setId("menu-rallies-sport");
        ToggleGroup group = new ToggleGroup();
        for (RallyPreset preset : RallyPreset.values()) {
            RadioMenuItem choice = new RadioMenuItem(label(preset));
            choice.setId("menu-rallies-sport-" + preset.wireName().replace('_', '-'));
            choice.setToggleGroup(group);
            choice.setSelected(preset == sport);
            choice.setOnAction(e -> onSport.accept(preset));
            sports.getItems().add(choice);
        }
        menu.getItems().addAll(
                item("Previous Rally", KeyCode.OPEN_BRACKET, rallies::previous),
                item("Next Rally", KeyCode.CLOSE_BRACKET, rallies::next),
                item("Play Rally in a Loop", KeyCode.P, rallies::playRally),
                item("Next Stretch to Review", KeyCode.Q, review::next),
                new SeparatorMenuItem(),
                item("Zoom the Timeline In", KeyCode.EQUALS, () -> zoom(timeline, ZOOM_STEP)),
                item("Zoom the Timeline Out", KeyCode.MINUS, () -> zoom(timeline, 1 / ZOOM_STEP)),
                item("Whole Match on the Timeline", KeyCode.BACK_SLASH, () -> timeline.setViewport(
                        TimelineViewport.all(timeline.dataProperty().get().frameCount(), timeline.getWidth()))),
                new SeparatorMenuItem(),
                sports);
    }

    /** "Table tennis", "Beach volleyball". */
    static String label(RallyPreset preset) {
        String words = preset.wireName().replace('_', ' ').replace('-', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
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
