package com.courtside.export.dataset;

import com.courtside.export.dataset.DatasetOptions.Shares;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DatasetOptionsTest {

    @ParameterizedTest
    @EnumSource(DatasetFormat.class)
    void everyFormatIsFoundByItsWireName(DatasetFormat format) {
        assertThat(DatasetFormat.fromWire(format.wireName().toUpperCase())).isEqualTo(format);
    }

    @Test
    void anUnknownFormatIsRefusedWithTheKnownOnesListed() {
        assertThatThrownBy(() -> DatasetFormat.fromWire("pascal-voc"))
                .hasMessage("Unknown dataset format 'pascal-voc'; Courtside writes: openttgames, tracknet, coco, yolo, "
                        + "rallycut, game-state.");
    }

    @ParameterizedTest
    @CsvSource({"reviewed, REVIEWED", "Effective, EFFECTIVE", " model , MODEL"})
    void labelChoicesAreReadFromTheirNames(String name, LabelChoice choice) {
        assertThat(LabelChoice.fromWire(name)).isEqualTo(choice);
    }

    @Test
    void theDefaultsAreTheUsualSplitAndTtnetsMargin() {
        DatasetOptions options = DatasetOptions.defaults(DatasetFormat.OPENTTGAMES);

        assertThat(options.shares()).isEqualTo(new Shares(0.8, 0.1, 0.1));
        assertThat(options.eventMargin()).isEqualTo(4);
        assertThat(options.frameStep()).isEqualTo(1);
        assertThat(options.withFrames()).isFalse();
        assertThat(Shares.parse("0.7, 0.2, 0.1")).isEqualTo(new Shares(0.7, 0.2, 0.1));
    }

    @Test
    void onlyTheFormatsThatWriteFramesDecodeTheVideo() {
        DatasetOptions tt = DatasetOptions.defaults(DatasetFormat.OPENTTGAMES);

        assertThat(DatasetFormat.OPENTTGAMES.writesFrames(tt)).isFalse();
        assertThat(DatasetFormat.OPENTTGAMES.writesFrames(tt.withFrames(true))).isTrue();
        assertThat(DatasetFormat.TRACKNET.writesFrames(tt)).isFalse();
        assertThat(DatasetFormat.GAME_STATE.writesFrames(tt)).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0 | 4 | 0 | 0 | the frame step must be 1",
        "1 | -1 | 0 | 0 | the frames around an event must be 0 or more",
        "1 | 4 | -2 | 0 | the clip stride must be 0",
        "1 | 4 | 0 | -1 | decoder threads must be 0"})
    void nonsenseOptionsAreRefusedByName(int step, int margin, int stride, int threads, String message) {
        assertThatThrownBy(() -> new DatasetOptions(DatasetFormat.COCO, new Shares(1, 0, 0), 1, step, margin, false,
                stride, threads)).isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith(message);
    }

    @Test
    void sharesThatAreAllZeroAreRefused() {
        assertThatThrownBy(() -> new Shares(0, 0, 0)).hasMessageContaining("not all zero");
        assertThatThrownBy(() -> Shares.parse("0.8,0.2")).hasMessageContaining("three shares");
    }
}
