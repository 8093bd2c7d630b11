package com.courtside.ui.timeline;

import com.courtside.timeline.rally.RallyPreset;
import com.courtside.timeline.rally.RallySettings;
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
    private final java.util.Map<RallyPreset, RadioMenuItem> sportItems = new java.util.EnumMap<>(RallyPreset.class);

    /**
     * @param settings   the rally settings in use: the sport whose preset they are is ticked
     * @param onSport    told of a sport chosen from the menu
     * @param onSettings opens the rally settings (Rallies ▸ Rally Settings…)
     */
    public RalliesMenu(RalliesPanel rallies, ReviewPanel review, TimelineView timeline, RallySettings settings,
                       Consumer<RallyPreset> onSport, Runnable onSettings) {
        menu.setId("menu-rallies");
        Menu sports = new Menu("Sport (Rally Preset)");
        sports.setId("menu-rallies-sport");
        ToggleGroup group = new ToggleGroup();
        for (RallyPreset preset : RallyPreset.values()) {
            RadioMenuItem choice = new RadioMenuItem(label(preset));
            choice.setId("menu-rallies-sport-" + preset.wireName().replace('_', '-'));
            choice.setToggleGroup(group);
            choice.setOnAction(e -> onSport.accept(preset));
            sports.getItems().add(choice);
            sportItems.put(preset, choice);
        }
        showSettings(settings);
        MenuItem settingsItem = new MenuItem("Rally Settings…");
        settingsItem.setId("menu-rallies-settings");
        settingsItem.setOnAction(e -> onSettings.run());
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
                sports, settingsItem);
    }

    /** Ticks the sport whose preset {@code settings} are, or none for settings of one's own. */
    public void showSettings(RallySettings settings) {
        sportItems.forEach((preset, item) -> item.setSelected(preset.settings().equals(settings)));
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
