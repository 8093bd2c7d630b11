package com.courtside.labeling.imports;

import com.courtside.timeline.BallTrack.Visibility;
import com.courtside.timeline.EventKind;
import com.courtside.timeline.MatchEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Path;

import static com.courtside.labeling.imports.Fixtures.HUNDRED_FRAMES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OpenTtGamesImporterTest {

    private final OpenTtGamesImporter importer = new OpenTtGamesImporter();

    @TempDir
    Path dir;

    @Test
    void readsBallPointsInFrameOrderWithMinusOneAsNoBall() throws Exception {
        ImportedLabels labels = importer.read(Fixtures.resource("openttgames/ball_markup.json"), HUNDRED_FRAMES);

        assertThat(labels.format()).isEqualTo("openttgames");
        assertThat(labels.frames()).containsExactly(10, 11, 12);
        assertThat(labels.visibilityAt(0)).isEqualTo(Visibility.VISIBLE);
        assertThat(labels.xAt(0)).isEqualTo(600f);
        assertThat(labels.yAt(0)).isEqualTo(380f);
        assertThat(labels.visibilityAt(1)).isEqualTo(Visibility.NONE);
        assertThat(labels.xAt(1)).isNaN();
    }

    @Test
    void readsTheSiblingEventsFileWhenGivenTheBallFile() throws Exception {
        ImportedLabels labels = importer.read(Fixtures.resource("openttgames/ball_markup.json"), HUNDRED_FRAMES);

        assertThat(labels.events())
                .containsExactly(new MatchEvent(12, EventKind.BOUNCE), new MatchEvent(15, EventKind.NET));
    }

    @Test
    void readsTheSiblingBallFileWhenGivenTheEventsFile() throws Exception {
        Path events = Fixtures.resource("openttgames/events_markup.json");

        ImportedLabels labels = importer.read(events, HUNDRED_FRAMES);

        assertThat(labels.file()).isEqualTo(events);
        assertThat(labels.pointCount()).isEqualTo(3);
        assertThat(labels.events()).hasSize(2);
    }

    @Test
    void readsAGameFolderAsItsBallFileWithTheEventsBesideIt() throws Exception {
        Path folder = Fixtures.resource("openttgames/ball_markup.json").getParent();
        assertThat(Importers.forFile(folder)).isInstanceOf(OpenTtGamesImporter.class);
        ImportedLabels fromFolder = importer.read(folder, HUNDRED_FRAMES);
        ImportedLabels fromFile = importer.read(folder.resolve("ball_markup.json"), HUNDRED_FRAMES);
        assertThat(fromFolder.frames()).isEqualTo(fromFile.frames()).isNotEmpty();
        assertThat(fromFolder.x()).isEqualTo(fromFile.x());
        assertThat(fromFolder.events()).isEqualTo(fromFile.events()).isNotEmpty();
    }

    @Test
    void readsEventsAloneWhenThereIsNoBallFile() throws Exception {
        Path events = Fixtures.write(dir, "events_markup.json", "{\"5\": \"net\", \"6\": \"empty_event\"}");

        ImportedLabels labels = importer.read(events, HUNDRED_FRAMES);

        assertThat(labels.pointCount()).isZero();
        assertThat(labels.events()).containsExactly(new MatchEvent(5, EventKind.NET));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"12x\": {\"x\": 1, \"y\": 2}}           | key \"12x\": expected a frame number",
        "{\"3\": {\"x\": \"a\", \"y\": 2}}          | key \"3\".x: expected a whole number, found the text \"a\"",
        "{\"3\": {\"y\": 2}}                        | key \"3\".x: expected a whole number, found nothing",
        "{\"3\": {\"x\": 1.5, \"y\": 2}}            | key \"3\".x: expected a whole number, found the number 1.5",
        "{\"3\": {\"x\": -1, \"y\": 5}}             | key \"3\": the ball is at (-1, 5)",
        "{\"3\": [1, 2]}                            | key \"3\": expected an object, found a list",
        "{\"7\": {\"x\": 1, \"y\": 2}, \"07\": {\"x\": 1, \"y\": 2}} | already given by key",
        "{\"-2\": {\"x\": 1, \"y\": 2}}             | key \"-2\": frame -2 is negative",
    })
    void refusesAMalformedBallEntryNamingItsKey(String json, String message) throws IOException {
        Path ball = Fixtures.write(dir, "ball_markup.json", json);

        assertThatThrownBy(() -> importer.read(ball, HUNDRED_FRAMES))
                .isInstanceOf(ImportFormatException.class)
                .hasMessageContaining(ball.toString())
                .hasMessageContaining(message);
    }

    @Test
    void refusesABallBeyondTheEndOfTheVideoNamingTheFrameAndTheLength() throws IOException {
        Path ball = Fixtures.write(dir, "ball_markup.json", "{\"500\": {\"x\": 1, \"y\": 2}}");

        assertThatThrownBy(() -> importer.read(ball, HUNDRED_FRAMES))
                .isInstanceOf(ImportFormatException.class)
                .hasMessageContaining("key \"500\"")
                .hasMessageContaining("frame 500 is beyond the end of the video, which has 100 frames");
    }

    @Test
    void refusesAnUnknownEventNamingItsKey() throws IOException {
        Path events = Fixtures.write(dir, "events_markup.json", "{\"4\": \"bounce\", \"9\": \"side\"}");

        assertThatThrownBy(() -> importer.read(events, HUNDRED_FRAMES))
                .isInstanceOf(ImportFormatException.class)
                .hasMessageContaining("key \"9\": expected \"bounce\", \"net\" or \"empty_event\", found the text \"side\"");
    }

    @Test
    void refusesBrokenJsonInTheSiblingNamingThatFileAndLine() throws IOException {
        Path ball = Fixtures.write(dir, "ball_markup.json", "{\"1\": {\"x\": 1, \"y\": 2}}");
        Path events = Fixtures.write(dir, "events_markup.json", "{\n\"1\": \"net\",\n}");

        assertThatThrownBy(() -> importer.read(ball, HUNDRED_FRAMES))
                .isInstanceOf(ImportFormatException.class)
                .hasMessageStartingWith(events + ", line 3: this is not valid JSON");
    }
}
