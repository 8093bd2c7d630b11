package com.courtside.ui.scrubber;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ScrubberMappingTest {

    private final ScrubberMapping map = new ScrubberMapping(16, 1000, 500);

    @ParameterizedTest
    @CsvSource({
            "16,     0",     // left edge
            "17.9,   0",     // still inside frame 0's 2-px slice
            "18,     1",
            "516,    250",   // middle
            "1015.9, 499",   // right edge
            "-40,    0",     // left of the track clamps
            "5000,   499"})  // right of the track clamps
    void frameUnderTheMouse(double x, int frame) {
        assertThat(map.frameAt(x)).isEqualTo(frame);
    }

    @Test
    void everyFrameRoundTripsThroughItsSliceCentre() {
        for (int f = 0; f < 500; f++) {
            assertThat(map.frameAt(map.centreOf(f))).isEqualTo(f);
        }
    }

    @Test
    void moreFramesThanPixelsStillMapsMonotonically() {
        ScrubberMapping dense = new ScrubberMapping(0, 800, 864_000);
        assertThat(dense.frameAt(0)).isZero();
        assertThat(dense.frameAt(400)).isEqualTo(432_000);
        assertThat(dense.frameAt(799.999)).isEqualTo(863_998);
        assertThat(dense.xOf(432_000)).isEqualTo(400);
    }

    @Test
    void noVideoMapsToFrameZero() {
        assertThat(new ScrubberMapping(0, 800, 0).frameAt(300)).isZero();
        assertThat(new ScrubberMapping(0, 0, 100).frameAt(300)).isZero();
    }
}
