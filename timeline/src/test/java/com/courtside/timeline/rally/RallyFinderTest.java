package com.courtside.timeline.rally;

import com.courtside.timeline.BallTrack;
import org.junit.jupiter.api.Test;

import static com.courtside.timeline.rally.Series.format;
import static org.assertj.core.api.Assertions.assertThat;

class RallyFinderTest {

    private static final RallySettings TABLE_TENNIS = RallyPreset.TABLE_TENNIS.settings();

    /** 20 s at 30 fps: the ball flies over frames 96–335 only. */
    private static BallTrack track() {
        BallTrack track = new BallTrack(600);
        for (int f = 96; f <= 335; f++) {
            track.set(f, 10 * (f - 96), 300 + (f % 20));
        }
        return track;
    }

    /** Windows every 48 frames; play where {@code playing} says, else no play. */
    private static GameStateSeries series(boolean... playing) {
        int n = playing.length;
        int[] starts = new int[n];
        float[] no = new float[n];
        float[] play = new float[n];
        float[] service = new float[n];
        for (int i = 0; i < n; i++) {
            starts[i] = 48 * i;
            play[i] = playing[i] ? 0.9f : 0.05f;
            no[i] = 1 - play[i] - 0.05f;
            service[i] = 0.05f;
        }
        return new GameStateSeries(30, 600, 48, starts, no, play, service);
    }

    @Test
    void withoutAGameStateModelTheBallTrackDecides() {
        RallyFinder.Found found = RallyFinder.find(track(), 30, 1280, 720, null, TABLE_TENNIS);

        assertThat(format(found.rallies())).isEqualTo("96-335");
        assertThat(found.method()).isEqualTo("rallies from the ball track");
    }

    @Test
    void whereBothSeeARallyItIsOneRallyNearTheBallTracksEdges() {
        GameStateSeries series = series(false, false, true, true, true, true, true, false, false, false, false, false);

        RallyFinder.Found found = RallyFinder.find(track(), 30, 1280, 720, series, TABLE_TENNIS);

        assertThat(found.rallies()).hasSize(1);
        assertThat(Math.abs(found.rallies().get(0).startFrame() - 96)).isLessThanOrEqualTo(48);
        assertThat(Math.abs(found.rallies().get(0).endFrame() - 335)).isLessThanOrEqualTo(48);
        assertThat(found.method()).isEqualTo("rallies from the game-state model and the ball track");
    }

    @Test
    void aRallyTheWindowsCallPlayIsKeptThoughTheGameStateRalliesDropIt() {
        // A 3.5-s minimum: two play windows (3.2 s) are too short alone, while the ball track sees 4 s of play,
        // every third frame missed (a shaky track, so not sure enough alone).
        RallySettings longRallies = new RallySettings(0, 0.5, 0.35, 1.0, 0.3, 3.5, 2.0, 0.1, 0.8, 0.8);
        BallTrack track = new BallTrack(600);
        for (int f = 151; f <= 270; f++) {
            if (f % 3 != 0) {
                track.set(f, 10 * (f - 151), 300 + (f % 20));
            }
        }
        GameStateSeries series = series(false, false, false, true, true, false, false, false, false, false, false,
                false);
        assertThat(TrajectoryRallies.detect(track, 30, 1280, 720, longRallies).get(0).confidence())
                .as("the ball track alone is not sure").isLessThan(longRallies.soloTrajectoryConfidence());
        assertThat(RallyPostProcessor.rallies(series, longRallies)).as("two windows are too short alone").isEmpty();

        RallyFinder.Found found = RallyFinder.find(track, 30, 1280, 720, series, longRallies);

        assertThat(format(found.rallies())).isEqualTo("151-269");
        assertThat(RallyFinder.find(track, 30, 1280, 720, series(new boolean[12]), longRallies).rallies())
                .as("windows that call it no play do not vouch for it").isEmpty();
    }
}
