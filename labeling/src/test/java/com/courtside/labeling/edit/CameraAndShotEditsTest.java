package com.courtside.labeling.edit;

import com.courtside.labeling.store.CameraPins;
import com.courtside.labeling.store.Fixtures;
import com.courtside.labeling.store.ModelRuns;
import com.courtside.labeling.store.Project;
import com.courtside.labeling.store.ShotLabels;
import com.courtside.labeling.store.Videos;
import com.courtside.timeline.players.PlayerSlot;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Camera pins, chosen shooters and player slots: each one undoable edit in a real project file, kept on reopen. */
class CameraAndShotEditsTest {

    @TempDir
    Path dir;
    private Path file;
    private long video;

    @BeforeEach
    void project() throws Exception {
        file = dir.resolve("game.courtside");
        try (Project p = Project.open(file)) {
            video = new Videos(p).register(Fixtures.video(dir, "game.mp4", 3, 600)).id();
        }
    }

    private List<String> pins(Project p) {
        return new CameraPins(p).of(video).stream()
                .map(pin -> pin.frame() + "@" + pin.centreX() + "," + pin.centreY() + "x" + pin.zoom()).toList();
    }

    @Test
    void aPinIsOneEditThatUndoTakesBackAndARepinReplacesIt() throws Exception {
        try (Project p = Project.open(file)) {
            LabelEditor editor = new LabelEditor(p, video, "ann");
            assertThat(editor.pinCamera(120, 800f, 400f, 2f).get().description()).isEqualTo("Pin the camera at frame 120");
            assertThat(pins(p)).containsExactly("120@800.0,400.0x2.0");

            assertThat(editor.pinCamera(120, 900f, 420f, 2.5f).get().description()).startsWith("Re-pin");
            assertThat(pins(p)).containsExactly("120@900.0,420.0x2.5");
            editor.undo().get();
            assertThat(pins(p)).as("the first pin comes back").containsExactly("120@800.0,400.0x2.0");
        }
        try (Project p = Project.open(file)) {
            assertThat(pins(p)).as("after a reopen").containsExactly("120@800.0,400.0x2.0");
            LabelEditor editor = new LabelEditor(p, video, "bob");
            editor.unpinCamera(120).get();
            assertThat(pins(p)).isEmpty();
            editor.undo().get();
            assertThat(pins(p)).hasSize(1);
            assertThat(new CameraPins(p).of(video).get(0).author()).isEqualTo("ann");
        }
    }

    @Test
    void aPinNeedsAZoomInsideTheFrame() throws Exception {
        try (Project p = Project.open(file)) {
            LabelEditor editor = new LabelEditor(p, video, "ann");
            assertThatThrownBy(() -> editor.pinCamera(5, 10f, 10f, 0.5f).join()).hasMessageContaining("zoom from 1 to 20");
            assertThat(pins(p)).isEmpty();
        }
    }

    @Test
    void theChosenShooterKeepsWhoChoseItAndUndoRestoresTheEarlierChoice() throws Exception {
        try (Project p = Project.open(file)) {
            LabelEditor ann = new LabelEditor(p, video, "ann");
            ann.setShooter(300, PlayerSlot.O2).get();
            LabelEditor bob = new LabelEditor(p, video, "bob");
            assertThat(bob.setShooter(300, PlayerSlot.O4).get().description()).isEqualTo("O4 took the shot at frame 300");
            ShotLabels.Choice choice = new ShotLabels(p).choices(video).get(300);
            assertThat(choice.shooter()).isEqualTo(PlayerSlot.O4);
            assertThat(choice.author()).isEqualTo("bob");

            bob.undo().get();
            assertThat(new ShotLabels(p).choices(video).get(300).shooter()).isEqualTo(PlayerSlot.O2);
            assertThatThrownBy(() -> ann.setShooter(300, PlayerSlot.D1).join()).hasMessageContaining("O1–O5");
        }
    }

    @Test
    void aSlotGivenToATrackIsKept() throws Exception {
        try (Project p = Project.open(file)) {
            LabelEditor editor = new LabelEditor(p, video, "ann");
            editor.setPlayerSlot(7, PlayerSlot.O3).get();
            editor.setPlayerSlot(9, PlayerSlot.D5).get();
            editor.setPlayerSlot(7, PlayerSlot.O1).get();
        }
        try (Project p = Project.open(file)) {
            assertThat(new ShotLabels(p).slots(video)).isEqualTo(Map.of(7, PlayerSlot.O1, 9, PlayerSlot.D5));
        }
    }

    @Test
    void theNewestShooterRunsScoresAreRead() throws Exception {
        try (Project p = Project.open(file)) {
            ModelRuns runs = new ModelRuns(p);
            for (float first : new float[] {0.2f, 0.6f}) {
                long run = runs.start(video, ModelRuns.SHOOTER_TASK, "shooter-bb", null, "baseline", "CPU");
                TreeMap<Integer, float[]> scores = new TreeMap<>();
                scores.put(300, new float[] {first, 0.1f, 0.1f, 0.1f, 0.8f - first});
                runs.writeShots(run, scores);
                runs.finish(run, "complete");
            }
            float[] read = new ShotLabels(p).modelScores(video).get(300);
            assertThat(read).containsExactly(0.6f, 0.1f, 0.1f, 0.1f, 0.8f - 0.6f);
        }
    }
}
