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

class CocoImporterTest {

    private static final String CATEGORIES = "[{\"id\": 1, \"name\": \"ball\"}, {\"id\": 2, \"name\": \"person\"}]";
    private static final ImportContext RALLY = new ImportContext(100, Rational.of(30, 1), "rally", 640, 360);

    private final CocoImporter importer = new CocoImporter();

    @TempDir
    Path dir;

    private Path coco(String images, String annotations) throws IOException {
        return Fixtures.write(dir, "instances_val.json", "{\"images\": [" + images + "], \"annotations\": ["
                + annotations + "], \"categories\": " + CATEGORIES + "}");
    }

    private static String image(int id, String video, int frame) {
        return "{\"id\": " + id + ", \"file_name\": \"" + video + "_" + frame + ".jpg\", \"video\": \"" + video
                + "\", \"frame\": " + frame + "}";
    }

    private static String ball(int image, String box) {
        return "{\"image_id\": " + image + ", \"category_id\": 1, \"bbox\": " + box + "}";
    }

    @Test
    void readsTheBallBoxCentresAndImagesWithoutABallAsNoBall() throws Exception {
        ImportedLabels labels = importer.read(Fixtures.resource("coco/annotations/instances_val.json"), RALLY);

        assertThat(labels.format()).isEqualTo("coco");
        assertThat(labels.frames()).containsExactly(10, 11, 12);
        assertThat(labels.visibilityAt(0)).isEqualTo(Visibility.VISIBLE);
        assertThat(labels.xAt(0)).isEqualTo(320f);
        assertThat(labels.yAt(0)).isEqualTo(180f);
        assertThat(labels.visibilityAt(1)).isEqualTo(Visibility.NONE);
        assertThat(labels.xAt(1)).isNaN();
        assertThat(labels.leftOut()).isEqualTo("2 person boxes");
    }

    @Test
    void takesABallBoxCutByTheFrameEdgeAsASquareReachingPastIt() throws Exception {
        ImportedLabels labels = importer.read(Fixtures.resource("coco/annotations/instances_val.json"), RALLY);

        // [0, 50, 2, 4]: 4 px high, so 4 px wide before the left edge cut it; its centre is on the edge.
        assertThat(labels.xAt(2)).isEqualTo(0f);
        assertThat(labels.yAt(2)).isEqualTo(52f);
    }

    @Test
    void readsEveryAnnotationFileOfTheDatasetFolder() throws Exception {
        Fixtures.write(dir, "annotations/instances_train.json", "{\"images\": [" + image(1, "other", 5) + ", "
                + image(2, "rally", 3) + "], \"annotations\": [" + ball(2, "[10, 20, 4, 4]") + "], \"categories\": "
                + CATEGORIES + "}");
        Fixtures.write(dir, "annotations/instances_val.json", "{\"images\": [" + image(1, "rally", 7) + "], "
                + "\"annotations\": [], \"categories\": " + CATEGORIES + "}");

        ImportedLabels labels = importer.read(dir, RALLY);

        assertThat(labels.frames()).containsExactly(3, 7);
        assertThat(labels.xAt(0)).isEqualTo(12f);
        assertThat(labels.visibilityAt(1)).isEqualTo(Visibility.NONE);
        assertThat(labels.file()).isEqualTo(dir);
    }

    @Test
    void takesTheOnlyVideoWhateverItIsCalled() throws Exception {
        Path file = coco(image(1, "clip", 4), ball(1, "[10, 20, 4, 4]"));

        assertThat(importer.read(file, RALLY).frames()).containsExactly(4);
    }

    @ParameterizedTest
    @CsvSource({
        "rally,      rally",
        "my rally!,  my_rally_",   // the export writes other characters than letters, digits, . - _ as _
    })
    void takesTheVideoNamedLikeTheOneImportedInto(String videoName, String inDataset) throws Exception {
        Path file = coco(image(1, "other", 4) + ", " + image(2, inDataset, 9), ball(2, "[10, 20, 4, 4]"));

        ImportedLabels labels = importer.read(file, new ImportContext(100, Rational.of(30, 1), videoName, 640, 360));

        assertThat(labels.frames()).containsExactly(9);
        assertThat(labels.visibilityAt(0)).isEqualTo(Visibility.VISIBLE);
    }

    @Test
    void refusesSeveralVideosNoneOfThemThisOneNamingThem() throws IOException {
        Path file = coco(image(1, "match-1", 4) + ", " + image(2, "match-2", 9), "");

        assertThatThrownBy(() -> importer.read(file, RALLY))
                .isInstanceOf(ImportFormatException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("it holds the frames of 2 videos (match-1, match-2), none of them rally");
    }

    @Test
    void refusesSeveralVideosWhenNotToldWhichVideoThisIs() throws IOException {
        Path file = coco(image(1, "match-1", 4) + ", " + image(2, "match-2", 9), "");

        assertThatThrownBy(() -> importer.read(file, HUNDRED_FRAMES))
                .isInstanceOf(ImportFormatException.class)
                .hasMessageContaining("2 videos (match-1, match-2) and Courtside was not told which video this is");
    }

    @Test
    void readsAForeignFileByItsImageNamesAndFindsTheBallByNameNotId() throws Exception {
        Path file = Fixtures.write(dir, "foreign.json", "{\"images\": [{\"id\": 7, \"file_name\": "
                + "\"frames/000012.jpg\"}, {\"id\": 8, \"file_name\": \"000013.jpg\"}], \"annotations\": ["
                + "{\"image_id\": 7, \"category_id\": 37, \"bbox\": [100, 50, 10, 10]}, "
                + "{\"image_id\": 8, \"category_id\": 1, \"bbox\": [0, 0, 50, 90]}],"
                + " \"categories\": [{\"id\": 1, \"name\": \"person\"}, {\"id\": 37, \"name\": \"sports ball\"}]}");

        ImportedLabels labels = importer.read(file, HUNDRED_FRAMES);

        assertThat(labels.frames()).containsExactly(12, 13);
        assertThat(labels.xAt(0)).isEqualTo(105f);
        assertThat(labels.visibilityAt(1)).isEqualTo(Visibility.NONE);
        assertThat(labels.leftOut()).isEqualTo("1 person box");
    }

    @Test
    void takesTheHighestScoringOfSeveralBallBoxesAndCountsTheOthers() throws Exception {
        Path file = coco(image(1, "rally", 4), "{\"image_id\": 1, \"category_id\": 1, \"bbox\": [10, 10, 4, 4], "
                + "\"score\": 0.4}, {\"image_id\": 1, \"category_id\": 1, \"bbox\": [50, 10, 4, 4], \"score\": 0.9}, "
                + "{\"image_id\": 1, \"category_id\": 1, \"bbox\": [90, 10, 4, 4], \"score\": 0.6}");

        ImportedLabels labels = importer.read(file, RALLY);

        assertThat(labels.xAt(0)).isEqualTo(52f);
        assertThat(labels.leftOut()).isEqualTo("2 extra ball boxes");
    }

    @Test
    void takesTheFirstOfSeveralBallBoxesWithoutScores() throws Exception {
        Path file = coco(image(1, "rally", 4), ball(1, "[10, 10, 4, 4]") + ", " + ball(1, "[50, 10, 4, 4]"));

        assertThat(importer.read(file, RALLY).xAt(0)).isEqualTo(12f);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"id\": 1, \"frame\": 4}, {\"id\": 1, \"frame\": 5}     | | key images[1].id: the id 1 is also the id of images[0]",
        "{\"id\": 1, \"frame\": \"4\"}                           | | key images[0].frame: expected a whole number, found the text \"4\"",
        "{\"id\": 1, \"file_name\": \"shot.jpg\"}                | | key images[0]: the image has no \"frame\" and its file_name the text \"shot.jpg\" ends in no number",
        "{\"id\": \"a\", \"frame\": 4}                           | | key images[0].id: expected a whole number",
        "{\"id\": 1, \"frame\": 100}                             | | key images[0]: frame 100 is beyond the end of the video, which has 100 frames",
        "{\"id\": 1, \"frame\": 4}, {\"id\": 2, \"frame\": 4}     | | key images[1]: frame 4 has another image already",
        "{\"id\": 1, \"frame\": 4, \"width\": 1920, \"height\": 1080} | | key images[0]: the image is 1920x1080 but the video is 640x360",
        "{\"id\": 1, \"frame\": 4} | {\"image_id\": 9, \"category_id\": 1, \"bbox\": [1, 2, 3, 4]} | key annotations[0].image_id: no image has the id 9",
        "{\"id\": 1, \"frame\": 4} | {\"image_id\": 1, \"category_id\": 1, \"bbox\": [1, 2, 3]}    | key annotations[0].bbox: expected [x, y, width, height], found 3 numbers",
        "{\"id\": 1, \"frame\": 4} | {\"image_id\": 1, \"category_id\": 1, \"bbox\": [1, 2, 0, 4]} | key annotations[0].bbox: the box is 0.0 wide and 4.0 high",
        "{\"id\": 1, \"frame\": 4} | {\"image_id\": 1, \"category_id\": 1, \"bbox\": [1, 2, \"3\", 4]} | key annotations[0].bbox[2]: expected a number",
        "{\"id\": 1, \"frame\": 4} | {\"image_id\": 1, \"category_id\": 1, \"bbox\": [1, 2, 3, 4], \"score\": \"high\"} | key annotations[0].score: expected a number",
        "{\"id\": 1, \"frame\": 4} | {\"image_id\": 1, \"bbox\": [1, 2, 3, 4]}                    | key annotations[0].category_id: expected a whole number, found nothing",
        "                         |                                                                  | there are no images in it",
    })
    void refusesAMalformedFileNamingTheKeyAtFault(String images, String annotations, String message)
            throws IOException {
        Path file = coco(images == null ? "" : images, annotations == null ? "" : annotations);

        assertThatThrownBy(() -> importer.read(file, RALLY))
                .isInstanceOf(ImportFormatException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining(message);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"annotations\": []}                      | key images: expected a list [...], found nothing",
        "{\"images\": {}, \"annotations\": []}      | key images: expected a list [...], found an object",
        "{\"images\": [], \"annotations\": 3}       | key annotations: expected a list [...], found the number 3",
    })
    void refusesAFileWithoutTheListsOfCoco(String json, String message) throws IOException {
        Path file = Fixtures.write(dir, "instances_val.json", json);

        assertThatThrownBy(() -> importer.read(file, RALLY))
                .isInstanceOf(ImportFormatException.class)
                .hasMessageContaining(message);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "[{\"id\": 1, \"name\": \"person\"}] | key categories: no category is named \"ball\" or \"sports ball\" (found: person)",
        "[{\"id\": 1}]                       | key categories[0].name: expected a string, found nothing",
    })
    void refusesCategoriesWithoutTheBall(String categories, String message) throws IOException {
        Path file = Fixtures.write(dir, "instances_val.json", "{\"images\": [" + image(1, "rally", 4)
                + "], \"annotations\": [], \"categories\": " + categories + "}");

        assertThatThrownBy(() -> importer.read(file, RALLY))
                .isInstanceOf(ImportFormatException.class)
                .hasMessageContaining(message);
    }

    @Test
    void refusesAFileWithoutCategories() throws IOException {
        Path file = Fixtures.write(dir, "instances_val.json", "{\"images\": [" + image(1, "rally", 4)
                + "], \"annotations\": []}");

        assertThatThrownBy(() -> importer.read(file, RALLY))
                .isInstanceOf(ImportFormatException.class)
                .hasMessageContaining("key categories: the key is missing; expected a list of {\"id\", \"name\"}");
    }

    @Test
    void refusesAFolderWithoutAnnotationFiles() throws IOException {
        Fixtures.write(dir, "images/train/rally_000001.jpg", "");

        assertThatThrownBy(() -> importer.read(dir, RALLY))
                .isInstanceOf(ImportFormatException.class)
                .hasMessageContaining("the folder holds no annotations/instances_*.json");
    }

    @Test
    void refusesBrokenJsonNamingTheLine() throws IOException {
        Path file = Fixtures.write(dir, "instances_val.json", "{\"images\": [\n{\"id\": 1,}\n]}");

        assertThatThrownBy(() -> importer.read(file, RALLY))
                .isInstanceOf(ImportFormatException.class)
                .hasMessageStartingWith(file + ", line 2: this is not valid JSON");
    }
}
