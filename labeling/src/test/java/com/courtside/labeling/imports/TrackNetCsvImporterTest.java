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

class TrackNetCsvImporterTest {

    private static final String FRAME_HEADER = "Frame,Visibility,X,Y\n";
    private static final String FILE_HEADER = "file name,visibility,x-coordinate,y-coordinate,status\n";

    private final TrackNetCsvImporter importer = new TrackNetCsvImporter();

    @TempDir
    Path dir;

    private ImportedLabels read(String csv) throws Exception {
        return importer.read(Fixtures.write(dir, "labels.csv", csv), HUNDRED_FRAMES);
    }

    @Test
    void readsTheFrameLayoutDroppingPositionsOfInvisibleRows() throws Exception {
        ImportedLabels labels = importer.read(Fixtures.resource("tracknet_v2.csv"), HUNDRED_FRAMES);

        assertThat(labels.format()).isEqualTo("tracknet-csv");
        assertThat(labels.frames()).containsExactly(0, 1, 2, 3, 5);
        assertThat(labels.visibilityAt(0)).isEqualTo(Visibility.NONE);
        assertThat(labels.xAt(0)).isNaN();
        assertThat(labels.visibilityAt(1)).isEqualTo(Visibility.VISIBLE);
        assertThat(labels.xAt(1)).isEqualTo(512f);
        assertThat(labels.yAt(1)).isEqualTo(288f);
        assertThat(labels.events()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "'7,0,,',         NONE,     NaN",
        "'7,1,10.5,20',   VISIBLE,  10.5",
        "'7,2,10.5,20',   OCCLUDED, 10.5",
        "'7,3,10.5,20',   OCCLUDED, 10.5",
        "'7,3,,',         OCCLUDED, NaN",
    })
    void mapsTrackNetVisibilityCodesToOurs(String row, Visibility visibility, float x) throws Exception {
        ImportedLabels labels = read(FRAME_HEADER + row + "\n");

        assertThat(labels.visibilityAt(0)).isEqualTo(visibility);
        assertThat(Float.valueOf(labels.xAt(0))).isEqualTo(Float.valueOf(x));
    }

    @ParameterizedTest
    @CsvSource({
        "0000.jpg,         0",
        "0042.jpg,         42",
        "img_000042.jpg,   42",
        "clip3/frame_17.png, 17",
    })
    void takesTheFrameFromTheImageNameInTheOldLayout(String name, int frame) throws Exception {
        ImportedLabels labels = read(FILE_HEADER + name + ",1,5,6,0\n");

        assertThat(labels.frames()).containsExactly(frame);
    }

    @Test
    void readsTheOldLayoutWithCrlfTurningStatusIntoHitsAndBounces() throws Exception {
        ImportedLabels labels = importer.read(Fixtures.resource("Label.csv"), HUNDRED_FRAMES);

        assertThat(labels.frames()).containsExactly(0, 1, 2, 3, 4);
        assertThat(labels.visibilityAt(4)).isEqualTo(Visibility.OCCLUDED);
        assertThat(labels.xAt(4)).isEqualTo(610f);
        assertThat(labels.events())
                .containsExactly(new MatchEvent(2, EventKind.HIT), new MatchEvent(4, EventKind.BOUNCE));
    }

    @Test
    void toleratesCrlfAByteOrderMarkAndTrailingEmptyLines() throws Exception {
        ImportedLabels labels = read("\uFEFFframe, visibility, x, y\r\n1,1,5,6\r\n2,1,7,8\r\n\r\n\r\n");

        assertThat(labels.frames()).containsExactly(1, 2);
        assertThat(labels.yAt(1)).isEqualTo(8f);
    }

    @Test
    void refusesAnUnknownHeaderOnLineOne() throws IOException {
        Path file = Fixtures.write(dir, "labels.csv", "frame;vis;x;y\n1;1;2;3\n");

        assertThatThrownBy(() -> importer.read(file, HUNDRED_FRAMES))
                .isInstanceOf(ImportFormatException.class)
                .hasMessageContaining(file + ", line 1: the header is \"frame;vis;x;y\", expected \"Frame,Visibility,X,Y\"");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1,1,5,6\\n2,1,5\\n            | line 3: expected 4 columns (Frame,Visibility,X,Y), found 3",
        "1,1,5,6,9\\n                  | line 2: expected 4 columns",
        "1,1,five,6\\n                 | line 2: column X holds \"five\", expected a number",
        "1,1,,6\\n                     | line 2: column X holds an empty cell, expected a number",
        "x1,1,5,6\\n                   | line 2: column Frame holds \"x1\", expected a whole number",
        "1,7,5,6\\n                    | line 2: column Visibility holds \"7\", expected 0 (no ball)",
        "1,1,NaN,6\\n                  | line 2: column X holds \"NaN\", expected a number",
        "1,1,5,6\\n1,1,5,6\\n          | line 3: frame 1 comes after frame 1",
        "4,1,5,6\\n2,1,5,6\\n          | line 3: frame 2 comes after frame 4",
        "1,1,5,6\\n\\n2,1,5,6\\n       | line 3: empty line inside the table",
        "100,1,5,6\\n                  | line 2: frame 100 is beyond the end of the video, which has 100 frames",
    })
    void refusesABadRowNamingItsLine(String rows, String message) throws IOException {
        Path file = Fixtures.write(dir, "labels.csv", FRAME_HEADER + rows.replace("\\n", "\n"));

        assertThatThrownBy(() -> importer.read(file, HUNDRED_FRAMES))
                .isInstanceOf(ImportFormatException.class)
                .hasMessageContaining(file + ", " + message);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0001.jpg,1,5,6,4   | column status holds \"4\", expected 0 (flying), 1 (hit) or 2 (bounce)",
        "cover.jpg,1,5,6,0  | column file name holds \"cover.jpg\", expected an image name with the frame number",
    })
    void refusesABadOldLayoutRowNamingItsLine(String row, String message) throws IOException {
        Path file = Fixtures.write(dir, "labels.csv", FILE_HEADER + row + "\n");

        assertThatThrownBy(() -> importer.read(file, HUNDRED_FRAMES))
                .isInstanceOf(ImportFormatException.class)
                .hasMessageContaining("line 2: " + message);
    }
}
