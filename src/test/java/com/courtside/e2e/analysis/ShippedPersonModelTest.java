package com.courtside.e2e.analysis;

import com.courtside.inference.onnx.Device;
import com.courtside.inference.people.PeopleDetection;
import com.courtside.inference.people.PersonBox;
import com.courtside.inference.people.PersonBoxesModel;
import com.courtside.inference.synth.basketball.BasketballOptions;
import com.courtside.inference.synth.basketball.BasketballRenderer;
import com.courtside.inference.synth.basketball.BasketballResult;
import com.courtside.inference.video.OpenedVideo;
import com.courtside.inference.video.VideoProbe;
import com.courtside.resources.BundledModels;
import com.courtside.timeline.players.PersonBoxes;
import com.courtside.timeline.task.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bundled person detector on a basketball scene it never saw (seed 4242, 360p where it was trained at 720p),
 * through FFmpeg and ONNX Runtime on the CPU: most people found at IoU 0.5, few false boxes. The truth counts people
 * hidden behind others too, so recall cannot reach 1.
 */
class ShippedPersonModelTest {

    @TempDir
    Path dir;

    @Test
    void theBundledDetectorFindsMostPeopleWithFewFalseBoxes() throws Exception {
        BasketballResult scene = new BasketballRenderer().renderScenes(
                BasketballOptions.scene().withSize(640, 360).withSeed(4242), 1, dir.resolve("s.mp4"),
                ProgressListener.NONE).get(0);
        Path onnx = BundledModels.resolve(BundledModels.DEFAULT_PEOPLE, dir.resolve("models")).orElseThrow();
        OpenedVideo video = new VideoProbe(null, 2).open(scene.video(), ProgressListener.NONE);
        PersonBoxes found;
        try (PersonBoxesModel model = PersonBoxesModel.open(onnx, Device.CPU, 2)) {
            found = PeopleDetection.withModel(video, model, 2, ProgressListener.NONE);
        }
        PersonBoxes truth = scene.truth().people();
        int matched = 0;
        for (int f = 0; f < video.facts().frameCount(); f++) {
            boolean[] used = new boolean[truth.end(f) - truth.first(f)];
            for (int i = found.first(f); i < found.end(f); i++) {
                PersonBox b = new PersonBox(found.x(i), found.y(i), found.width(i), found.height(i), 1);
                for (int j = truth.first(f); j < truth.end(f); j++) {
                    PersonBox t = new PersonBox(truth.x(j), truth.y(j), truth.width(j), truth.height(j), 1);
                    if (!used[j - truth.first(f)] && b.iou(t) >= 0.5f) {
                        used[j - truth.first(f)] = true;
                        matched++;
                        break;
                    }
                }
            }
        }
        double recall = matched / (double) truth.size();
        double precision = matched / (double) Math.max(1, found.size());
        System.out.printf("person-bb on a held-out scene: recall %.3f, precision %.3f%n", recall, precision);
        assertThat(recall).isGreaterThanOrEqualTo(0.7);
        assertThat(precision).isGreaterThanOrEqualTo(0.9);
    }
}
