package com.courtside.inference.shooter;

import com.courtside.inference.onnx.FrameNormaliser;

import com.courtside.inference.onnx.Device;
import com.courtside.inference.onnx.ModelLoadException;
import com.courtside.inference.onnx.ModelManifest;
import com.courtside.inference.video.FrameImage;
import com.courtside.timeline.players.PersonBoxes;
import com.courtside.timeline.players.PlayerSlot;
import com.courtside.timeline.players.Shot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.ByteBuffer;
import java.nio.FloatBuffer;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * The shooter contract with the tiny models of {@code tools/models/make_shooter_test_models.py}: {@code tiny-shooter}
 * scores each player by how much of it stands near the shot origin, and wrong variants to be refused.
 */
class ShooterModelTest {

    static Path model(String name) throws Exception {
        return Path.of(ShooterModelTest.class.getResource("/models/" + name + ".onnx").toURI());
    }

    static FrameImage[] greyFrames() {
        FrameImage[] frames = new FrameImage[ShooterWindow.FRAMES];
        for (int s = 0; s < frames.length; s++) {
            frames[s] = new FrameImage(224, 224);
            ByteBuffer px = frames[s].pixels();
            for (int i = 0; i < px.limit(); i++) {
                px.put(i, (byte) 128);
            }
        }
        return frames;
    }

    @Test
    void aContractModelGivesFiveScoresSummingToOneAndFindsThePlayerOnTheOrigin() throws Exception {
        PersonBoxes.Builder b = new PersonBoxes.Builder();
        for (int f = 0; f < 30; f++) {
            b.add(f, 1, PlayerSlot.O1, 10, 10, 16, 48, 1f);
            b.add(f, 4, PlayerSlot.O4, 96, 80, 16, 48, 1f);
            b.add(f, 6, PlayerSlot.D1, 100, 80, 16, 48, 1f);
        }
        Shot shot = new Shot(20, null, 104, 104);
        float[] maps = new TrackHeatmaps(224, 224).build(b.build(), shot, ShooterWindow.around(20, 30, 100));

        try (ShooterModel model = ShooterModel.open(model("tiny-shooter"), Device.CPU, 1)) {
            ShooterScores scores = model.score(greyFrames(), maps);

            float sum = 0;
            for (float s : scores.scores()) {
                sum += s;
            }
            assertThat(scores.scores()).hasSize(5);
            assertThat(sum).isCloseTo(1f, within(1e-5f));
            assertThat(scores.best()).isEqualTo(PlayerSlot.O4);
            assertThat(scores.method()).isEqualTo("model tiny-shooter");
        }
    }

    @ParameterizedTest(name = "{0} is refused naming {1}")
    @CsvSource(delimiter = ';', value = {
            "shooter-wrong-input-name; input 'frames'; not part of the shooter contract",
            "shooter-wrong-tracks; input 'tracks'; [N, 16, 14, 14, 13]",
            "shooter-wrong-output; output 'logits'; [N, 4]",
            "tiny-game-state; 'game-state' model; needs a 'shooter' model"})
    void modelsThatBreakTheContractAreRefusedNamingTheTensor(String name, String tensor, String reason) {
        assertThatThrownBy(() -> ShooterModel.open(model(name), Device.CPU, 1))
                .isInstanceOf(ModelLoadException.class).hasMessageContaining(tensor).hasMessageContaining(reason);
    }

    @Test
    void framesBecomeImageNetNormalisedRgbPlanes() throws Exception {
        ModelManifest manifest = new ModelManifest("m", "shooter", null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null);
        FrameImage frame = new FrameImage(2, 1);
        ByteBuffer px = frame.pixels();
        // Pixel 1 is B 0, G 128, R 255 (BGRA order in memory).
        px.put(4, (byte) 0).put(5, (byte) 128).put(6, (byte) 255);
        FloatBuffer planes = FloatBuffer.allocate(1 + 3 * 2);

        FrameNormaliser.of(manifest, Path.of("m.onnx")).normalise(frame, planes, 1);

        assertThat(planes.get(1 + 1)).as("R").isCloseTo((1f - 0.485f) / 0.229f, within(1e-5f));
        assertThat(planes.get(1 + 2 + 1)).as("G").isCloseTo((128 / 255f - 0.456f) / 0.224f, within(1e-5f));
        assertThat(planes.get(1 + 4 + 1)).as("B").isCloseTo(-0.406f / 0.225f, within(1e-5f));
        assertThat(planes.get(1)).as("pixel 0, R").isCloseTo(-0.485f / 0.229f, within(1e-5f));
    }

    @Test
    void framesOfTheWrongSizeAreRefused() throws Exception {
        try (ShooterModel model = ShooterModel.open(model("tiny-shooter"), Device.CPU, 1)) {
            FrameImage[] frames = greyFrames();
            frames[3] = new FrameImage(160, 96);
            assertThatThrownBy(() -> model.score(frames, new float[TrackHeatmaps.LENGTH]))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("224×224");
        }
    }
}
