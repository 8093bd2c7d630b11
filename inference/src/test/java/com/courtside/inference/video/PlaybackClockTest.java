package com.courtside.inference.video;

import com.courtside.timeline.Rational;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class PlaybackClockTest {

    private static final long SECOND = 1_000_000_000L;

    @ParameterizedTest(name = "{0} fps at {1}x after {2} s shows frame {3}")
    @CsvSource({
            "30, 1.0, 1.0, 130",
            "30, 2.0, 1.0, 160",
            "30, 0.1, 1.0, 103",
            "30, -1.0, 1.0, 70",
            "120, 1.0, 0.5, 160",
            "30000/1001, 1.0, 10.0, 399"})
    void frameFollowsWallClockAtSpeed(String fps, double speed, double seconds, int expected) {
        String[] parts = fps.split("/");
        Rational rate = parts.length == 2 ? Rational.of(Long.parseLong(parts[0]), Long.parseLong(parts[1]))
                : Rational.of(Long.parseLong(parts[0]), 1);
        PlaybackClock clock = new PlaybackClock(rate, 10_000);
        clock.start(100, speed, 0);
        assertThat(clock.frameAt((long) (seconds * SECOND))).isEqualTo(expected);
    }

    @Test
    void clampsAtTheEndsAndReportsTheEnd() {
        PlaybackClock clock = new PlaybackClock(Rational.of(30, 1), 60);
        clock.start(50, 1.0, 0);
        assertThat(clock.frameAt(10 * SECOND)).isEqualTo(59);
        assertThat(clock.atEnd(10 * SECOND)).isTrue();
        clock.start(5, -4.0, 0);
        assertThat(clock.frameAt(SECOND)).isZero();
        assertThat(clock.atEnd(SECOND)).isTrue();
    }

    @Test
    void pauseFreezesTheFrame() {
        PlaybackClock clock = new PlaybackClock(Rational.of(30, 1), 1000);
        clock.start(0, 1.0, 0);
        int paused = clock.pause(2 * SECOND);
        assertThat(paused).isEqualTo(60);
        assertThat(clock.frameAt(5 * SECOND)).isEqualTo(60);
        assertThat(clock.isRunning()).isFalse();
        assertThat(clock.direction()).isZero();
    }
}
