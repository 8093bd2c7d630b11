package com.courtside.timeline.eval;

import com.courtside.timeline.EventKind;
import com.courtside.timeline.MatchEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EventMetricsTest {

    @Test
    void matchesEachTrueEventOnceWithinTheTolerance() {
        List<MatchEvent> truth = List.of(new MatchEvent(10, EventKind.BOUNCE), new MatchEvent(50, EventKind.BOUNCE),
                new MatchEvent(80, EventKind.NET));
        List<MatchEvent> found = List.of(new MatchEvent(11, EventKind.BOUNCE), new MatchEvent(12, EventKind.BOUNCE),
                new MatchEvent(70, EventKind.BOUNCE), new MatchEvent(80, EventKind.BOUNCE));
        EventMetrics m = EventMetrics.compare(truth, found, EventKind.BOUNCE, 2);
        assertThat(m.truth()).isEqualTo(2);
        assertThat(m.found()).isEqualTo(4);
        assertThat(m.matched()).isEqualTo(1);
        assertThat(m.recall()).isEqualTo(0.5);
        assertThat(m.precision()).isEqualTo(0.25);
    }

    @ParameterizedTest
    @CsvSource({"120, 2", "60, 1", "30, 1", "240, 4"})
    void toleranceScalesFromTwoFramesAt120Fps(double fps, int frames) {
        assertThat(EventMetrics.toleranceFor(fps)).isEqualTo(frames);
    }
}
