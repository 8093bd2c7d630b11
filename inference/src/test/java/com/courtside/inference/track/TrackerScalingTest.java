package com.courtside.inference.track;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The same scene at another resolution or frame rate must be tracked the same way. */
class TrackerScalingTest {

    /** A flight with a two-frame gap, then the ball teleported far away for the rest of the clip. */
    private static TrackResult scene(int height, double fps, int frames) {
        SyntheticFlight flight = SyntheticFlight.bouncing(height, fps, frames);
        int gap = (int) Math.round(fps);
        int jump = (int) Math.round(fps * 1.5);
        List<List<Candidate>> detections = flight.detectionsMissing(21, 2, gap, gap + (int) Math.round(fps / 15));
        float dy = (float) (300 * flight.scale);
        for (int f = jump; f < frames; f++) {
            List<Candidate> frame = detections.get(f);
            Candidate ball = frame.get(0);
            frame.set(0, new Candidate(ball.x(), ball.y() - dy, ball.score()));
        }
        return TrackResult.track(TrackerSettings.forVideo(height * 16 / 9, height, fps), frames, detections::get);
    }

    @Test
    void theSameSceneAt720pIsTrackedLikeAt1080p() {
        TrackResult hd = scene(1080, 30, 90);
        TrackResult small = scene(720, 30, 90);

        for (int f = 0; f < 90; f++) {
            assertThat(small.mode(f)).as("mode at frame %d", f).isEqualTo(hd.mode(f));
            assertThat(small.isPredicted(f)).as("predicted at frame %d", f).isEqualTo(hd.isPredicted(f));
        }
        assertThat(hd.mode(45)).isEqualTo(TrackMode.CHAOS);
    }

    @Test
    void theSameSceneAt60FpsChangesModeAtTheSameMoments() {
        TrackResult thirty = scene(1080, 30, 90);
        TrackResult sixty = scene(1080, 60, 180);

        for (int f = 0; f < 90; f++) {
            assertThat(sixty.mode(2 * f)).as("mode at %d / %d", f, 2 * f).isEqualTo(thirty.mode(f));
        }
    }
}
