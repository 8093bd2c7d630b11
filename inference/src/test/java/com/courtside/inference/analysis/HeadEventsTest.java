package com.courtside.inference.analysis;

import com.courtside.inference.track.TrackMode;
import com.courtside.inference.track.TrackResult;
import com.courtside.inference.track.TrackSample;
import com.courtside.timeline.EventKind;
import com.courtside.timeline.MatchEvent;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HeadEventsTest {

    private static final int FRAMES = 80;
    private static final List<EventKind> KINDS = List.of(EventKind.BOUNCE, EventKind.NET);

    /** A 1080p30 track: from frame 10 the ball moves 5 px right and 12 px down per frame; at {@code turn} it turns. */
    private static TrackResult track(int turn, double vxAfter, double vyAfter, int hiddenFrom, int hiddenTo) {
        TrackResult r = new TrackResult(FRAMES);
        double x = 400;
        double y = 300;
        double vx = 5;
        double vy = 12;
        for (int f = 10; f < 70; f++) {
            if (f == turn + 1) {
                vx = vxAfter;
                vy = vyAfter;
            }
            x += vx;
            y += vy;
            boolean hidden = f >= hiddenFrom && f <= hiddenTo;
            r.record(f, new TrackSample(f, (float) x, (float) y, 0.9f, !hidden,
                    hidden ? TrackMode.RECOVERING : TrackMode.NORMAL));
        }
        return r;
    }

    private static float[][] scores(int bouncePeak, float bounceScore, int netPeak, float netScore) {
        float[][] s = new float[2][FRAMES];
        bump(s[0], bouncePeak, bounceScore);
        bump(s[1], netPeak, netScore);
        return s;
    }

    private static void bump(float[] s, int peak, float score) {
        if (peak >= 0) {
            s[peak - 1] = score / 2;
            s[peak] = score;
            s[peak + 1] = score / 2;
        }
    }

    private static List<MatchEvent> fuse(TrackResult track, float[][] scores) {
        return HeadEvents.fuse(track, scores, KINDS, 30, 1920, 1080, 0.7f, 7, 2);
    }

    @Test
    void aBounceTheHeadHintsAtIsPlacedOnTheFrameWhereTheTrackTurnsUp() {
        List<MatchEvent> events = fuse(track(30, 5, -8, -1, -1), scores(32, 0.5f, -1, 0));

        assertThat(events).containsExactly(new MatchEvent(30, EventKind.BOUNCE));
    }

    @Test
    void aTurnTheHeadDoesNotBackIsNoBounce() {
        assertThat(fuse(track(30, 5, -8, -1, -1), scores(-1, 0, -1, 0))).isEmpty();
    }

    @Test
    void aHitThatTurnsTheBallSidewaysIsNoBounceHoweverSureTheHeadIs() {
        assertThat(fuse(track(30, -10, -8, -1, -1), scores(30, 0.95f, -1, 0))).isEmpty();
    }

    @Test
    void aHeadPeakWhereTheTrackSawTheBallRunStraightIsDropped() {
        assertThat(fuse(track(100, 5, 12, -1, -1), scores(40, 0.95f, -1, 0))).isEmpty();
    }

    @Test
    void whereTheTrackCannotMeasureTheTurnASureHeadPeakStandsAlone() {
        TrackResult hidden = track(100, 5, 12, 35, 45);

        assertThat(fuse(hidden, scores(40, 0.95f, -1, 0))).containsExactly(new MatchEvent(40, EventKind.BOUNCE));
        assertThat(fuse(hidden, scores(40, 0.6f, -1, 0))).as("below the event threshold").isEmpty();
    }

    @Test
    void headPeaksWithNoBallNearbyAreDroppedForEveryKind() {
        TrackResult r = track(100, 5, 12, -1, -1);

        List<MatchEvent> events = fuse(r, scores(75, 0.95f, 5, 0.95f));

        assertThat(events).isEmpty();
        assertThat(fuse(r, scores(-1, 0, 50, 0.9f))).containsExactly(new MatchEvent(50, EventKind.NET));
    }

    @Test
    void aTrackThatEndsComingDownWithTheHeadSureEndsInABounce() {
        TrackResult endsFalling = track(100, 5, 12, -1, -1);

        assertThat(fuse(endsFalling, scores(68, 0.9f, -1, 0))).as("the head peaks just before the end").isEmpty();
        assertThat(fuse(endsFalling, scores(69, 0.9f, -1, 0))).containsExactly(new MatchEvent(69, EventKind.BOUNCE));
        assertThat(fuse(endsFalling, scores(69, 0.6f, -1, 0))).as("below the event threshold").isEmpty();
        assertThat(fuse(track(50, 5, -8, -1, -1), scores(69, 0.9f, -1, 0))).as("rising at the end").isEmpty();
    }

    @Test
    void aTrackThatSeesTheBallAgainSoonHasNotLandedWhereItLostIt() {
        TrackResult lostAWhile = track(100, 5, 12, 50, 55);

        assertThat(fuse(lostAWhile, scores(49, 0.9f, -1, 0))).isEmpty();
    }
}
