package com.courtside.inference.analysis;

import com.courtside.inference.onnx.Device;
import com.courtside.inference.onnx.ModelLoadException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Loading a ball-heatmap model whose manifest names a track-event model ("trackEvents"): it is loaded, checked
 * and keys the cache, and refused with a message that says what is wrong and how to go on.
 */
class TrackEventsLoadingTest {

    /** A copy of {@code source} in {@code folder} whose manifest names {@code trackEvents}. */
    private static Path naming(Path folder, String source, String trackEvents) throws Exception {
        return LocalStageLoadingTest.copyNaming(folder, source, "trackEvents", trackEvents);
    }

    @Test
    void trackEventModelNamedBesideTheModelIsLoadedAndKeysTheCache() throws Exception {
        String with;
        try (BallAnalyzer analyzer = Analyzers.forModel(LocalStageLoadingTest.model("tiny-global-events"),
                Device.CPU, 1)) {
            assertThat(((HeatmapBallAnalyzer) analyzer).hasTrackEvents()).isTrue();
            with = analyzer.methodId();
            assertThat(with).contains("-events").matches("[A-Za-z0-9.-]+");
        }
        System.setProperty(Analyzers.TRACK_EVENTS_PROPERTY, "off");
        try (BallAnalyzer analyzer = Analyzers.forModel(LocalStageLoadingTest.model("tiny-global-events"),
                Device.CPU, 1)) {
            assertThat(((HeatmapBallAnalyzer) analyzer).hasTrackEvents()).isFalse();
            assertThat(analyzer.methodId()).doesNotContain("-events").isNotEqualTo(with);
        } finally {
            System.clearProperty(Analyzers.TRACK_EVENTS_PROPERTY);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "absent.onnx; absent.onnx is not beside it",
            "tiny-track-events-wrong-features.onnx; lists the features",
            "tiny-track-events-wrong-output.onnx; output 'events' should have shape [1, 2, N] but has [1, 3, N]",
            "tiny-heatmap.onnx; tiny-heatmap.onnx is a 'ball-heatmap' model",
            "no-manifest.onnx; has no manifest"})
    void unusableTrackEventModelIsRefusedNamingWhatIsWrong(String named, String message, @TempDir Path folder)
            throws Exception {
        Path resources = LocalStageLoadingTest.model("tiny-track-events").getParent();
        Path global = naming(folder, "tiny-global-events",
                named.equals("absent.onnx") ? named : resources.resolve(named).toString());
        assertThatThrownBy(() -> Analyzers.forModel(global, Device.CPU, 1))
                .isInstanceOf(ModelLoadException.class)
                .hasMessageStartingWith("The track-event model named in global.model.json cannot be used: ")
                .hasMessageContaining(message);
    }

    @Test
    void aModelWithoutAnEventHeadCannotFeedOne(@TempDir Path folder) throws Exception {
        Path resources = LocalStageLoadingTest.model("tiny-track-events").getParent();
        Path global = naming(folder, "tiny-local", resources.resolve("tiny-track-events.onnx").toString());
        assertThatThrownBy(() -> Analyzers.forModel(global, Device.CPU, 1))
                .isInstanceOf(ModelLoadException.class)
                .hasMessageContaining("has no event head; remove \"trackEvents\" from its manifest");
    }
}
