package com.courtside.labeling.imports;

import com.courtside.timeline.BallTrack.Visibility;
import com.courtside.timeline.Rational;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Path;

import static com.courtside.labeling.imports.Fixtures.HUNDRED_FRAMES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class YoloImporterTest {

    private static final ImportContext RALLY = new ImportContext(100, Rational.of(30, 1), "rally", 640, 360);

    private final YoloImporter importer = new YoloImporter();

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"yolo/data.yaml", "yolo", "yolo/labels"})
    void readsTheBallLinesInPixelsAndEmptyFilesAsNoBallFromAnyPartOfTheDataset(String given) throws Exception {
        ImportedLabels labels = importer.read(Fixtures.resource(given), RALLY);

        assertThat(labels.format()).isEqualTo("yolo");
        assertThat(labels.frames()).containsExactly(10, 11, 12);
        assertThat(labels.visibilityAt(0)).isEqualTo(Visibility.VISIBLE);
        assertThat(labels.xAt(0)).isEqualTo(320f);
        assertThat(labels.yAt(0)).isEqualTo(180f);
        assertThat(labels.visibilityAt(1)).isEqualTo(Visibility.NONE);
        assertThat(labels.xAt(2)).isEqualTo(160f);
        assertThat(labels.yAt(2)).isEqualTo(270f);
        assertThat(labels.leftOut()).isEqualTo("2 person boxes");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "names: [person, ball]",
        "names:\\n  0: person\\n  1: Ball",
        "names:\\n  - person\\n  - sports ball",
    })
    void findsTheBallClassByItsNameInDataYaml(String names) throws Exception {
        Fixtures.write(dir, "data.yaml", "path: x\n" + names.replace("\\n", "\n") + "\n");
        Fixtures.write(dir, "labels/val/rally_000004.txt", "0 0.5 0.5 0.1 0.1\n1 0.25 0.25 0.01 0.01\n");

        ImportedLabels labels = importer.read(dir.resolve("data.yaml"), RALLY);

        assertThat(labels.xAt(0)).isCloseTo(160f, within(1e-3f));
        assertThat(labels.leftOut()).isEqualTo("1 person box");
    }

    @Test
    void takesClassZeroForTheBallWithoutDataYaml() throws Exception {
        Fixtures.write(dir, "labels/rally_000004.txt", "1 0.5 0.5 0.1 0.1\n0 0.25 0.25 0.01 0.01\n");

        ImportedLabels labels = importer.read(dir, RALLY);

        assertThat(labels.xAt(0)).isCloseTo(160f, within(1e-3f));
        assertThat(labels.leftOut()).isEqualTo("1 class 1 box");
    }

    @Test
    void takesABallBoxCutByTheFrameEdgeAsASquareReachingPastIt() throws Exception {
        // 4 px high but 1 px wide at the right edge: the ball's centre is 2 px in from the box's left side.
        Fixtures.write(dir, "labels/rally_000004.txt", "0 0.999219 0.5 0.001563 0.011111\n");

        ImportedLabels labels = importer.read(dir, RALLY);

        assertThat(labels.xAt(0)).isCloseTo(641f, within(0.01f));
        assertThat(labels.yAt(0)).isCloseTo(180f, within(0.01f));
    }

    @Test
    void takesTheMostConfidentOfSeveralBallBoxes() throws Exception {
        Fixtures.write(dir, "labels/rally_000004.txt", "0 0.1 0.5 0.01 0.01 0.3\n0 0.5 0.5 0.01 0.01 0.8\n");

        ImportedLabels labels = importer.read(dir, RALLY);

        assertThat(labels.xAt(0)).isCloseTo(320f, within(1e-3f));
        assertThat(labels.leftOut()).isEqualTo("1 extra ball box");
    }

    @Test
    void takesTheVideoNamedLikeTheOneImportedInto() throws Exception {
        Fixtures.write(dir, "labels/train/other_000004.txt", "0 0.5 0.5 0.01 0.01\n");
        Fixtures.write(dir, "labels/val/rally_000009.txt", "");

        ImportedLabels labels = importer.read(dir, RALLY);

        assertThat(labels.frames()).containsExactly(9);
        assertThat(labels.visibilityAt(0)).isEqualTo(Visibility.NONE);
    }

    @Test
    void refusesSeveralVideosNoneOfThemThisOneNamingThem() throws IOException {
        Fixtures.write(dir, "labels/train/match-1_000004.txt", "");
        Fixtures.write(dir, "labels/val/match-2_000009.txt", "");

        assertThatThrownBy(() -> importer.read(dir, RALLY))
                .isInstanceOf(ImportFormatException.class)
                .hasMessageContaining("it holds the frames of 2 videos (match-1, match-2), none of them rally");
    }

    @Test
    void refusesWithoutTheVideoSize() {
        Path yaml = Fixtures.resource("yolo/data.yaml");

        assertThatThrownBy(() -> importer.read(yaml, HUNDRED_FRAMES))
                .isInstanceOf(ImportFormatException.class)
                .hasMessageContaining(yaml.toString())
                .hasMessageContaining("YOLO boxes are fractions of the frame's width and height, and Courtside was"
                        + " not told the video's size");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0 0.5 0.5 0.1             | line 1: expected CLASS CX CY W H (and perhaps a confidence), found 4 values",
        "ball 0.5 0.5 0.1 0.1      | line 1: the class is \"ball\", expected a class number from 0",
        "-1 0.5 0.5 0.1 0.1        | line 1: the class is \"-1\", expected a class number from 0",
        "0 1.5 0.5 0.1 0.1         | line 1: CX is 1.5, expected a fraction of the frame from 0 to 1",
        "1 0.5 abc 0.1 0.1         | line 1: CY is \"abc\", expected a number",
        "0 0.5 0.5 0 0.1           | line 1: the ball's box has no area (W 0, H 0.1)",
        "0 0.5 0.5 0.1 0.1 high    | line 1: the confidence is \"high\", expected a number",
        "0 0.5 0.5 0.1 NaN         | line 1: H is \"NaN\", expected a number",
    })
    void refusesAMalformedLineNamingTheFileAndLine(String line, String message) throws IOException {
        Path file = Fixtures.write(dir, "labels/rally_000004.txt", line + "\n");

        assertThatThrownBy(() -> importer.read(dir, RALLY))
                .isInstanceOf(ImportFormatException.class)
                .hasMessageContaining(file + ", " + message);
    }

    @Test
    void refusesAFrameBeyondTheEndOfTheVideo() throws IOException {
        Path file = Fixtures.write(dir, "labels/rally_000100.txt", "");

        assertThatThrownBy(() -> importer.read(dir, RALLY))
                .isInstanceOf(ImportFormatException.class)
                .hasMessageContaining(file + ": frame 100 is beyond the end of the video, which has 100 frames");
    }

    @Test
    void refusesAFrameWithTwoLabelFiles() throws IOException {
        Path train = Fixtures.write(dir, "labels/train/rally_000004.txt", "");
        Path val = Fixtures.write(dir, "labels/val/rally_000004.txt", "");

        assertThatThrownBy(() -> importer.read(dir, RALLY))
                .isInstanceOf(ImportFormatException.class)
                .hasMessageContaining(val + ": frame 4 has another label file, " + train);
    }

    @Test
    void refusesADatasetWithoutLabelFiles() throws IOException {
        Fixtures.write(dir, "labels/classes.txt", "ball\n");

        assertThatThrownBy(() -> importer.read(dir, RALLY))
                .isInstanceOf(ImportFormatException.class)
                .hasMessageContaining("there are no label files NAME_000123.txt in " + dir.resolve("labels"));
    }

    @Test
    void refusesADataYamlWithoutALabelsFolderBesideIt() throws IOException {
        Path yaml = Fixtures.write(dir, "data.yaml", "names: [ball]\n");

        assertThatThrownBy(() -> importer.read(yaml, RALLY))
                .isInstanceOf(ImportFormatException.class)
                .hasMessageContaining(yaml + ": there is no labels folder beside it");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "names: [person, racket]       | key names: no class is named \"ball\" (the classes are person, racket)",
        "names: ball                   | key names: expected a list of class names or a map from class number to name",
        "names:\\n  first: ball        | key names.first: expected a class number as the key",
        "names: [[ball], person]       | key names[0]: expected a class name, found a list",
        "names: [ball\\ntrain: x       | line 2: this is not valid YAML",
        "- ball                        | expected YAML keys such as \"names:\" at the top level, found a list",
    })
    void refusesADataYamlThatDoesNotNameTheBall(String yaml, String message) throws IOException {
        Path file = Fixtures.write(dir, "data.yaml", yaml.replace("\\n", "\n") + "\n");
        Fixtures.write(dir, "labels/rally_000004.txt", "");

        assertThatThrownBy(() -> importer.read(file, RALLY))
                .isInstanceOf(ImportFormatException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining(message);
    }
}
