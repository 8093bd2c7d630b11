package com.courtside.ui.player;

import com.courtside.timeline.Rational;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StatusModelTest {

    @Test
    void summaryNamesFileSizeRateAndCodec() {
        assertThat(StatusModel.summary(PlayerViewModelTest.facts(10, Rational.of(30000, 1001))))
                .isEqualTo("match.mp4 · 1280×720 · 29.97 fps · h264");
    }

    @Test
    void titleNamesTheOpenVideo() {
        StatusModel status = new StatusModel();
        assertThat(status.titleProperty().get()).isEqualTo("Courtside");
        status.showVideo(PlayerViewModelTest.facts(10, Rational.of(25, 1)));
        assertThat(status.titleProperty().get()).isEqualTo("Courtside — match.mp4");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "25 | 100 | Building scrubbing proxy | Proxy 25 %",
            "1  | 1   | Proxy ready              | Proxy ready",
            "45 | 100 | Indexing frames          | Checking frames 45 %",
            "9  | 9   | Indexed 9 frames         | Frames checked",
            "0  | 0   | Proxy unavailable: disk full | No proxy",
            "0  | 0   | Decoding found 899 frames where the file's index lists 900 | No proxy"})
    void proxyProgressBecomesShortText(long done, long total, String message, String expected) {
        assertThat(StatusModel.proxyText(done, total, message)).isEqualTo(expected);
    }

    @Test
    void proxyTroubleIsAlsoToldAsTheMessage() {
        StatusModel status = new StatusModel();
        status.proxyProgress(0, 0, "Decoding found 899 frames where the file's index lists 900; open the video again");
        assertThat(status.proxyStatusProperty().get()).isEqualTo("No proxy");
        assertThat(status.messageProperty().get()).startsWith("Decoding found 899 frames");
    }

    @Test
    void routineProxyProgressLeavesTheMessageAlone() {
        StatusModel status = new StatusModel();
        status.setMessage("Opened match.mp4");
        status.proxyProgress(10, 100, "Building scrubbing proxy");
        assertThat(status.messageProperty().get()).isEqualTo("Opened match.mp4");
    }
}
