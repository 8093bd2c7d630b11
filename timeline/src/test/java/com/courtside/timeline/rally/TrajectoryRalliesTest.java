package com.courtside.timeline.rally;

import com.courtside.timeline.BallTrack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static com.courtside.timeline.rally.Series.format;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** 30 fps, 1280×720 (diagonal 1469 px): 10 px a frame is 0.2 diagonals a second, well above 0.1. */
class TrajectoryRalliesTest {

    private static final RallySettings TABLE_TENNIS = RallyPreset.TABLE_TENNIS.settings();

    @Test
    void aStillBallBetweenTwoRalliesSeparatesThem() {
        BallTrack track = new BallTrack(450);
        fly(track, 0, 99, 0);
        for (int f = 100; f < 300; f++) {
            track.set(f, 990 + (f % 2) * 0.5f, 319); // where the flight ended, held, half a pixel of jitter
        }
        fly(track, 300, 399, 1000 - 3000);
        assertThat(format(TrajectoryRallies.rallies(track, 30, 1280, 720, TABLE_TENNIS))).isEqualTo("0-99 300-399");
    }

    @Test
    void aShortGapInTheTrackIsBridged() {
        BallTrack track = new BallTrack(300);
        fly(track, 0, 99, 0);
        fly(track, 120, 199, 0); // 20 frames lost, under the 30 of table tennis' continuation
        List<ScoredRally> rallies = TrajectoryRallies.detect(track, 30, 1280, 720, TABLE_TENNIS);
        assertThat(format(rallies)).isEqualTo("0-199");
        assertThat(rallies.get(0).confidence()).isCloseTo(0.9, within(1e-9));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "table_tennis      | 0-99 200-299",   // 100 frames lost > 30 continuation, >= 60 min gap
            "indoor_volleyball | 0-299"})          // > 60 continuation breaks, < 150 min gap merges again
    void aLongGapBreaksTheRallyUnlessTheMinimumGapJoinsIt(String preset, String expected) {
        BallTrack track = new BallTrack(300);
        fly(track, 0, 99, 0);
        fly(track, 200, 299, 0);
        assertThat(format(TrajectoryRallies.rallies(track, 30, 1280, 720, RallyPreset.fromWire(preset).settings())))
                .isEqualTo(expected);
    }

    @Test
    void aMomentOfMotionShorterThanTheMinimumPlayIsNoRally() {
        BallTrack track = new BallTrack(200);
        fly(track, 50, 59, 0);
        assertThat(TrajectoryRallies.rallies(track, 30, 1280, 720, TABLE_TENNIS)).isEmpty();
    }

    /** 3 px a frame at 30 fps is 90 px/s: 0.12 diagonals/s at 640×360, 0.06 at 1280×720. */
    @ParameterizedTest
    @CsvSource({"640, 360, true", "1280, 720, false", "3840, 2160, false"})
    void theSpeedThresholdScalesWithTheFrameSize(int width, int height, boolean moving) {
        BallTrack track = new BallTrack(10);
        for (int f = 0; f < 10; f++) {
            track.set(f, 3 * f, 100);
        }
        boolean[] m = TrajectoryRallies.moving(track, 30, Math.hypot(width, height), 0.1, 30);
        assertThat(m[5]).isEqualTo(moving);
    }

    @Test
    void occludedPositionsAndALoneDetectionDoNotMove() {
        BallTrack track = new BallTrack(100);
        track.set(10, 100, 100);
        for (int f = 11; f < 20; f++) {
            track.setHidden(f, BallTrack.Visibility.OCCLUDED, 100 + 50 * f, 100);
        }
        boolean[] m = TrajectoryRallies.moving(track, 30, 1469, 0.1, 30);
        assertThat(m).doesNotContain(true);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"1 1 0 0 1 1 | 2 | 0-5", "1 1 0 0 1 1 | 1 | 0-1 4-5", "0 0 | 5 | ''"})
    void movingFramesJoinAcrossGapsUpToTheContinuation(String moving, int maxGap, String expected) {
        assertThat(format(TrajectoryRallies.runs(Series.flags(moving), maxGap))).isEqualTo(Series.normalised(expected));
    }

    /** A ball in flight: x moves 10 px a frame from {@code x0 + 10·first}. */
    private static void fly(BallTrack track, int first, int last, float x0) {
        for (int f = first; f <= last; f++) {
            track.set(f, x0 + 10 * f, 300 + (f % 20));
        }
    }
}
