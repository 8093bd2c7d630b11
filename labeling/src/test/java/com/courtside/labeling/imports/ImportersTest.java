package com.courtside.labeling.imports;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ImportersTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({
        "openttgames/ball_markup.json,   openttgames",
        "openttgames/events_markup.json, openttgames",
        "tracknet_v2.csv,                tracknet-csv",
        "Label.csv,                      tracknet-csv",
        "rallycut_segments.json,         rallycut",
        "trajectory.json,                courtside-trajectory",
        "coco/annotations/instances_val.json, coco",
        "coco/annotations,               coco",
        "coco,                           coco",
        "yolo/data.yaml,                 yolo",
        "yolo,                           yolo",
        "yolo/labels,                    yolo",
    })
    void forFilePicksTheImporterForEachSampleFileOrFolder(String sample, String format) throws Exception {
        assertThat(Importers.forFile(Fixtures.resource(sample)).format()).isEqualTo(format);
    }

    @Test
    void forFileRecognisesATrackNetHeaderWhateverTheFileIsCalled() throws Exception {
        Path file = Fixtures.write(dir, "labels.txt", "Frame,Visibility,X,Y\n0,0,,\n");

        assertThat(Importers.forFile(file).format()).isEqualTo("tracknet-csv");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "notes.txt   | just some text",
        "boxes.json  | {\"frames\": [], \"boxes\": []}",
        "data.yaml   | path: somewhere",
    })
    void forFileRefusesAnUnknownFileListingTheFormatsCourtsideReads(String name, String content) throws IOException {
        Path file = Fixtures.write(dir, name, content);

        assertThatThrownBy(() -> Importers.forFile(file))
                .isInstanceOf(ImportFormatException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("does not recognise")
                .hasMessageContaining("OpenTTGames (ball_markup.json, events_markup.json)")
                .hasMessageContaining("TrackNet CSV")
                .hasMessageContaining("RallyCut")
                .hasMessageContaining("Courtside trajectory")
                .hasMessageContaining("COCO detection JSON")
                .hasMessageContaining("YOLO txt labels");
    }

    @Test
    void forFileRecognisesACocoFileWhoseAnnotationsComeAfterTheFirstKilobytes() throws Exception {
        String images = "{\"id\": 1, \"file_name\": \"clip_000001.jpg\"}, ".repeat(400);
        Path file = Fixtures.write(dir, "export.json", "{\"images\": [" + images + "{\"id\": 2, \"file_name\": "
                + "\"clip_000002.jpg\"}], \"annotations\": []}");

        assertThat(Importers.forFile(file).format()).isEqualTo("coco");
    }

    @Test
    void forFileRefusesAnUnknownFolder() throws IOException {
        Fixtures.write(dir, "notes.txt", "just some text");

        assertThatThrownBy(() -> Importers.forFile(dir))
                .isInstanceOf(ImportFormatException.class)
                .hasMessageContaining("does not recognise this label folder");
    }

    @Test
    void forFileRefusesAMissingFile() {
        Path file = dir.resolve("ball_markup.json");

        assertThatThrownBy(() -> Importers.forFile(file))
                .isInstanceOf(ImportFormatException.class)
                .hasMessageContaining("no such file");
    }

    @Test
    void everyImporterHasItsOwnFormatName() {
        assertThat(Importers.all()).extracting(LabelImporter::format).doesNotHaveDuplicates();
        assertThat(Importers.forFormat("rallycut")).containsInstanceOf(RallyCutImporter.class);
    }
}
