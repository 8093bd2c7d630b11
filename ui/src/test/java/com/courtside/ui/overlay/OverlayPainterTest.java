package com.courtside.ui.overlay;

import com.courtside.timeline.EventKind;
import com.courtside.timeline.MatchEvent;
import com.courtside.ui.video.VideoTransform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class OverlayPainterTest {

    private final List<MatchEvent> events = List.of(
            new MatchEvent(10, EventKind.BOUNCE), new MatchEvent(20, EventKind.NET), new MatchEvent(20, EventKind.BOUNCE),
            new MatchEvent(40, EventKind.BOUNCE));

    @ParameterizedTest
    @CsvSource({"0, 0", "10, 0", "11, 1", "20, 1", "21, 3", "41, 4"})
    void findsTheFirstEventInTheWindow(int frame, int index) {
        assertThat(OverlayPainter.firstAtOrAfter(events, frame)).isEqualTo(index);
    }

    @ParameterizedTest
    @CsvSource({"0, 6", "0.5, 10.5", "1, 15", "1.7, 15", "-2, 6", "NaN, 6"})
    void aModelsRingGrowsWithItsConfidence(double confidence, double radius) {
        assertThat(OverlayPainter.ringRadius(confidence)).isEqualTo(radius);
    }

    @Test
    void markersScaleWithTheShownHeightWithinLimits() {
        assertThat(OverlayPainter.markerUnit(VideoTransform.fit(1280, 720, 0, 0, 1280, 720))).isEqualTo(1.0);
        assertThat(OverlayPainter.markerUnit(VideoTransform.fit(1280, 720, 0, 0, 320, 180))).isEqualTo(0.7);
        assertThat(OverlayPainter.markerUnit(VideoTransform.fit(3840, 2160, 0, 0, 3840, 2160))).isEqualTo(2.0);
    }
}
