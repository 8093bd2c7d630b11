package com.courtside.labeling.imports;

import com.courtside.timeline.Rational;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ImportContextTest {

    private static final ImportContext NTSC = new ImportContext(10_000, Rational.of(30000, 1001));

    @ParameterizedTest
    @CsvSource({
        "0.0,     0",
        "1.0,     30",    // 29.97
        "10.0,    300",   // 299.7
        "100.0,   2997",
        "0.0166,  0",     // 0.4975 of a frame rounds down
        "0.0167,  1",     // 0.5005 of a frame rounds up
    })
    void frameAtRoundsSecondsToTheNearestFrame(double seconds, long frame) {
        assertThat(NTSC.frameAt(seconds)).isEqualTo(frame);
    }

    @Test
    void outsideVideoNamesTheFrameAndTheVideoLength() {
        assertThat(NTSC.outsideVideo(12_000)).contains("frame 12000", "10000 frames", "0 to 9999");
    }

    @Test
    void refusesAVideoWithoutFrames() {
        assertThatThrownBy(() -> new ImportContext(0, Rational.of(30, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
