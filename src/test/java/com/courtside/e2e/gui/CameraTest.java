package com.courtside.e2e.gui;

import com.courtside.app.gui.Workstation;
import com.courtside.inference.video.CacheDirectory;
import com.courtside.timeline.BallTrack;
import com.courtside.timeline.camera.Crop;
import com.courtside.ui.camera.CameraViewModel;
import com.courtside.ui.labels.LabelingSession;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Slider;
import javafx.scene.image.ImageView;
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
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import static com.courtside.e2e.gui.GuiDriver.fx;
import static com.courtside.e2e.gui.GuiDriver.until;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The follow-cam in the real window over a real project: it frames the ball of the saved analysis and the preview
 * shows that crop of the frame on screen; a settings change reframes it at once; C pins the camera at the playhead
 * as one undoable edit, and Shift+click pins it centred on the point clicked.
 */
@ExtendWith(ApplicationExtension.class)
class CameraTest {

    private static final String PREFS = "courtside-e2e-camera";

    @TempDir
    static Path folder;

    private Workstation workstation;
    private GuiDriver gui;

    @AfterEach
    void forgetPreferences() throws BackingStoreException {
        Preferences.userRoot().node(PREFS).removeNode();
    }

    @Start
    void start(Stage stage) throws Exception {
        Path clip = folder.resolve("camera-" + System.nanoTime() + ".mp4");
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

    private CameraViewModel camera() {
        return workstation.window().camera();
    }

    /** Keeps an analysis whose ball is the clip's true ball, and shows the Camera tab at frame {@code frame}. */
    private BallTrack analysedAt(FxRobot robot, int frame) throws Exception {
        gui = new GuiDriver(workstation);
        gui.untilShowing(0);
        until("the project is open", () -> workstation.labels().editableProperty().get());
        BallTrack truth = TrueBallAnalysis.save(workstation);
        fx(() -> {
            workstation.player().seek(frame);
            return null;
        });
        gui.untilShowing(frame);
        until("the saved ball is the labels'", () -> {
            LabelingSession.Snapshot s = workstation.labels().snapshotProperty().get();
            return s != null && s.hasModelBall();
        });
        robot.clickOn("Camera");
        return truth;
    }

    @Test
    void theCameraFramesTheBallAndThePreviewShowsItsCrop(FxRobot robot) throws Exception {
        BallTrack truth = analysedAt(robot, 60);
        until("the camera has a crop", () -> fx(() -> camera().cropProperty().get()) != null);
        Crop crop = fx(() -> camera().cropProperty().get());
        assertThat(crop.contains(truth.x(60), truth.y(60))).as("the ball at frame 60 is inside the crop").isTrue();
        assertThat(crop.w() / crop.h()).isCloseTo(16 / 9.0, org.assertj.core.data.Offset.offset(0.01));
        Rectangle2D viewport = fx(() -> robot.lookup("#camera-preview").lookup(".image-view")
                .<ImageView>query().getViewport());
        double k = fx(() -> workstation.videoView().displayedImage().getWidth()) / TestClips.WIDTH;
        assertThat(viewport.getMinX()).isCloseTo(crop.x() * k, org.assertj.core.data.Offset.offset(0.5));
        assertThat(viewport.getWidth()).isCloseTo(crop.w() * k, org.assertj.core.data.Offset.offset(0.5));

        fx(() -> {
            workstation.player().seek(90);
            return null;
        });
        gui.untilShowing(90);
        until("the crop follows the playhead", () -> !crop.equals(fx(() -> camera().cropProperty().get())));

        double before = fx(() -> camera().cropProperty().get().w());
        fx(() -> {
            robot.lookup("#camera-zoom").<Slider>query().setValue(2.5);
            return null;
        });
        assertThat(fx(() -> camera().cropProperty().get().w())).as("a tighter zoom in play reframes at once")
                .isLessThan(before);
    }

    @Test
    void cPinsTheCameraAsOneUndoableEditAndShiftClickPinsItThere(FxRobot robot) throws Exception {
        analysedAt(robot, 100);
        until("the camera has a crop", () -> fx(() -> camera().cropProperty().get()) != null);
        Crop framed = fx(() -> camera().cropProperty().get());
        robot.clickOn("#timeline");
        fx(() -> {
            workstation.player().seek(100);
            return null;
        });
        gui.untilShowing(100);
        robot.type(KeyCode.C);
        until("the pin is kept", () -> fx(() -> camera().pinAt(100)) != null);
        assertThat(fx(() -> camera().pinAt(100).centreX())).isCloseTo(framed.centreX(),
                org.assertj.core.data.Offset.offset(1.0));
        assertThat(fx(() -> workstation.labels().undoTextProperty().get())).contains("Pin the camera at frame 100");

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        until("undo takes the pin back", () -> fx(() -> camera().pinAt(100)) == null);

        Point2D target = fx(() -> {
            var t = workstation.videoView().transform();
            return workstation.videoView().localToScreen(t.viewX(200), t.viewY(150));
        });
        robot.press(KeyCode.SHIFT).clickOn(target).release(KeyCode.SHIFT);
        until("Shift+click pins the camera on the point", () -> fx(() -> camera().pinAt(100)) != null);
        assertThat(fx(() -> camera().pinAt(100).centreX())).isCloseTo(200, org.assertj.core.data.Offset.offset(2.0));
        assertThat(fx(() -> camera().pinAt(100).centreY())).isCloseTo(150, org.assertj.core.data.Offset.offset(2.0));
        until("the camera meets its pin", () -> {
            Crop c = fx(() -> camera().cropProperty().get());
            return c != null && Math.abs(c.centreX() - 200) < 2 || c != null && c.x() == 0;
        });
        LabelingSession.Snapshot s = fx(() -> workstation.labels().snapshotProperty().get());
        assertThat(s.ball().source()[100]).as("the click set no ball")
                .isNotEqualTo((byte) com.courtside.labeling.store.LabelSource.HUMAN.ordinal());
    }
}
