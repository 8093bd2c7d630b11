package com.courtside.ui.overlay;

import com.courtside.inference.video.OpenedVideo;
import com.courtside.timeline.LabelSet;
import com.courtside.timeline.camera.CameraSettings;
import com.courtside.ui.export.VideoExportDialog;
import com.courtside.ui.export.VideoExportSources;
import com.courtside.ui.task.FxTaskRunner;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** File ▸ Export Video… with "Burn in the overlay" ticked: re-encodes, and the reel shows the ball's ring. */
@ExtendWith(ApplicationExtension.class)
class ExportDialogBurnInTest {

    @TempDir
    Path dir;
    private final FxTaskRunner tasks = new FxTaskRunner();
    private VideoExportDialog dialog;

    @Start
    void start(Stage stage) {
        // The dialog opens its own stage; the extension's primary stage stays empty.
    }

    @AfterEach
    void close() throws Exception {
        fx(() -> {
            dialog.stage().close();
            return null;
        });
        tasks.close();
    }

    private static <T> T fx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(20, TimeUnit.SECONDS);
    }

    @SuppressWarnings("unchecked")
    private <T extends Node> T find(String id) {
        return (T) dialog.stage().getScene().lookup("#" + id);
    }

    @Test
    void theBurntInReelIsReencodedWithTheRingAtTheBall() throws Exception {
        OpenedVideo video = GreyClip.write(dir.resolve("grey.mp4"), TestLabels.WIDTH, TestLabels.HEIGHT,
                TestLabels.FRAMES);
        LabelSet labels = TestLabels.labels();
        Path reel = dir.resolve("reel.mp4");
        dialog = fx(() -> new VideoExportDialog(null, tasks, new VideoExportSources(video, labels.rallies(),
                labels.ball(), List.of(), CameraSettings.DEFAULT, labels.events(), Map.of())));
        boolean[] modeLocked = fx(() -> {
            dialog.show();
            this.<TextField>find("cut-rallies").setText("1");
            this.<TextField>find("cut-padding").setText("0");
            this.<TextField>find("cut-target").setText(reel.toString());
            this.<CheckBox>find("cut-overlay").setSelected(true);
            ComboBox<String> mode = find("cut-mode");
            return new boolean[] {mode.isDisabled(), mode.getSelectionModel().getSelectedIndex() == 1};
        });
        assertThat(modeLocked).as("'Cut by' is locked on re-encode").containsExactly(true, true);
        assertThat(fx(() -> this.<Label>find("cut-preview").getText())).contains("overlay burnt in");

        fx(() -> {
            this.<Button>find("cut-start").fire();
            return null;
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> fx(() -> this.<Label>find("cut-status").getText())
                .startsWith("Wrote "));

        List<GreyClip.Picture> frames = GreyClip.read(reel);
        assertThat(frames).as("rally 1, frames 10–40, frame-exact").hasSize(31);
        for (int k = 0; k < frames.size(); k++) {
            int f = 10 + k;
            boolean labelled = labels.ball().isVisible(f);
            assertThat(frames.get(k).colourAround(TestLabels.ballX(f), TestLabels.ballY(f), 8, 12, 0xff, 0xb0, 0x20,
                    48)).as("ring in frame %d", f).isEqualTo(labelled);
        }
    }
}
