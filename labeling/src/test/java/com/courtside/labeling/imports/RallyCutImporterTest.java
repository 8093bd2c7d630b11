package com.courtside.labeling.imports;

import com.courtside.timeline.Rally;
import com.courtside.timeline.Rational;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RallyCutImporterTest {

    private static final ImportContext TWO_MINUTES_AT_30 = new ImportContext(3600, Rational.of(30, 1));
    private static final ImportContext NTSC = new ImportContext(3600, Rational.of(30000, 1001));

    private final RallyCutImporter importer = new RallyCutImporter();

    @TempDir
    Path dir;

    private ImportedLabels read(String json, ImportContext context) throws Exception {
        return importer.read(Fixtures.write(dir, "segments.json", json), context);
    }

    @Test
    void readsTheRalliesOfRallyCutsCutJsonOutput() throws Exception {
        ImportedLabels labels = importer.read(Fixtures.resource("rallycut_segments.json"), TWO_MINUTES_AT_30);

        assertThat(labels.format()).isEqualTo("rallycut");
        assertThat(labels.rallies()).containsExactly(new Rally(60, 315), new Rally(1200, 1650));
        assertThat(labels.pointCount()).isZero();
        assertThat(labels.events()).isEmpty();
    }

    @Test
    void convertsSecondsToTheNearestFrameAtTheVideosExactRate() throws Exception {
        ImportedLabels labels = read("{\"rallies\": [{\"start_time\": 10.0, \"end_time\": 20.02}]}", NTSC);

        assertThat(labels.rallies()).containsExactly(new Rally(300, 600));
    }

    @Test
    void prefersTimesOverRallyCutsOwnFrameNumbers() throws Exception {
        ImportedLabels labels = read("{\"rallies\": [{\"start_time\": 1.0, \"end_time\": 2.0,"
                + " \"start_frame\": 60, \"end_frame\": 120}]}", TWO_MINUTES_AT_30);

        assertThat(labels.rallies()).containsExactly(new Rally(30, 60));
    }

    @Test
    void readsSegmentsGivenInFramesInclusive() throws Exception {
        ImportedLabels labels = read("{\"segments\": [{\"start_frame\": 900, \"end_frame\": 1000},"
                + " {\"start_frame\": 10, \"end_frame\": 20}]}", TWO_MINUTES_AT_30);

        assertThat(labels.rallies()).containsExactly(new Rally(10, 20), new Rally(900, 1000));
    }

    @Test
    void readsStartAndEndInSeconds() throws Exception {
        ImportedLabels labels = read("{\"rallies\": [{\"start\": 3, \"end\": 4.5}]}", TWO_MINUTES_AT_30);

        assertThat(labels.rallies()).containsExactly(new Rally(90, 135));
    }

    @Test
    void endsARallyThatRunsToTheEndOfTheVideoOnItsLastFrame() throws Exception {
        ImportedLabels labels = read("{\"rallies\": [{\"start_time\": 110, \"end_time\": 120.0}]}",
                TWO_MINUTES_AT_30);

        assertThat(labels.rallies()).containsExactly(new Rally(3300, 3599));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"video\": {}}                                                  | key rallies: expected a list [...], found nothing",
        "{\"rallies\": {\"start_time\": 1}}                                 | key rallies: expected a list [...], found an object",
        "{\"rallies\": [7]}                                               | key rallies[0]: expected an object, found the number 7",
        "{\"rallies\": [{\"start_time\": 1.0}]}                             | key rallies[0].end_time: expected a number, found nothing",
        "{\"rallies\": [{\"start_time\": \"0:01\", \"end_time\": 2}]}       | key rallies[0].start_time: expected a number, found the text \"0:01\"",
        "{\"rallies\": [{\"id\": \"rally_1\"}]}                             | key rallies[0]: expected \"start_time\" and \"end_time\"",
        "{\"rallies\": [{\"start_time\": 1, \"end_time\": 2}, {\"start_time\": 9, \"end_time\": 5}]} | key rallies[1]: the rally runs from 9.0 s to 5.0 s",
        "{\"rallies\": [{\"start_time\": 10, \"end_time\": 20}, {\"start_time\": 15, \"end_time\": 30}]} | key rallies[1]: frames 450 to 900 overlap rallies[0]",
        "{\"rallies\": [{\"start_time\": 100, \"end_time\": 130}]}         | key rallies[0]: the rally runs from 100.0 s to 130.0 s, but frame 3900 is beyond the end of the video, which has 3600 frames",
        "{\"segments\": [{\"start_frame\": 5, \"end_frame\": 3600}]}        | key segments[0]: the rally runs from 5 to 3600, but frame 3600 is beyond the end",
        "{\"segments\": [{\"start_frame\": 5.5, \"end_frame\": 9}]}         | key segments[0].start_frame: expected a whole number",
    })
    void refusesAMalformedRallyNamingItsKey(String json, String message) throws IOException {
        Path file = Fixtures.write(dir, "segments.json", json);

        assertThatThrownBy(() -> importer.read(file, TWO_MINUTES_AT_30))
                .isInstanceOf(ImportFormatException.class)
                .hasMessageContaining(file + ", " + message);
    }
}
