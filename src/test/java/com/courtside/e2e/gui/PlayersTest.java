package com.courtside.e2e.gui;

import com.courtside.app.gui.Workstation;
import com.courtside.inference.people.PersonBox;
import com.courtside.inference.synth.basketball.BasketballOptions;
import com.courtside.inference.synth.basketball.BasketballRenderer;
import com.courtside.inference.synth.basketball.BasketballResult;
import com.courtside.inference.video.CacheDirectory;
import com.courtside.timeline.io.BasketballTruth;
import com.courtside.timeline.io.BasketballTruthJson;
import com.courtside.timeline.players.PersonBoxes;
import com.courtside.timeline.players.PlayerSlot;
import com.courtside.timeline.players.Shot;
import com.courtside.timeline.task.ProgressListener;
import com.courtside.ui.labels.LabelingSession;
import com.courtside.ui.overlay.PlayerMark;
import com.courtside.ui.players.ShotScores;
import javafx.geometry.Point2D;
import javafx.scene.control.ChoiceBox;
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
import java.util.Map;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import static com.courtside.e2e.gui.GuiDriver.fx;
import static com.courtside.e2e.gui.GuiDriver.until;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A basketball clip with no labels at all, as a user gets it, scored in the real window: Analysis ▸ Find the Players
 * tracks the people with the bundled detector and draws their boxes; the labeller gives the ten players their slots
 * on frames before the release (one with a right click on his box, the rest in the Shooter tab), clicks the ball
 * where it leaves the hands and marks the release with T, and Analysis ▸ Score the Shots names the true shooter
 * first.
 */
@ExtendWith(ApplicationExtension.class)
class PlayersTest {

    private static final String PREFS = "courtside-e2e-players";

    @TempDir
    static Path folder;
    private static BasketballResult scene;
    private static BasketballTruth truth;

    private Workstation workstation;

    @AfterAll
    static void forgetPreferences() throws BackingStoreException {
        Preferences.userRoot().node(PREFS).removeNode();
    }

    @Start
    void start(Stage stage) throws Exception {
        synchronized (PlayersTest.class) {
            if (scene == null) {
                scene = new BasketballRenderer().renderScenes(BasketballOptions.scene().withSize(640, 360)
                        .withSeed(5151), 1, folder.resolve("clip.mp4"), ProgressListener.NONE).get(0);
                truth = scene.truth();
                // The user's clip has no labels beside it: the truth stays with the test.
                Path beside = folder.resolve("clip-000" + BasketballTruthJson.SUFFIX);
                Files.deleteIfExists(beside);
                try (var files = Files.list(folder)) {
                    assertThat(files.filter(p -> p.toString().endsWith(BasketballTruthJson.SUFFIX))).isEmpty();
                }
            }
        }
        workstation = Workstation.create(stage, Preferences.userRoot().node(PREFS),
                new CacheDirectory(folder.resolve("cache")));
        workstation.open(scene.video());
        stage.show();
    }

    @Stop
    void stop() {
        workstation.close();
    }

    @Test
    void foundPlayersGetTheirSlotsAndTheShotIsScored(FxRobot robot) {
        Shot shot = truth.shotList().get(0);
        int release = shot.releaseFrame();
        new GuiDriver(workstation).untilShowing(0);
        until("the project is open", () -> workstation.labels().editableProperty().get());
        robot.clickOn("Analysis").clickOn("Find the Players");
        GuiDriver.until("the players are found", () -> {
            LabelingSession.Snapshot s = workstation.labels().snapshotProperty().get();
            return s != null && !s.shots().people().isEmpty();
        });
        robot.clickOn("Shooter");
        // As a labeller does: on the frames before the release, every player box without a slot gets one.
        boolean first = true;
        for (int f = release - 12; f <= release; f += 4) {
            first = assignSlotsOn(robot, f, first);
        }
        Map<Integer, PlayerSlot> slots = fx(() -> workstation.labels().snapshotProperty().get().shots().slots());
        assertThat(slots.values()).as("the five attackers have their slots").contains(PlayerSlot.OFFENCE);
        assertThat(fx(() -> workstation.videoView().playersProperty().get()).stream()
                .filter(m -> m.slot() != null)).as("the boxes show the slots").hasSizeGreaterThanOrEqualTo(5);

        // The release: the ball clicked where it leaves the hands, then T.
        fx(() -> {
            workstation.player().seek(release);
            return null;
        });
        new GuiDriver(workstation).untilShowing(release);
        Point2D ball = fx(() -> workstation.videoView().localToScreen(
                workstation.videoView().transform().viewX(truth.ballX()[release]),
                workstation.videoView().transform().viewY(truth.ballY()[release])));
        robot.moveTo(ball).clickOn(MouseButton.PRIMARY);
        until("the ball is placed", () -> workstation.labels().snapshotProperty().get().labels().ball()
                .isVisible(release));
        robot.type(KeyCode.T);
        until("the release is marked", () -> workstation.labels().snapshotProperty().get().shots().frames()
                .contains(release));
        robot.clickOn("Analysis").clickOn("Score the Shots");
        until("the shot is scored", () -> !workstation.labels().snapshotProperty().get().shots().scores().isEmpty());
        ShotScores shown = fx(() -> ShotScores.at(workstation.labels().snapshotProperty().get().shots(), release));
        System.out.printf("shooter %s, scores %s%n", shot.shooter().wireName(),
                java.util.Arrays.toString(shown.scores()));
        assertThat(shown.top()).as("the true shooter scores highest").isEqualTo(shot.shooter());
    }

    /** Gives each true player's box on frame {@code f} his slot, where its track has none yet. */
    private boolean assignSlotsOn(FxRobot robot, int f, boolean rightClick) {
        fx(() -> {
            workstation.player().seek(f);
            return null;
        });
        new GuiDriver(workstation).untilShowing(f);
        List<PlayerMark> marks = fx(() -> workstation.videoView().playersProperty().get());
        assertThat(marks).as("boxes drawn on frame " + f).hasSizeGreaterThanOrEqualTo(8);
        PersonBoxes people = truth.people();
        boolean useMenu = rightClick;
        for (int j = people.first(f); j < people.end(f); j++) {
            PlayerSlot slot = people.slot(j);
            PlayerMark mark = match(marks, people, j);
            if (slot.offenceIndex() < 0 && !slot.isDefence() || slot == PlayerSlot.DEFENCE_UNKNOWN || mark == null
                    || mark.slot() != null) {
                continue;
            }
            if (useMenu) {
                // The quick way: a right click on the player's box.
                Point2D centre = fx(() -> workstation.videoView().localToScreen(
                        workstation.videoView().transform().viewX(mark.x() + mark.w() / 2),
                        workstation.videoView().transform().viewY(mark.y() + mark.h() / 2)));
                robot.moveTo(centre).clickOn(MouseButton.SECONDARY);
                robot.clickOn("#player-slot-menu-" + slot.wireName());
                useMenu = false;
            } else {
                fx(() -> {
                    robot.lookup("#player-slot-" + mark.track()).<ChoiceBox<PlayerSlot>>query().setValue(slot);
                    return null;
                });
            }
            until(slot.wireName() + " is kept", () -> slot == workstation.labels().snapshotProperty().get().shots()
                    .slots().get(mark.track()));
        }
        return useMenu;
    }

    /** The found player whose box overlaps the true player's most (IoU ≥ 0.5), or null. */
    private static PlayerMark match(List<PlayerMark> marks, PersonBoxes people, int j) {
        PersonBox t = new PersonBox(people.x(j), people.y(j), people.width(j), people.height(j), 1);
        PlayerMark best = null;
        float bestIou = 0.5f;
        for (PlayerMark m : marks) {
            float iou = new PersonBox(m.x(), m.y(), m.w(), m.h(), 1).iou(t);
            if (iou >= bestIou) {
                bestIou = iou;
                best = m;
            }
        }
        return best;
    }
}
