package com.courtside.e2e.gui;

import com.courtside.app.cli.CourtsideCommand;
import com.courtside.app.gui.Workstation;
import com.courtside.export.dataset.DatasetFormat;
import com.courtside.inference.video.CacheDirectory;
import com.courtside.timeline.BallTrack;
import com.courtside.timeline.LabelSet;
import com.courtside.timeline.io.TruthJson;
import com.courtside.ui.export.ExportDialog;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import java.util.stream.Stream;

import static com.courtside.e2e.gui.GuiDriver.fx;
import static com.courtside.e2e.gui.GuiDriver.until;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * File ▸ Export Dataset… in the real window on a clip whose ball labels were imported: the preview says where the
 * video goes and how many labels it brings before anything is written, a folder that holds files is refused, Export
 * writes a TrackNet CSV with every labelled frame, and a cancelled export leaves no folder behind.
 */
@ExtendWith(ApplicationExtension.class)
class ExportDialogTest {

    private static final String PREFS = "courtside-e2e-export";

    @TempDir
    static Path folder;
    private static Path clip;
    private static int labelled;

    private Workstation workstation;

    @AfterAll
    static void forgetPreferences() throws BackingStoreException {
        Preferences.userRoot().node(PREFS).removeNode();
    }

    @Start
    void start(Stage stage) throws Exception {
        synchronized (ExportDialogTest.class) {
            if (clip == null) {
                clip = folder.resolve("exported.mp4");
                Files.copy(TestClips.shared(), clip);
                labelled = importTruthAsLabels(clip);
            }
        }
        workstation = Workstation.create(stage, Preferences.userRoot().node(PREFS),
                new CacheDirectory(folder.resolve("cache")));
        workstation.open(clip);
        stage.show();
    }

    /** The clip's true ball as a TrackNet CSV, brought into its project with `courtside import`. */
    private static int importTruthAsLabels(Path video) throws Exception {
        LabelSet truth = TruthJson.readLabels(TestClips.truthOf(TestClips.shared()));
        BallTrack ball = truth.ball();
        StringBuilder csv = new StringBuilder("Frame,Visibility,X,Y\n");
        int visible = 0;
        for (int f = 0; f < ball.frameCount(); f++) {
            if (ball.isVisible(f)) {
                csv.append(String.format(Locale.ROOT, "%d,1,%.1f,%.1f%n", f, ball.x(f), ball.y(f)));
                visible++;
            } else {
                csv.append(f).append(",0,0,0\n");
            }
        }
        Path file = folder.resolve("ball.csv");
        Files.writeString(file, csv);
        StringWriter err = new StringWriter();
        int code = CourtsideCommand.execute(new String[] {"import", video.toString(), file.toString()},
                new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertThat(code).as(err.toString()).isZero();
        return ball.frameCount();
    }

    @Stop
    void stop() {
        workstation.close();
    }

    @Test
    void thePreviewComesFirstAFullFolderIsRefusedAndTheExportIsWritten(FxRobot robot) throws Exception {
        until("the project is open", () -> workstation.labels().editableProperty().get());
        ExportDialog dialog = fx(() -> workstation.exportDataset());
        fx(() -> {
            robot.lookup("#export-format").<ComboBox<DatasetFormat>>query().setValue(DatasetFormat.TRACKNET);
            return null;
        });
        until("the preview names the split and the labels", () -> robot.lookup("#export-preview").<TextArea>query()
                .getText().contains("exported → train: " + labelled + " frames with a ball label"));

        Path full = Files.createDirectories(folder.resolve("full"));
        Files.writeString(full.resolve("keep.txt"), "mine");
        fx(() -> {
            robot.lookup("#export-folder").<TextField>query().setText(full.toString());
            return null;
        });
        until("a folder with files is refused", () -> robot.lookup("#export-problem").<Label>query().getText()
                .contains("already holds files") && robot.lookup("#export-start").<Button>query().isDisabled());

        Path target = folder.resolve("tracknet-set");
        fx(() -> {
            robot.lookup("#export-folder").<TextField>query().setText(target.toString());
            return null;
        });
        until("Export is possible", () -> !robot.lookup("#export-start").<Button>query().isDisabled());
        robot.clickOn("#export-start");
        until("the export is written", () -> robot.lookup("#export-status").<Label>query().getText()
                .startsWith("Wrote "));
        Path csv;
        try (Stream<Path> files = Files.walk(target)) {
            csv = files.filter(p -> p.toString().endsWith(".csv")).findFirst().orElseThrow();
        }
        List<String> rows = Files.readAllLines(csv);
        assertThat(rows.get(0)).isEqualTo("Frame,Visibility,X,Y");
        assertThat(rows).hasSize(labelled + 1);
        assertThat(target.resolve("manifest.json")).isNotEmptyFile();
        fx(() -> {
            dialog.stage().close();
            return null;
        });
    }

    @Test
    void aCancelledExportLeavesNoFolder(FxRobot robot) throws Exception {
        until("the project is open", () -> workstation.labels().editableProperty().get());
        ExportDialog dialog = fx(() -> workstation.exportDataset());
        Path target = folder.resolve("cancelled-set");
        fx(() -> {
            robot.lookup("#export-format").<ComboBox<DatasetFormat>>query().setValue(DatasetFormat.COCO);
            robot.lookup("#export-folder").<TextField>query().setText(target.toString());
            return null;
        });
        until("Export is possible", () -> !robot.lookup("#export-start").<Button>query().isDisabled());
        fx(() -> {
            robot.lookup("#export-start").<Button>query().fire();
            robot.lookup("#export-cancel").<Button>query().fire();
            return null;
        });
        until("the export says it was cancelled", () -> robot.lookup("#export-status").<Label>query().getText()
                .equals("Cancelled: nothing was written."));
        assertThat(Files.exists(target)).isFalse();
        try (Stream<Path> left = Files.list(folder)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("partial"));
        }
        fx(() -> {
            dialog.stage().close();
            return null;
        });
    }

    @Test
    void theRalliesAreCutFromTheWindowAsTheyAreLabelled(FxRobot robot) throws Exception {
        until("the project is open", () -> workstation.labels().editableProperty().get());
        fx(() -> {
            workstation.labels().rallyStart(40);
            return null;
        });
        until("the rally has started", () -> !workstation.labels().snapshotProperty().get().labels().rallies()
                .isEmpty());
        fx(() -> {
            workstation.labels().rallyEnd(99);
            return null;
        });
        until("the rally is 40–99", () -> workstation.labels().snapshotProperty().get().labels().rallies().stream()
                .anyMatch(r -> r.startFrame() == 40 && r.endFrame() == 99));
        com.courtside.ui.export.VideoExportDialog dialog = fx(() -> workstation.exportVideo());
        Path reel = folder.resolve("reel.mp4");
        fx(() -> {
            robot.lookup("#cut-rallies").<TextField>query().setText("1");
            robot.lookup("#cut-padding").<TextField>query().setText("0");
            robot.lookup("#cut-mode").<ComboBox<String>>query().getSelectionModel().select(1);
            robot.lookup("#cut-target").<TextField>query().setText(reel.toString());
            return null;
        });
        until("the preview says what is kept", () -> robot.lookup("#cut-preview").<Label>query().getText()
                .startsWith("1 rally, 2.4 s of the video's 8.0 s"));
        fx(() -> {
            robot.lookup("#cut-rallies").<TextField>query().setText("7");
            return null;
        });
        until("a rally that is not there is named", () -> robot.lookup("#cut-problem").<Label>query().getText()
                .equals("There is no rally 7; the video has 1.") && robot.lookup("#cut-start").<Button>query()
                .isDisabled());
        fx(() -> {
            robot.lookup("#cut-rallies").<TextField>query().setText("all");
            return null;
        });
        robot.clickOn("#cut-start");
        until("the reel is written", () -> robot.lookup("#cut-status").<Label>query().getText().startsWith("Wrote "));
        var cut = new com.courtside.inference.video.VideoProbe(null, 0).open(reel,
                com.courtside.timeline.task.ProgressListener.NONE);
        assertThat(cut.facts().frameCount()).as("frames 40–99, frame-exact").isEqualTo(60);
        fx(() -> {
            dialog.stage().close();
            return null;
        });
    }
}
