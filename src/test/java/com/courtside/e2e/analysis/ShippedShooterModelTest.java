package com.courtside.e2e.analysis;

import com.courtside.inference.onnx.Device;
import com.courtside.inference.shooter.ShooterModel;
import com.courtside.inference.shooter.ShooterScores;
import com.courtside.inference.shooter.ShotScorer;
import com.courtside.inference.synth.basketball.BasketballOptions;
import com.courtside.inference.synth.basketball.BasketballRenderer;
import com.courtside.inference.synth.basketball.BasketballResult;
import com.courtside.inference.video.OpenedVideo;
import com.courtside.inference.video.VideoProbe;
import com.courtside.resources.BundledModels;
import com.courtside.timeline.players.Shot;
import com.courtside.timeline.task.ProgressListener;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped shooter model on one-shot basketball scenes it never saw (the scene set of seed 9500, at 360p where it was trained at
 * 720p), through FFmpeg decoding and ONNX Runtime on the CPU, with the truth's boxes and slots: it names the shooter
 * of nearly every shot and does better than the closeness-to-origin baseline.
 */
class ShippedShooterModelTest {

    static final int SCENES = 12;

    @TempDir
    static Path dir;
    static List<BasketballResult> scenes;

    @BeforeAll
    static void render() throws Exception {
        BasketballOptions options = BasketballOptions.scene().withSize(640, 360).withSeed(9500);
        scenes = new BasketballRenderer().renderScenes(options, SCENES, dir.resolve("scene.mp4"), ProgressListener.NONE);
    }

    private static int right(ShooterModel model) throws Exception {
        int right = 0;
        for (BasketballResult scene : scenes) {
            OpenedVideo video = new VideoProbe(null, 2).open(scene.video(), ProgressListener.NONE);
            List<Shot> truth = scene.truth().shotList();
            List<Shot> asked = truth.stream().map(s -> new Shot(s.releaseFrame(), null, s.originX(), s.originY()))
                    .toList();
            List<ShooterScores> scores = new ShotScorer(model).score(video, scene.truth().people(), asked, 2,
                    ProgressListener.NONE);
            for (int i = 0; i < scores.size(); i++) {
                right += scores.get(i).best() == truth.get(i).shooter() ? 1 : 0;
            }
        }
        return right;
    }

    @Test
    void theShippedModelNamesTheShooterOfNearlyEveryShotAndBeatsTheBaseline() throws Exception {
        assertThat(BundledModels.names()).contains(BundledModels.DEFAULT_SHOOTER);
        assertThat(scenes).allSatisfy(s -> assertThat(s.truth().shots()).hasSize(1));
        Path onnx = BundledModels.resolve(BundledModels.DEFAULT_SHOOTER, dir.resolve("models")).orElseThrow();
        int model;
        try (ShooterModel shooter = ShooterModel.open(onnx, Device.CPU, 2)) {
            model = right(shooter);
        }
        int baseline = right(null);
        System.out.printf("shooter top-1 on %d held-out scenes: model %d, baseline %d%n", SCENES, model, baseline);
        assertThat(model).as("shots the model names right, of " + SCENES).isGreaterThanOrEqualTo(SCENES - 1);
        assertThat(model).as("the model does better than the baseline").isGreaterThanOrEqualTo(baseline);
    }
}
