package com.courtside.e2e.gui;

import com.courtside.app.gui.Workstation;
import com.courtside.inference.video.CacheDirectory;
import com.courtside.labeling.store.LabelSource;
import com.courtside.timeline.rally.RallyPreset;
import com.courtside.timeline.rally.RallySettingsFile;
import com.courtside.ui.labels.LabelingSession;
import com.courtside.ui.main.MainWindow;
import com.courtside.ui.timeline.RallySettingsDialog;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import static com.courtside.e2e.gui.GuiDriver.fx;
import static com.courtside.e2e.gui.GuiDriver.until;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rallies ▸ Rally Settings… in the real window over a real project: the clip's two rallies are 0.8 s apart, so the
 * table-tennis preset (continuation 1 s) finds one model rally; typing shorter values value by value and applying
 * finds two at once, without analysing again. A value that is no number is named and Apply waits; a YAML file loads
 * into the fields; the applied settings are kept for the next start.
 */
@ExtendWith(ApplicationExtension.class)
class RallySettingsTest {

    private static final String PREFS = "courtside-e2e-rally-settings";

    @TempDir
    static Path folder;

    private Workstation workstation;
    private Stage stage;
    private Path clip;

    @AfterEach
    void forgetPreferences() throws BackingStoreException {
        Preferences.userRoot().node(PREFS).removeNode();
    }

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        clip = folder.resolve("settings-" + System.nanoTime() + ".mp4");
        Files.copy(TestClips.shared(), clip);
        workstation = Workstation.create(stage, Preferences.userRoot().node(PREFS),
                new CacheDirectory(folder.resolve("cache")));
        workstation.open(clip);
        stage.show();
    }

    @Stop
    void stop() {
        workstation.close();
    }

    /** Keeps an "analysis" whose ball is the clip's true ball, as a finished analysis would be kept. */
    private void analysed() throws Exception {
        new GuiDriver(workstation).untilShowing(0);
        until("the project is open", () -> workstation.labels().editableProperty().get());
        TrueBallAnalysis.save(workstation);
        untilModelRallies("the table-tennis preset bridges the 0.8 s between the rallies", 1);
    }

    private void untilModelRallies(String what, int count) {
        until(what, () -> {
            LabelingSession.Snapshot s = workstation.labels().snapshotProperty().get();
            return s != null && s.rallies().stream().filter(r -> r.source() == LabelSource.MODEL).count() == count;
        });
    }

    /** The menu item with {@code id} anywhere in the window's menus. */
    private static MenuItem menuItem(Node menuBar, String id) {
        List<MenuItem> open = new java.util.ArrayList<>(((MenuBar) menuBar).getMenus());
        while (!open.isEmpty()) {
            MenuItem item = open.remove(0);
            if (id.equals(item.getId())) {
                return item;
            }
            if (item instanceof Menu menu) {
                open.addAll(menu.getItems());
            }
        }
        throw new AssertionError("no menu item " + id);
    }

    private static void type(FxRobot robot, String field, String text) {
        robot.clickOn("#rally-setting-" + field);
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write(text);
    }

    @Test
    void shorterValuesTypedInTheDialogFindTheTwoRalliesAtOnce(FxRobot robot) throws Exception {
        analysed();
        RallySettingsDialog dialog = fx(() -> workstation.window().openRallySettings());
        until("the dialog shows", () -> robot.lookup("#rally-settings-apply").tryQuery().isPresent());
        assertThat(fx(() -> robot.lookup("#rally-settings-preset").<ComboBox<String>>query().getValue()))
                .isEqualTo("Table tennis");

        type(robot, "continuationSeconds", "half");
        until("a word is named and Apply waits", () -> dialog.problem().contains("Continuation: 'half' is not a number")
                && robot.lookup("#rally-settings-apply").query().isDisabled());
        type(robot, "continuationSeconds", "0.5");
        type(robot, "minGapSeconds", "0.5");
        until("the values are settings of one's own", () -> dialog.problem().isEmpty()
                && "Custom".equals(robot.lookup("#rally-settings-preset").<ComboBox<String>>query().getValue()));

        robot.clickOn("#rally-settings-apply");
        untilModelRallies("the two rallies are told apart", 2);
        until("the timeline shows both", () -> workstation.window().timeline().dataProperty().get().rallies().size() == 2);
        String kept = Preferences.userRoot().node(PREFS).get(MainWindow.RALLY_SETTINGS_KEY, null);
        assertThat(RallySettingsFile.fromJson(kept, "the preference").continuationSeconds()).isEqualTo(0.5);
        assertThat(workstation.player().status().messageProperty().get()).contains("2 rallies");
    }

    @Test
    void aYamlFileLoadsIntoTheFieldsAndAPresetClearsOnesOwnValues(FxRobot robot) throws Exception {
        analysed();
        Path file = Files.writeString(folder.resolve("courtside.yaml"),
                "rally:\n  preset: beach_volleyball\n  minGapSeconds: 0.5\n  continuationSeconds: 0.5\n");
        RallySettingsDialog dialog = fx(() -> workstation.window().openRallySettings());
        fx(() -> {
            dialog.load(folder.resolve("missing.yaml"));
            return null;
        });
        assertThat(dialog.problem()).startsWith("Not loaded").contains("missing.yaml");
        fx(() -> {
            dialog.load(file);
            return null;
        });
        assertThat(fx(() -> robot.lookup("#rally-setting-extensionThreshold").<javafx.scene.control.TextField>query()
                .getText())).as("beach volleyball's own value").isEqualTo("0.4");
        assertThat(fx(() -> robot.lookup("#rally-setting-minGapSeconds").<javafx.scene.control.TextField>query()
                .getText())).isEqualTo("0.5");
        robot.clickOn("#rally-settings-apply");
        untilModelRallies("the loaded settings tell the rallies apart", 2);

        fx(() -> {
            menuItem(stage.getScene().lookup(".menu-bar"), "menu-rallies-sport-table-tennis").fire();
            return null;
        });
        untilModelRallies("the table-tennis preset joins them again", 1);
        assertThat(Preferences.userRoot().node(PREFS).get(MainWindow.RALLY_SETTINGS_KEY, null)).isNull();
        assertThat(Preferences.userRoot().node(PREFS).get(MainWindow.SPORT_KEY, null))
                .isEqualTo(RallyPreset.TABLE_TENNIS.wireName());
    }
}
