package com.courtside.labeling.imports;

import com.courtside.timeline.BallTrack.Visibility;
import com.courtside.timeline.EventKind;
import com.courtside.timeline.MatchEvent;
import com.courtside.timeline.Rally;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Path;

import static com.courtside.labeling.imports.Fixtures.HUNDRED_FRAMES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TrajectoryImporterTest {

    private final TrajectoryImporter importer = new TrajectoryImporter();

    @TempDir
    Path dir;

    @Test
    void readsDetectedSamplesAsVisibleAndPredictedOnesAsOccludedWithTheirPosition() throws Exception {
        ImportedLabels labels = importer.read(Fixtures.resource("trajectory.json"), HUNDRED_FRAMES);

        assertThat(labels.format()).isEqualTo("courtside-trajectory");
        assertThat(labels.frames()).containsExactly(3, 4, 7);
        assertThat(labels.visibilityAt(0)).isEqualTo(Visibility.VISIBLE);
        assertThat(labels.xAt(0)).isEqualTo(640.5f);
        assertThat(labels.yAt(0)).isEqualTo(360.25f);
        assertThat(labels.visibilityAt(1)).isEqualTo(Visibility.OCCLUDED);
        assertThat(labels.xAt(1)).isEqualTo(650f);
    }

    @Test
    void readsTheEventsInFrameOrder() throws Exception {
        ImportedLabels labels = importer.read(Fixtures.resource("trajectory.json"), HUNDRED_FRAMES);

        assertThat(labels.events())
                .containsExactly(new MatchEvent(4, EventKind.BOUNCE), new MatchEvent(7, EventKind.HIT));
    }

    @Test
    void readsAFileWithoutEventsOrPredictedFlags() throws Exception {
        Path file = Fixtures.write(dir, "t.json", "{\"trajectory\": [{\"frame\": 2, \"x\": 1, \"y\": 2}]}");

        ImportedLabels labels = importer.read(file, HUNDRED_FRAMES);

        assertThat(labels.visibilityAt(0)).isEqualTo(Visibility.VISIBLE);
        assertThat(labels.events()).isEmpty();
        assertThat(labels.rallies()).isEmpty();
    }

    @Test
    void readsTheRalliesTheAnalysisFoundAsFrames() throws Exception {
        Path file = Fixtures.write(dir, "t.json", "{\"trajectory\": [], \"rallies\": [{\"start\": 5, \"end\": 30}, "
                + "{\"start\": 41, \"end\": 99}]}");

        ImportedLabels labels = importer.read(file, HUNDRED_FRAMES);

        assertThat(labels.rallies()).containsExactly(new Rally(5, 30), new Rally(41, 99));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"status\": \"error\", \"trajectory\": []}                         | key status: expected \"success\"",
        "{\"status\": \"success\"}                                           | key trajectory: expected a list [...], found nothing",
        "{\"trajectory\": [{\"frame\": 2, \"x\": 1, \"y\": 2}, {\"frame\": 3, \"y\": 2}]} | key trajectory[1].x: expected a number, found nothing",
        "{\"trajectory\": [{\"frame\": \"2\", \"x\": 1, \"y\": 2}]}            | key trajectory[0].frame: expected a whole number, found the text \"2\"",
        "{\"trajectory\": [{\"frame\": 5, \"x\": 1, \"y\": 2}, {\"frame\": 5, \"x\": 1, \"y\": 2}]} | key trajectory[1].frame: frame 5 comes after frame 5",
        "{\"trajectory\": [{\"frame\": 5, \"x\": 1, \"y\": 2, \"predicted\": 1}]} | key trajectory[0].predicted: expected true or false",
        "{\"trajectory\": [{\"frame\": 120, \"x\": 1, \"y\": 2}]}              | key trajectory[0].frame: frame 120 is beyond the end of the video, which has 100 frames",
        "{\"trajectory\": [], \"events\": [{\"frame\": 4, \"kind\": \"smash\"}]} | key events[0].kind: expected one of \"bounce\", \"net\", \"hit\", \"serve\", \"shot\", found the text \"smash\"",
        "{\"trajectory\": [], \"events\": [{\"kind\": \"net\"}]}               | key events[0].frame: expected a whole number, found nothing",
        "{\"trajectory\": [], \"events\": [{\"frame\": 4, \"kind\": \"net\"}, {\"frame\": 4, \"kind\": \"net\"}]} | key events[1]: the net at frame 4 is listed twice",
        "{\"trajectory\": [], \"rallies\": [{\"start\": 9, \"end\": 3}]}     | key rallies[0]: the rally ends (frame 3) before it starts (frame 9)",
        "{\"trajectory\": [], \"rallies\": [{\"start\": 1, \"end\": 9}, {\"start\": 9, \"end\": 12}]} | key rallies[1]: the rally starting at frame 9 overlaps the one before it",
        "{\"trajectory\": [], \"rallies\": [{\"start\": 1, \"end\": 100}]}    | key rallies[0].end: frame 100 is beyond the end of the video",
        "[1, 2]                                                            | the top level is a list, expected a JSON object",
    })
    void refusesAMalformedTrajectoryNamingTheKey(String json, String message) throws IOException {
        Path file = Fixtures.write(dir, "t.json", json);

        assertThatThrownBy(() -> importer.read(file, HUNDRED_FRAMES))
                .isInstanceOf(ImportFormatException.class)
                .hasMessageStartingWith(file.toString())
                .hasMessageContaining(message);
    }
}
