package com.courtside.timeline;

import java.util.List;
import java.util.function.IntToDoubleFunction;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class GapFillTest {

    private static final int MAX_GAP = 30;
    private static final int BOUNCE = 20;
    private static final double TABLE_Y = 600;

    /** A throw in image space (y down): rising, apex, falling; its sag over the hole is far over a pixel. */
    private static double arc(int f) {
        return 500 - 14 * f + 0.6 * f * f;
    }

    private static double line(int f) {
        return 100 + 7.5 * f;
    }

    /** Falls onto the table at frame BOUNCE, then rises more slowly: the corner a straight fill would cut. */
    private static double vPath(int f) {
        int t = f - BOUNCE;
        return t <= 0 ? TABLE_Y + 22 * t + 0.6 * t * t : TABLE_Y - 16 * t + 0.6 * t * t;
    }

    private static BallTrack track(int frames, IntToDoubleFunction x, IntToDoubleFunction y, int holeFirst, int holeLast) {
        BallTrack track = new BallTrack(frames);
        for (int f = 0; f < frames; f++) {
            if (f < holeFirst || f > holeLast) {
                track.set(f, (float) x.applyAsDouble(f), (float) y.applyAsDouble(f));
            }
        }
        return track;
    }

    private static GapFill.Filled filled(GapFill.Result result) {
        assertThat(result).isInstanceOf(GapFill.Filled.class);
        return (GapFill.Filled) result;
    }

    private static void assertFollows(GapFill.Filled filled, IntToDoubleFunction x, IntToDoubleFunction y, double px) {
        for (int i = 0; i < filled.size(); i++) {
            int f = filled.frames()[i];
            assertThat((double) filled.x()[i]).as("x at frame %d", f).isCloseTo(x.applyAsDouble(f), within(px));
            assertThat((double) filled.y()[i]).as("y at frame %d", f).isCloseTo(y.applyAsDouble(f), within(px));
        }
    }

    @Test
    void fillsAParabolicFlightAlongItsArc() {
        BallTrack track = track(30, GapFillTest::line, GapFillTest::arc, 8, 19);

        GapFill.Filled filled = filled(GapFill.fill(track, 8, 19, List.of(), MAX_GAP));

        assertThat(filled.frames()).containsExactly(8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19);
        assertFollows(filled, GapFillTest::line, GapFillTest::arc, 0.5);
    }

    @Test
    void fillsAStraightFlightOnItsLine() {
        BallTrack track = track(20, GapFillTest::line, f -> 300 - 3.25 * f, 6, 12);

        assertFollows(filled(GapFill.fill(track, 6, 12, List.of(), MAX_GAP)), GapFillTest::line, f -> 300 - 3.25 * f, 0.01);
    }

    @Test
    void oneVisibleFrameOnEachSideGivesAStraightLine() {
        BallTrack track = new BallTrack(12);
        track.set(2, 10, 400);
        track.set(10, 90, 200);

        GapFill.Filled filled = filled(GapFill.fill(track, 3, 9, List.of(), MAX_GAP));

        assertFollows(filled, f -> 10 + 10 * (f - 2), f -> 400 - 25 * (f - 2), 0.01);
    }

    @ParameterizedTest
    @EnumSource(value = EventKind.class, names = {"BOUNCE", "HIT"})
    void fillsAGapAcrossAContactAlongTheVShapedPath(EventKind kind) {
        BallTrack track = track(40, GapFillTest::line, GapFillTest::vPath, BOUNCE - 5, BOUNCE + 5);

        GapFill.Result result = GapFill.fill(track, BOUNCE - 5, BOUNCE + 5, List.of(new MatchEvent(BOUNCE, kind)), MAX_GAP);

        assertFollows(filled(result), GapFillTest::line, GapFillTest::vPath, 1.0);
    }

    @Test
    void reachesTheBouncePointInsteadOfCuttingTheCorner() {
        BallTrack track = track(40, GapFillTest::line, GapFillTest::vPath, BOUNCE - 5, BOUNCE + 5);

        GapFill.Filled filled = filled(GapFill.fill(track, BOUNCE - 5, BOUNCE + 5,
                List.of(new MatchEvent(BOUNCE, EventKind.BOUNCE)), MAX_GAP));

        int atBounce = BOUNCE - filled.frames()[0];
        assertThat((double) filled.y()[atBounce]).isCloseTo(TABLE_Y, within(1.0));
        for (float y : filled.y()) {
            assertThat(y).isLessThanOrEqualTo(filled.y()[atBounce]);
        }
    }

    @Test
    void ignoresSamplesOnTheFarSideOfABounceBeforeTheGap() {
        BallTrack track = track(40, GapFillTest::line, GapFillTest::vPath, BOUNCE + 1, BOUNCE + 6);

        GapFill.Result result = GapFill.fill(track, BOUNCE + 1, BOUNCE + 6,
                List.of(new MatchEvent(BOUNCE, EventKind.BOUNCE)), MAX_GAP);

        assertFollows(filled(result), GapFillTest::line, GapFillTest::vPath, 0.5);
    }

    @Test
    void fillsOnlyTheSelectedPartOfALongerGapButFitsFromItsEnds() {
        BallTrack track = track(30, GapFillTest::line, GapFillTest::arc, 8, 19);

        GapFill.Filled filled = filled(GapFill.fill(track, 11, 14, List.of(), MAX_GAP));

        assertThat(filled.frames()).containsExactly(11, 12, 13, 14);
        assertFollows(filled, GapFillTest::line, GapFillTest::arc, 0.5);
    }

    @Test
    void leavesVisibleFramesInsideTheRangeUntouched() {
        BallTrack track = track(30, GapFillTest::line, GapFillTest::arc, 8, 19);
        track.set(13, 1, 2);

        GapFill.Filled filled = filled(GapFill.fill(track, 8, 19, List.of(), MAX_GAP));

        assertThat(filled.frames()).hasSize(11).doesNotContain(13);
        assertThat(track.x(13)).isEqualTo(1f);
        assertThat(track.y(13)).isEqualTo(2f);
        assertThat(track.isVisible(12)).isFalse();
    }

    @Test
    void refusesAGapLongerThanMaxGapNamingBothNumbers() {
        BallTrack track = track(30, GapFillTest::line, GapFillTest::arc, 8, 19);

        GapFill.Result result = GapFill.fill(track, 8, 19, List.of(), 10);

        assertThat(result).isInstanceOfSatisfying(GapFill.Refused.class, refused -> {
            assertThat(refused.reason()).isEqualTo(GapFill.Reason.TOO_LONG);
            assertThat(refused.message()).contains("12 frames", "10 frames");
        });
    }

    @Test
    void refusesAGapWithNoVisibleBallBefore() {
        BallTrack track = track(20, GapFillTest::line, GapFillTest::arc, 0, 5);

        GapFill.Result result = GapFill.fill(track, 2, 5, List.of(), MAX_GAP);

        assertThat(result).isInstanceOfSatisfying(GapFill.Refused.class,
                refused -> assertThat(refused.reason()).isEqualTo(GapFill.Reason.NO_BALL_BEFORE));
    }

    @Test
    void refusesAGapWithNoVisibleBallAfter() {
        BallTrack track = track(20, GapFillTest::line, GapFillTest::arc, 15, 19);

        GapFill.Result result = GapFill.fill(track, 15, 17, List.of(), MAX_GAP);

        assertThat(result).isInstanceOfSatisfying(GapFill.Refused.class,
                refused -> assertThat(refused.reason()).isEqualTo(GapFill.Reason.NO_BALL_AFTER));
    }

    @Test
    void refusesTwoContactsInsideOneGap() {
        BallTrack track = track(40, GapFillTest::line, GapFillTest::vPath, 10, 25);

        GapFill.Result result = GapFill.fill(track, 10, 25,
                List.of(new MatchEvent(BOUNCE, EventKind.BOUNCE), new MatchEvent(24, EventKind.HIT)), MAX_GAP);

        assertThat(result).isInstanceOfSatisfying(GapFill.Refused.class,
                refused -> assertThat(refused.reason()).isEqualTo(GapFill.Reason.SEVERAL_CONTACTS));
    }

    @Test
    void refusesARangeWhereEveryFrameIsVisible() {
        BallTrack track = track(20, GapFillTest::line, GapFillTest::arc, -1, -1);

        GapFill.Result result = GapFill.fill(track, 4, 9, List.of(), MAX_GAP);

        assertThat(result).isInstanceOfSatisfying(GapFill.Refused.class,
                refused -> assertThat(refused.reason()).isEqualTo(GapFill.Reason.NOTHING_TO_FILL));
    }
}
