package com.courtside.e2e.gui;

import com.courtside.app.gui.Workstation;
import com.courtside.inference.video.CacheDirectory;
import com.courtside.labeling.store.LabelSource;
import com.courtside.labeling.store.Labels;
import com.courtside.timeline.EventKind;
import com.courtside.ui.labels.LabelingSession;
import com.courtside.ui.video.VideoTransform;
import javafx.geometry.Point2D;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
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
 * A labeller's round in the real window: clicks the ball, presses B, sets a rally with I and O, undoes twice and
 * redoes once; then the project is opened again in a new window and holds exactly that.
 */
@ExtendWith(ApplicationExtension.class)
class LabelingTest {

    private static final String PREFS = "courtside-e2e-labeling";

    @TempDir
    static Path folder;

    private Stage stage;
    private Path clip;
    private Workstation workstation;

    @AfterAll
    static void forgetPreferences() throws BackingStoreException {
        Preferences.userRoot().node(PREFS).removeNode();
    }

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        clip = folder.resolve("labelled.mp4");
        if (!Files.exists(clip)) {
            Files.copy(TestClips.shared(), clip);
        }
        open();
        stage.show();
    }

    private void open() {
        workstation = Workstation.create(stage, Preferences.userRoot().node(PREFS), new CacheDirectory(folder.resolve("cache")));
        workstation.open(clip);
    }

    @Stop
    void stop() {
        workstation.close();
    }

    private LabelingSession.Snapshot labels() {
        return fx(() -> workstation.labels().snapshotProperty().get());
    }

    private void untilLabels(String what, java.util.function.Predicate<LabelingSession.Snapshot> condition) {
        until(what, () -> {
            LabelingSession.Snapshot s = workstation.labels().snapshotProperty().get();
            return s != null && condition.test(s);
        });
    }

    private void seek(GuiDriver gui, int frame) {
        fx(() -> {
            workstation.player().seek(frame);
            return null;
        });
        gui.untilShowing(frame);
    }

    private static List<String> rallies(LabelingSession.Snapshot s) {
        return s.rallies().stream().map(r -> r.startFrame() + "-" + r.endFrame()).toList();
    }

    private String menuText(String id) {
        return fx(() -> {
            MenuBar bar = (MenuBar) stage.getScene().lookup(".menu-bar");
            return bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                    .filter(i -> id.equals(i.getId())).map(MenuItem::getText).findFirst().orElse("?");
        });
    }

    @Test
    void editsMadeWithMouseAndKeysSurviveUndoRedoAndAReopen(FxRobot robot) throws Exception {
        GuiDriver gui = new GuiDriver(workstation);
        gui.untilShowing(0);
        until("the project is open", () -> workstation.labels().editableProperty().get());

        seek(gui, 10);
        Point2D target = fx(() -> {
            VideoTransform t = workstation.videoView().transform();
            return workstation.videoView().localToScreen(t.viewX(320), t.viewY(180));
        });
        robot.clickOn(target);
        untilLabels("the clicked ball is saved", s -> s.ball().source(10) == LabelSource.HUMAN);
        LabelingSession.Snapshot afterClick = labels();
        double tolerance = fx(() -> 1.5 / workstation.videoView().transform().scale());
        assertThat((double) afterClick.ball().x(10)).isCloseTo(320, org.assertj.core.data.Offset.offset(tolerance));
        assertThat((double) afterClick.ball().y(10)).isCloseTo(180, org.assertj.core.data.Offset.offset(tolerance));

        robot.type(KeyCode.B);
        untilLabels("the bounce is saved", s -> s.events().stream()
                .anyMatch(e -> e.frame() == 10 && e.kind() == EventKind.BOUNCE && e.source() == LabelSource.HUMAN));

        seek(gui, 20);
        robot.type(KeyCode.I);
        untilLabels("a rally starts at 20", s -> rallies(s).equals(List.of("20-20")));
        seek(gui, 60);
        robot.type(KeyCode.O);
        untilLabels("the rally ends at 60", s -> rallies(s).equals(List.of("20-60")));

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        untilLabels("the rally end is undone", s -> rallies(s).equals(List.of("20-20")));
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        untilLabels("the rally is undone", s -> rallies(s).isEmpty());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.CONTROL);
        untilLabels("the rally start is redone", s -> rallies(s).equals(List.of("20-20")));
        until("the Edit menu names the next undo", () -> menuText("menu-undo").contains("Start a rally at frame 20"));
        assertThat(menuText("menu-redo")).contains("rally 1 at frame 60");

        fx(() -> {
            workstation.close();
            open();
            return null;
        });
        gui = new GuiDriver(workstation);
        gui.untilShowing(0);
        untilLabels("the reopened project shows its labels", s -> !s.isEmpty());
        LabelingSession.Snapshot reopened = labels();
        assertThat(reopened.ball().source(10)).isEqualTo(LabelSource.HUMAN);
        assertThat(reopened.ball().x(10)).isEqualTo(afterClick.ball().x(10));
        assertThat(reopened.ball().y(10)).isEqualTo(afterClick.ball().y(10));
        assertThat(reopened.events()).extracting(Labels.LabeledEvent::frame, Labels.LabeledEvent::kind)
                .contains(org.assertj.core.groups.Tuple.tuple(10, EventKind.BOUNCE));
        assertThat(rallies(reopened)).containsExactly("20-20");
        until("the reopened Edit menu still names the next undo and redo",
                () -> menuText("menu-undo").contains("Start a rally at frame 20")
                        && menuText("menu-redo").contains("rally 1 at frame 60"));
    }
}
