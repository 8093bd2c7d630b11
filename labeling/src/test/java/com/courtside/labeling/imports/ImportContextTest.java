package com.courtside.labeling.imports;

import com.courtside.timeline.Rational;
import com.courtside.timeline.VideoFacts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;

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

    @Test
    void aContextFromTheProbeKnowsTheVideosNameAndSize() {
        VideoFacts facts = new VideoFacts(Path.of("/videos/final.set-2.mp4"), "mp4", "h264", 1920, 1080, 300, 300,
                Rational.of(30, 1), Rational.of(1, 30), 0, 10_000_000, true, null);

        ImportContext context = ImportContext.of(facts);

        assertThat(context.videoName()).isEqualTo("final.set-2");
        assertThat(context.knowsFrameSize()).isTrue();
        assertThat(context.width()).isEqualTo(1920);
        assertThat(context.height()).isEqualTo(1080);
    }

    @Test
    void theShortContextKnowsNeitherNameNorSize() {
        ImportContext context = new ImportContext(10, Rational.of(30, 1));

        assertThat(context.knowsVideoName()).isFalse();
        assertThat(context.knowsFrameSize()).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"640, 0", "0, 360", "-640, -360"})
    void refusesAHalfKnownOrNegativeFrameSize(int width, int height) {
        assertThatThrownBy(() -> new ImportContext(10, Rational.of(30, 1), "v", width, height))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
