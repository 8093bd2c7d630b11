package com.courtside.ui.main;

import com.courtside.timeline.BallTrack;
import com.courtside.timeline.LabelSet;
import com.courtside.timeline.Rally;
import com.courtside.timeline.Rational;
import com.courtside.timeline.io.TruthJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SidecarsTest {

    @TempDir
    Path dir;

    @Test
    void truthFileSitsBesideTheVideo() {
        assertThat(Sidecars.truthFileOf(Path.of("/m/match.final.mp4"))).isEqualTo(Path.of("/m/match.final.truth.json"));
    }

    @Test
    void readsTheGroundTruthAsALayer() throws Exception {
        LabelSet labels = new LabelSet("render-demo", 640, 360, Rational.of(25, 1), new BallTrack(50), List.of(),
                List.of(new Rally(5, 20)));
        TruthJson.write(dir.resolve("clip.truth.json"), labels, null);
        Sidecars.Result result = Sidecars.groundTruth(dir.resolve("clip.mp4"));
        assertThat(result.warning()).isNull();
        assertThat(result.layer().name()).isEqualTo("Ground truth");
        assertThat(result.layer().caption()).isEqualTo("Ground truth · render-demo");
        assertThat(result.layer().labels().rallies()).containsExactly(new Rally(5, 20));
    }

    @Test
    void noSidecarMeansNoLayerAndNoWarning() {
        Sidecars.Result result = Sidecars.groundTruth(dir.resolve("other.mp4"));
        assertThat(result.layer()).isNull();
        assertThat(result.warning()).isNull();
    }

    @Test
    void aDamagedSidecarIsAWarningNotAFailure() throws Exception {
        Files.writeString(dir.resolve("bad.truth.json"), "{ not json");
        Sidecars.Result result = Sidecars.groundTruth(dir.resolve("bad.mp4"));
        assertThat(result.layer()).isNull();
        assertThat(result.warning()).startsWith("Ground truth not loaded");
    }
}
