package com.courtside.ui.main;

import com.courtside.ui.analysis.AnalysisMenu;
import com.courtside.ui.player.PlayerViewModel;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/**
 * File, View, Playback and Analysis menus. The Playback menu shows the transport keys; the keys themselves are
 * handled by {@link KeyBindings}, which consumes them before menu accelerators would see them.
 */
public final class MainMenu {

    private static final List<String> VIDEO_PATTERNS =
            List.of("*.mp4", "*.m4v", "*.mov", "*.mkv", "*.avi", "*.webm", "*.mts", "*.ts");

    private final OpenVideoWorkflow opener;
    private final RecentFiles recent;
    private final PlayerViewModel player;
    private final Supplier<Window> owner;
    private final Runnable quit;
    private final AnalysisMenu analysis;
    private final MenuBar bar = new MenuBar();
    private File lastFolder;

    public MainMenu(OpenVideoWorkflow opener, RecentFiles recent, PlayerViewModel player, AnalysisMenu analysis,
                    Supplier<Window> owner, Runnable quit) {
        this.opener = opener;
        this.recent = recent;
        this.player = player;
        this.analysis = analysis;
        this.owner = owner;
        this.quit = quit;
        bar.getMenus().addAll(fileMenu(), viewMenu(), playbackMenu(), analysis.menu());
    }

    public MenuBar root() {
        return bar;
    }

    /** Puts Import Labels… in the File menu, the Edit menu after File and the Labels menu after Playback. */
    public void addLabelling(List<MenuItem> importLabels, Menu edit, Menu labels) {
        Menu file = bar.getMenus().get(0);
        file.getItems().addAll(file.getItems().indexOf(file.getItems().stream()
                .filter(i -> i instanceof SeparatorMenuItem).findFirst().orElseThrow()), importLabels);
        bar.getMenus().add(1, edit);
        bar.getMenus().add(bar.getMenus().size() - 1, labels);
    }

    /** A menu before the last one (Help). */
    public void addBeforeLast(Menu menu) {
        bar.getMenus().add(bar.getMenus().size() - 1, menu);
    }

    private Menu fileMenu() {
        MenuItem open = item("Open…", this::chooseAndOpen);
        open.setAccelerator(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN));
        Menu openRecent = new Menu("Open Recent");
        openRecent.setId("menu-open-recent");
        openRecent.getItems().add(new MenuItem("(none)"));
        openRecent.setOnShowing(e -> fillRecent(openRecent));
        MenuItem demo = item("Open Demo Match", opener::openDemo);
        MenuItem exit = item("Quit", quit);
        exit.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        Menu file = new Menu("File", null, open, openRecent, demo, new SeparatorMenuItem(), exit);
        file.setId("menu-file");
        return file;
    }

    private void fillRecent(Menu menu) {
        List<Path> files = recent.list();
        menu.getItems().clear();
        if (files.isEmpty()) {
            MenuItem none = new MenuItem("No recent videos");
            none.setDisable(true);
            menu.getItems().add(none);
            return;
        }
        for (Path p : files) {
            MenuItem mi = item(p.getFileName().toString(), () -> opener.open(p));
            mi.setMnemonicParsing(false);
            menu.getItems().add(mi);
        }
        menu.getItems().addAll(new SeparatorMenuItem(), item("Clear Recent", recent::clear));
    }

    private void chooseAndOpen() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open Video");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Videos", VIDEO_PATTERNS),
                new FileChooser.ExtensionFilter("All files", "*"));
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        File chosen = chooser.showOpenDialog(owner.get());
        if (chosen != null) {
            lastFolder = chosen.getParentFile();
            opener.open(chosen.toPath());
        }
    }

    private Menu viewMenu() {
        CheckMenuItem overlay = new CheckMenuItem("Show Overlay");
        overlay.setId("menu-show-overlay");
        overlay.selectedProperty().bindBidirectional(player.overlayVisibleProperty());
        overlay.setAccelerator(new KeyCodeCombination(KeyCode.V));
        Menu view = new Menu("View", null, overlay, analysis.showItem());
        view.setId("menu-view");
        return view;
    }

    private Menu playbackMenu() {
        Menu menu = new Menu("Playback", null,
                keyed("Play / Pause", KeyCode.SPACE, player::togglePlay),
                keyed("Play Forward, Faster", KeyCode.L, player::shuttleForward),
                keyed("Play Backward, Faster", KeyCode.J, player::shuttleReverse),
                keyed("Pause", KeyCode.K, player::pause),
                new SeparatorMenuItem(),
                keyed("Next Frame", KeyCode.PERIOD, player::stepForward),
                keyed("Previous Frame", KeyCode.COMMA, player::stepBackward),
                shifted("Forward One Second", KeyCode.RIGHT, () -> player.jumpSeconds(1)),
                shifted("Back One Second", KeyCode.LEFT, () -> player.jumpSeconds(-1)),
                new SeparatorMenuItem(),
                keyed("First Frame", KeyCode.HOME, player::seekFirst),
                keyed("Last Frame", KeyCode.END, player::seekLast));
        menu.setId("menu-playback");
        return menu;
    }

    private static MenuItem keyed(String text, KeyCode key, Runnable action) {
        MenuItem mi = item(text, action);
        mi.setAccelerator(new KeyCodeCombination(key));
        return mi;
    }

    private static MenuItem shifted(String text, KeyCode key, Runnable action) {
        MenuItem mi = item(text, action);
        mi.setAccelerator(new KeyCodeCombination(key, KeyCombination.SHIFT_DOWN));
        return mi;
    }

    private static MenuItem item(String text, Runnable action) {
        MenuItem mi = new MenuItem(text);
        mi.setOnAction(e -> action.run());
        return mi;
    }
}
