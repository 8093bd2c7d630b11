package com.courtside.e2e.gui;

import com.courtside.app.gui.Workstation;
import com.courtside.inference.video.CacheDirectory;
import com.courtside.ui.main.RecentFiles;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
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
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import static com.courtside.e2e.gui.GuiDriver.fx;
import static com.courtside.e2e.gui.GuiDriver.until;
import static org.assertj.core.api.Assertions.assertThat;

/** The real main window on a rendered clip, driven by the keyboard (Monocle headless in CI). */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    private static final String PREFS = "courtside-e2e-test";
    private static final String OPEN_FAILED = "Could not open the video";

    @TempDir
    static Path cache;

    private static Path clip;
    private Workstation workstation;
    private GuiDriver gui;

    @BeforeAll
    static void renderClip() throws Exception {
        clip = TestClips.shared();
    }

    @AfterAll
    static void forgetRecentFiles() throws BackingStoreException {
        Preferences.userRoot().node(PREFS).removeNode();
    }

    @Start
    void start(Stage stage) {
        workstation = Workstation.create(stage, Preferences.userRoot().node(PREFS), new CacheDirectory(cache));
        gui = new GuiDriver(workstation);
        stage.show();
        workstation.open(clip);
    }

    @Stop
    void stop() {
        workstation.close();
    }

    @BeforeEach
    void firstFrameIsShown() {
        gui.untilShowing(0);
    }

    @AfterEach
    void closeDialogs() {
        GuiDriver.closeDialogs();
    }

    @Test
    void opensOnFrameZeroWithItsGroundTruth(FxRobot robot) {
        assertThat(gui.frame()).isZero();
        assertThat(fx(() -> workstation.stage().getTitle())).isEqualTo("Courtside — " + clip.getFileName());
        assertThat(robot.lookup("#frame-number").queryAs(Label.class).getText()).isEqualTo("0000");
        assertThat(robot.lookup("#timecode").queryAs(Label.class).getText()).isEqualTo("00:00:00:00");
        assertThat(robot.lookup("#status-video").queryAs(Label.class).getText()).contains("640×360", "25 fps");
        assertThat(fx(() -> workstation.player().labelLayerProperty().get().caption()))
                .isEqualTo("Ground truth · test-clip");
        assertThat(robot.lookup(".scrubber-rally").queryAll()).hasSize(2);
    }

    @Test
    void spaceStartsPlaybackAndSpaceAgainPauses(FxRobot robot) {
        robot.type(KeyCode.SPACE);
        until("playback advances", () -> workstation.player().isPlaying() && workstation.player().getCurrentFrame() > 5);

        robot.type(KeyCode.SPACE);
        until("playback pauses", () -> !workstation.player().isPlaying());
        int paused = gui.frame();
        gui.untilShowing(paused);
        assertThat(gui.rate()).isZero();
        assertThat(gui.frame()).isEqualTo(paused);
    }

    @Test
    void periodStepsExactlyOneFrameWithNewPixelsAndCommaStepsBack(FxRobot robot) {
        int first = gui.pixelHash();

        robot.type(KeyCode.PERIOD);
        gui.untilShowing(1);
        assertThat(gui.frame()).isEqualTo(1);
        assertThat(gui.pixelHash()).isNotEqualTo(first);

        robot.type(KeyCode.COMMA);
        gui.untilShowing(0);
        assertThat(gui.frame()).isZero();
        assertThat(gui.pixelHash()).isEqualTo(first);
    }

    @Test
    void shuttleKeysSpeedUpPauseAndReverse(FxRobot robot) {
        List<Double> rates = new CopyOnWriteArrayList<>();
        fx(() -> {
            workstation.player().rateProperty().addListener((obs, old, rate) -> rates.add(rate.doubleValue()));
            return null;
        });
        robot.type(KeyCode.L, 3);
        // playback may already have reached the end of the short clip, so check the rates it went through
        until("L L L has played at 1×, 2× and 4×", () -> rates.containsAll(List.of(1.0, 2.0, 4.0)));
        assertThat(rates.subList(0, 3)).containsExactly(1.0, 2.0, 4.0);
        until("fast playback advances", () -> workstation.player().getCurrentFrame() > 20);

        robot.type(KeyCode.K);
        assertThat(gui.playing()).isFalse();
        int pausedAt = gui.frame();

        robot.type(KeyCode.J);
        assertThat(gui.rate()).isEqualTo(-1.0);
        until("reverse playback goes back", () -> workstation.player().getCurrentFrame() < pausedAt - 3);
        robot.type(KeyCode.K);
        assertThat(gui.playing()).isFalse();
    }

    @Test
    void homeEndAndShiftArrowsJump(FxRobot robot) {
        robot.type(KeyCode.END);
        gui.untilShowing(TestClips.FRAMES - 1);

        robot.type(KeyCode.HOME);
        gui.untilShowing(0);

        robot.press(KeyCode.SHIFT).type(KeyCode.RIGHT).release(KeyCode.SHIFT);
        assertThat(gui.frame()).isEqualTo(TestClips.FPS);
        gui.untilShowing(TestClips.FPS);

        robot.press(KeyCode.SHIFT).type(KeyCode.LEFT).release(KeyCode.SHIFT);
        assertThat(gui.frame()).isZero();
    }

    @Test
    void clickingTheScrubberSeeks(FxRobot robot) {
        var scrubber = workstation.window().scrubber();
        var point = fx(() -> {
            double left = scrubber.snappedLeftInset();
            double width = scrubber.getWidth() - left - scrubber.snappedRightInset();
            return scrubber.localToScreen(left + width * 0.5, scrubber.getHeight() - 8);
        });
        robot.clickOn(point);
        int frame = gui.frame();
        assertThat(frame).isBetween(TestClips.FRAMES / 2 - 1, TestClips.FRAMES / 2 + 1);
        gui.untilShowing(frame);
    }

    @Test
    void garbageFileShowsAnErrorAndTheOldVideoStays(@TempDir Path dir) throws Exception {
        byte[] junk = new byte[64 * 1024];
        new Random(7).nextBytes(junk);
        Path garbage = Files.write(dir.resolve("garbage.mp4"), junk);

        fx(() -> {
            workstation.open(garbage);
            return null;
        });
        until("an error dialog shows", () -> GuiDriver.dialog(OPEN_FAILED).isPresent());
        DialogPane dialog = GuiDriver.dialog(OPEN_FAILED).orElseThrow();
        assertThat(fx(dialog::getContentText)).contains("garbage.mp4").doesNotContain("Exception", "\tat ");
        assertThat(fx(() -> workstation.player().getFacts().path())).isEqualTo(clip);
        assertThat(gui.shownFrame()).isZero();
    }

    @Test
    void missingFileShowsAnErrorAndTheOldVideoStays(@TempDir Path dir) {
        Path missing = dir.resolve("no-such-match.mp4");
        fx(() -> {
            workstation.open(missing);
            return null;
        });
        until("an error dialog shows", () -> GuiDriver.dialog(OPEN_FAILED).isPresent());
        assertThat(fx(() -> GuiDriver.dialog(OPEN_FAILED).orElseThrow().getContentText())).contains("No file at");
        assertThat(fx(() -> workstation.player().getFacts().path())).isEqualTo(clip);
    }

    @Test
    void openRecentListsTheOpenedVideo(FxRobot robot) {
        RecentFiles recent = new RecentFiles(Preferences.userRoot().node(PREFS));
        until("the video is remembered", () -> recent.list().contains(clip));
        robot.clickOn("File").clickOn("Open Recent");
        until("the recent menu names the clip", () -> robot.lookup(clip.getFileName().toString()).tryQuery().isPresent());
        List<Integer> shown = new CopyOnWriteArrayList<>();
        fx(() -> {
            workstation.player().shownFrameProperty().addListener((obs, old, frame) -> shown.add(frame.intValue()));
            return null;
        });
        robot.clickOn(clip.getFileName().toString());
        until("the clip is opened again", () -> shown.contains(-1));
        gui.untilShowing(0);
    }

    @Test
    void overlayKeyTogglesTheOverlay(FxRobot robot) {
        assertThat(fx(() -> workstation.player().overlayVisibleProperty().get())).isTrue();
        robot.type(KeyCode.V);
        assertThat(fx(() -> workstation.player().overlayVisibleProperty().get())).isFalse();
        robot.type(KeyCode.V);
        assertThat(fx(() -> workstation.player().overlayVisibleProperty().get())).isTrue();
    }

    @Test
    void closingTheWorkstationEndsTheDecoderThreads() {
        fx(() -> {
            workstation.close();
            return null;
        });
        assertThat(Thread.getAllStackTraces().keySet())
                .noneMatch(t -> t.isAlive() && t.getName().startsWith("courtside-decoder"));
    }
}
