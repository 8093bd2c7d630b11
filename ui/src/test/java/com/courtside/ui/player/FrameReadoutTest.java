package com.courtside.ui.player;

import com.courtside.timeline.Rational;
import com.courtside.timeline.VideoFacts;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FrameReadoutTest {

    private final SimpleIntegerProperty frame = new SimpleIntegerProperty();
    private final SimpleObjectProperty<VideoFacts> facts = new SimpleObjectProperty<>();
    private final FrameReadout readout = new FrameReadout(frame, facts);

    @Test
    void showsPlaceholdersWithoutAVideo() {
        assertThat(readout.frameTextProperty().get()).isEqualTo("—");
        assertThat(readout.timecodeProperty().get()).isEqualTo("--:--:--:--");
    }

    @Test
    void padsTheFrameNumberAndFormatsTheTimecode() {
        facts.set(PlayerViewModelTest.facts(1800, Rational.of(30, 1)));
        frame.set(95);
        assertThat(readout.frameTextProperty().get()).isEqualTo("0095");
        assertThat(readout.timecodeProperty().get()).isEqualTo("00:00:03:05");
        assertThat(readout.durationProperty().get()).isEqualTo("/ 00:00:59:29");
    }

    @Test
    void widensThePaddingForLongVideos() {
        facts.set(PlayerViewModelTest.facts(864_000, Rational.of(120, 1)));
        frame.set(7);
        assertThat(readout.frameTextProperty().get()).isEqualTo("000007");
    }
}
