package com.courtside.e2e.gui;

import com.courtside.app.gui.Workstation;
import com.courtside.inference.video.CacheDirectory;
import com.courtside.ui.labels.LabelingSession;
import com.courtside.ui.timeline.RallyRow;
import com.courtside.ui.timeline.TimelineData;
import com.courtside.ui.timeline.TimelinePainter;
import com.courtside.ui.timeline.TimelineView;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
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
 * The rally timeline in the real window, on a project with two rallies: dragging a rally's edge by ten frames is one
 * edit that Ctrl+Z takes back, ] and [ move the playhead between rally starts, and the rally list follows every edit.
 */
@ExtendWith(ApplicationExtension.class)
class TimelineTest {

    private static final String PREFS = "courtside-e2e-timeline";

    @TempDir
    static Path folder;

    private Stage stage;
    private Workstation workstation;
    private GuiDriver gui;

    @AfterAll
    static void forgetPreferences() throws BackingStoreException {
        Preferences.userRoot().node(PREFS).removeNode();
    }

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Path clip = folder.resolve("timeline-" + System.nanoTime() + ".mp4");
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

    /** Two rallies, 20–60 and 100–150, set with the same calls as the I and O keys. */
    private void twoRallies() {
        gui = new GuiDriver(workstation);
        gui.untilShowing(0);
        until("the project is open", () -> workstation.labels().editableProperty().get());
        fx(() -> {
            workstation.labels().rallyStart(20);
            workstation.labels().rallyEnd(60);
            workstation.labels().rallyStart(100);
            workstation.labels().rallyEnd(150);
            return null;
        });
        untilRallies("the two rallies are saved", List.of("20-60", "100-150"));
        until("the timeline shows them", () -> timeline().dataProperty().get().rallies().stream()
                .map(r -> r.start() + "-" + r.end()).toList().equals(List.of("20-60", "100-150")));
    }

    private TimelineView timeline() {
        return workstation.window().timeline();
    }

    private void untilRallies(String what, List<String> expected) {
        until(what, () -> {
            LabelingSession.Snapshot s = workstation.labels().snapshotProperty().get();
            return s != null && s.rallies().stream().map(r -> r.startFrame() + "-" + r.endFrame()).toList()
                    .equals(expected);
        });
    }

    @Test
    void draggingARallyEdgeByTenFramesIsOneEditThatUndoTakesBack(FxRobot robot) {
        twoRallies();
        Point2D[] ends = fx(() -> {
            TimelineView t = timeline();
            double y = TimelinePainter.RALLY_TOP + TimelinePainter.RALLY_HEIGHT / 2;
            return new Point2D[] {t.localToScreen(t.xOf(61), y), t.localToScreen(t.xOf(71), y)};
        });
        assertThat(ends[1].getX() - ends[0].getX()).as("ten frames are far enough apart to drag").isGreaterThan(20);

        robot.drag(ends[0], MouseButton.PRIMARY).moveTo(ends[1]).release(MouseButton.PRIMARY);
        untilRallies("the first rally ends ten frames later", List.of("20-70", "100-150"));
        assertThat(fx(() -> workstation.labels().undoTextProperty().get())).contains("end to frame 70");

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        untilRallies("the drag is undone", List.of("20-60", "100-150"));
    }

    @Test
    void bracketKeysMoveThePlayheadBetweenRallyStarts(FxRobot robot) {
        twoRallies();
        fx(() -> {
            workstation.player().seek(30);
            return null;
        });
        gui.untilShowing(30);

        robot.type(KeyCode.CLOSE_BRACKET);
        until("] goes to the next rally's start", () -> workstation.player().getCurrentFrame() == 100);
        robot.type(KeyCode.OPEN_BRACKET);
        until("[ goes back to the previous rally's start", () -> workstation.player().getCurrentFrame() == 20);
    }

    @Test
    void theRallyListAndTheTimelineStayInStepAfterAnEdit(FxRobot robot) {
        twoRallies();
        fx(() -> {
            workstation.player().seek(120);
            return null;
        });
        gui.untilShowing(120);
        robot.type(KeyCode.S);
        untilRallies("the second rally is split at the playhead", List.of("20-60", "100-119", "120-150"));

        until("the list shows three rallies", () -> workstation.window().rallies().table().getItems().size() == 3);
        List<String> listed = fx(() -> workstation.window().rallies().table().getItems().stream()
                .map(r -> r.number() + ":" + r.start() + "-" + r.end()).toList());
        List<String> drawn = fx(() -> {
            List<TimelineData.RallyMark> marks = timeline().dataProperty().get().rallies();
            return java.util.stream.IntStream.range(0, marks.size())
                    .mapToObj(i -> (i + 1) + ":" + marks.get(i).start() + "-" + marks.get(i).end()).toList();
        });
        assertThat(listed).containsExactly("1:20-60", "2:100-119", "3:120-150").isEqualTo(drawn);
        RallyRow selected = fx(() -> workstation.window().rallies().table().getSelectionModel().getSelectedItem());
        assertThat(selected).as("the rally at the playhead is selected").isNotNull();
        assertThat(selected.start()).isEqualTo(120);
    }

    @Test
    void qWalksTheReviewQueue(FxRobot robot) {
        twoRallies();
        until("the queue lists the new rallies", () -> workstation.window().review().items().stream()
                .anyMatch(item -> item.start() == 100));
        List<Integer> starts = fx(() -> workstation.window().review().items().stream()
                .map(item -> item.start()).toList());

        robot.type(KeyCode.Q);
        until("Q goes to the first stretch", () -> workstation.player().getCurrentFrame() == starts.get(0));
        robot.type(KeyCode.Q);
        until("Q again goes to the second", () -> workstation.player().getCurrentFrame() == starts.get(1));
    }

    @Test
    void compareLabelsShowsTheHumanRalliesAgainstTheGroundTruth(FxRobot robot) {
        twoRallies();
        fx(() -> {
            workstation.compareLabels();
            return null;
        });
        until("the dialog compares the model's labels with the truth", () -> robot.lookup("#compare-report")
                .tryQueryAs(javafx.scene.control.TextArea.class).map(t -> t.getText().contains("has no labels"))
                .orElse(false));
        fx(() -> {
            robot.lookup("#compare-labels").queryComboBox().getSelectionModel().select(1); // the human labels
            robot.lookup("#compare-run").queryButton().fire();
            return null;
        });
        until("the report shows the rallies", () -> robot.lookup("#compare-report")
                .queryAs(javafx.scene.control.TextArea.class).getText().contains("rallies"));
        String report = fx(() -> robot.lookup("#compare-report").queryAs(javafx.scene.control.TextArea.class).getText());
        assertThat(report).contains("F1");
        fx(() -> {
            robot.lookup("#compare-report").queryAs(javafx.scene.control.TextArea.class).getScene().getWindow().hide();
            return null;
        });
    }
}
