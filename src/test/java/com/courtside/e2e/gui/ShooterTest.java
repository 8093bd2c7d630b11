package com.courtside.e2e.gui;

import com.courtside.app.gui.Workstation;
import com.courtside.inference.synth.basketball.BasketballOptions;
import com.courtside.inference.synth.basketball.BasketballRenderer;
import com.courtside.inference.synth.basketball.BasketballResult;
import com.courtside.inference.video.CacheDirectory;
import com.courtside.labeling.store.ShotLabels;
import com.courtside.timeline.players.PlayerSlot;
import com.courtside.timeline.players.Shot;
import com.courtside.timeline.task.ProgressListener;
import com.courtside.ui.labels.LabelingSession;
import com.courtside.ui.players.ShotScores;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

import java.nio.file.Path;
import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import static com.courtside.e2e.gui.GuiDriver.fx;
import static com.courtside.e2e.gui.GuiDriver.until;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Shooter tab in the real window on a rendered basketball match: Analysis ▸ Score the Shots scores every shot with
 * the shipped model, the tab shows the five scores of the shot nearest the playhead and follows the playhead from shot
 * to shot, and a click on a bar names the shooter, kept with who named him.
 */
@ExtendWith(ApplicationExtension.class)
class ShooterTest {

    private static final String PREFS = "courtside-e2e-shooter";

    @TempDir
    static Path folder;
    private static BasketballResult match;

    private Workstation workstation;

    @AfterAll
    static void forgetPreferences() throws BackingStoreException {
        Preferences.userRoot().node(PREFS).removeNode();
    }

    @Start
    void start(Stage stage) throws Exception {
        synchronized (ShooterTest.class) {
            if (match == null) {
                BasketballOptions options = BasketballOptions.match().withSize(640, 360).withDuration(30).withSeed(77);
                match = new BasketballRenderer().render(options, folder.resolve("game.mp4"), ProgressListener.NONE);
            }
        }
        workstation = Workstation.create(stage, Preferences.userRoot().node(PREFS),
                new CacheDirectory(folder.resolve("cache")));
        workstation.open(match.video());
        stage.show();
    }

    @Stop
    void stop() {
        workstation.close();
    }

    private ShotScores shown(FxRobot robot) {
        return fx(() -> {
            LabelingSession.Snapshot s = workstation.labels().snapshotProperty().get();
            return ShotScores.at(s == null ? null : s.shots(), workstation.player().getCurrentFrame());
        });
    }

    @Test
    void scoredShotsFollowThePlayheadAndAClickNamesTheShooter(FxRobot robot) {
        List<Shot> truth = match.truth().shotList();
        assertThat(truth).as("the 30 s match has shots").hasSizeGreaterThanOrEqualTo(2);
        new GuiDriver(workstation).untilShowing(0);
        until("the project is open", () -> workstation.labels().editableProperty().get());
        robot.clickOn("Shooter");
        fx(() -> {
            workstation.scoreShots();
            return null;
        });
        until("every shot is scored", () -> {
            LabelingSession.Snapshot s = workstation.labels().snapshotProperty().get();
            return s != null && s.shots().scores().size() == truth.size();
        });
        assertThat(fx(() -> robot.lookup("#shooter-title").<Label>query().getText())).startsWith("Shot 1 of "
                + truth.size());

        Shot second = truth.get(1);
        fx(() -> {
            workstation.player().seek(second.releaseFrame() + 2);
            return null;
        });
        until("the tab shows the second shot", () -> fx(() -> robot.lookup("#shooter-title").<Label>query().getText())
                .startsWith("Shot 2 of "));
        ShotScores scores = shown(robot);
        assertThat(scores.frame()).isEqualTo(second.releaseFrame());
        double sum = 0;
        for (float v : scores.scores()) {
            sum += v;
        }
        assertThat(sum).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-3));

        PlayerSlot other = scores.top() == PlayerSlot.O1 ? PlayerSlot.O2 : PlayerSlot.O1;
        robot.clickOn("#shooter-bar-" + other.wireName());
        until("the labeller's choice is kept", () -> {
            ShotLabels.Choice c = fx(() -> workstation.labels().snapshotProperty().get().shots().choices()
                    .get(second.releaseFrame()));
            return c != null && c.shooter() == other;
        });
        assertThat(fx(() -> robot.lookup("#shooter-choice").<Label>query().getText()))
                .startsWith(other.wireName() + " took it, named by ");
        assertThat(shown(robot).shooter()).as("the choice wins over the model").isEqualTo(other);
    }
}
