package com.courtside.inference.events;

import com.courtside.inference.onnx.Device;
import com.courtside.inference.onnx.LoadedModel;
import com.courtside.inference.onnx.ModelLoadException;
import com.courtside.inference.onnx.OnnxRuntime;
import com.courtside.inference.track.TrackMode;
import com.courtside.inference.track.TrackResult;
import com.courtside.inference.track.TrackSample;
import com.courtside.timeline.EventKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * The track-event model's input as Courtside computes it, fed to a real ONNX session: a tiny model that copies
 * two of its input channels back shows what it was given.
 */
class TrackEventModelTest {

    private static final int W = 1000;
    private static final int H = 500;
    private static final List<EventKind> HEAD = List.of(EventKind.BOUNCE, EventKind.NET);

    static Path model(String name) throws Exception {
        return Path.of(TrackEventModelTest.class.getResource("/models/" + name + ".onnx").toURI());
    }

    /** Frames 2..9 seen at x = 100 f, y = 10 f², frame 5 only predicted, nothing before 2 or after 9. */
    private static TrackResult track() {
        TrackResult r = new TrackResult(12);
        for (int f = 2; f <= 9; f++) {
            r.record(f, new TrackSample(f, 100f * f, 10f * f * f, 0.9f, f != 5,
                    f == 5 ? TrackMode.RECOVERING : TrackMode.NORMAL));
        }
        return r;
    }

    private static float[][] head(int frames) {
        float[][] s = new float[2][frames];
        for (int f = 0; f < frames; f++) {
            s[0][f] = f / 100f;
            s[1][f] = 0.5f;
        }
        return s;
    }

    private static float at(float[] features, int channel, int steps, int step) {
        return features[channel * steps + step];
    }

    private static int channel(String name) {
        return TrackEventModel.FEATURES.indexOf(name);
    }

    @Test
    void featuresAreTheDetectedPositionItsChangesAndTheHeadScores() {
        float[] f = TrackEventModel.features(track(), head(12), HEAD, 1, W, H);
        int n = 12;
        assertThat(f).hasSize(TrackEventModel.FEATURES.size() * n);
        assertThat(at(f, channel("detected"), n, 4)).isEqualTo(1f);
        assertThat(at(f, channel("detected"), n, 5)).isZero();
        assertThat(at(f, channel("predicted"), n, 5)).isEqualTo(1f);
        assertThat(at(f, channel("detected"), n, 1)).isZero();
        assertThat(at(f, channel("predicted"), n, 1)).isZero();
        assertThat(at(f, channel("x"), n, 4)).isCloseTo(0.4f, within(1e-6f));
        assertThat(at(f, channel("y"), n, 4)).isCloseTo(160f / H, within(1e-6f));
        assertThat(at(f, channel("y"), n, 5)).as("a predicted position is not fed").isZero();
        // Changes need both steps seen: 3 -> 4 is measured, 4 -> 5 and 5 -> 6 are not.
        assertThat(at(f, channel("v_ok"), n, 4)).isEqualTo(1f);
        assertThat(at(f, channel("vx"), n, 4)).isCloseTo(10 * 0.1f, within(1e-5f));
        assertThat(at(f, channel("vy"), n, 4)).isCloseTo(10 * 70f / H, within(1e-5f));
        assertThat(at(f, channel("v_ok"), n, 5)).isZero();
        assertThat(at(f, channel("vy"), n, 6)).isZero();
        // Second differences need three steps seen: y'' = 20 px at every measured step, x'' = 0.
        assertThat(at(f, channel("a_ok"), n, 3)).isEqualTo(1f);
        assertThat(at(f, channel("ay"), n, 3)).isCloseTo(10 * 20f / H, within(1e-5f));
        assertThat(at(f, channel("ax"), n, 3)).isCloseTo(0f, within(1e-5f));
        assertThat(at(f, channel("a_ok"), n, 4)).isZero();
        assertThat(at(f, channel("a_ok"), n, 7)).isEqualTo(1f);
        assertThat(at(f, channel("a_ok"), n, 9)).as("nothing after the last frame").isZero();
        assertThat(at(f, channel("bounce_score"), n, 7)).isCloseTo(0.07f, within(1e-6f));
        assertThat(at(f, channel("net_score"), n, 7)).isEqualTo(0.5f);
    }

    @Test
    void aFasterVideoIsSampledAtTheModelsRate() {
        float[] f = TrackEventModel.features(track(), head(12), HEAD, 2, W, H);
        int steps = 6;
        assertThat(f).hasSize(TrackEventModel.FEATURES.size() * steps);
        // Step 2 is frame 4, step 3 frame 6: their change is over two frames.
        assertThat(at(f, channel("x"), steps, 2)).isCloseTo(0.4f, within(1e-6f));
        assertThat(at(f, channel("vx"), steps, 3)).isCloseTo(10 * 0.2f, within(1e-5f));
        assertThat(at(f, channel("bounce_score"), steps, 3)).isCloseTo(0.06f, within(1e-6f));
    }

    @Test
    void headWithoutANetRowFeedsZero() {
        float[] f = TrackEventModel.features(track(), new float[][] {head(12)[0]}, List.of(EventKind.BOUNCE), 1,
                W, H);
        assertThat(at(f, channel("net_score"), 12, 7)).isZero();
        assertThat(at(f, channel("bounce_score"), 12, 7)).isCloseTo(0.07f, within(1e-6f));
    }

    @Test
    void scoresComeFromTheSessionOnePerFrame() throws Exception {
        try (TrackEventModel model = TrackEventModel.of(OnnxRuntime.open(model("tiny-track-events"), Device.CPU, 1))) {
            assertThat(model.kinds()).containsExactly(EventKind.BOUNCE, EventKind.NET);
            assertThat(model.threshold()).isEqualTo(0.5f);
            float[][] scores = model.scores(track(), head(12), HEAD, 30, W, H);
            // The tiny model gives ay as "bounce" and bounce_score as "net".
            assertThat(scores[0][3]).isCloseTo(10 * 20f / H, within(1e-5f));
            assertThat(scores[0][4]).isZero();
            assertThat(scores[1][7]).isCloseTo(0.07f, within(1e-6f));
            // At 60 fps the model sees every other frame; the frames between read the line between two samples.
            assertThat(model.stepFor(60)).isEqualTo(2);
            float[][] fast = model.scores(track(), head(12), HEAD, 60, W, H);
            assertThat(fast[1][6]).isCloseTo(0.06f, within(1e-6f));
            assertThat(fast[1][7]).isCloseTo(0.07f, within(1e-6f));
            assertThat(fast[1][11]).as("the last frame keeps the last sample").isCloseTo(0.10f, within(1e-6f));
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "tiny-track-events-wrong-features; lists the features [predicted, detected, x",
            "tiny-track-events-no-fps; must give \"fps\", the frame rate its steps are sampled at",
            "tiny-heatmap; tiny-heatmap.onnx is a 'ball-heatmap' model; the track events need a 'ball-events' model"})
    void aModelCourtsideCannotFeedIsRefused(String name, String message) throws Exception {
        try (LoadedModel loaded = OnnxRuntime.open(model(name), Device.CPU, 1)) {
            assertThatThrownBy(() -> TrackEventModel.of(loaded))
                    .isInstanceOf(ModelLoadException.class)
                    .hasMessageContaining(message);
        }
    }

    @Test
    void outputRowsTheManifestDoesNotStateAreRefusedOnLoading() {
        assertThatThrownBy(() -> OnnxRuntime.open(model("tiny-track-events-wrong-output"), Device.CPU, 1))
                .isInstanceOf(ModelLoadException.class)
                .hasMessageContaining("output 'events' should have shape [1, 2, N] but has [1, 3, N]");
    }
}
