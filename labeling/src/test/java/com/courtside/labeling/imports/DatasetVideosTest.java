package com.courtside.labeling.imports;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class DatasetVideosTest {

    @ParameterizedTest
    @CsvSource({
        "match-1_000123.jpg,      match-1,  123",
        "a_b_000007.txt,          a_b,      7",
        "frames/clip_42.jpg,      clip,     42",
        "000042.jpg,              '',       42",
    })
    void readsTheVideoAndFrameFromAnImageName(String fileName, String video, int frame) {
        assertThat(DatasetVideos.parse(fileName)).isEqualTo(new DatasetVideos.NameAndFrame(video, frame));
    }

    @ParameterizedTest
    @CsvSource({"classes.txt", "img42.jpg", "clip_.jpg", "clip_1234567890.jpg"})
    void findsNoFrameInANameThatDoesNotEndInOne(String fileName) {
        assertThat(DatasetVideos.parse(fileName)).isNull();
    }

    @ParameterizedTest
    @CsvSource({
        "match-1,           match-1",
        "Rally 3 (final),   Rally_3__final_",
        "café.v2,           caf_.v2",
    })
    void namesAVideoAsTheDatasetExportDoes(String videoName, String inDataset) {
        assertThat(DatasetVideos.safe(videoName)).isEqualTo(inDataset);
    }
}
