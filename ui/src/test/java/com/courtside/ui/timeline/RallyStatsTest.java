package com.courtside.ui.timeline;

import com.courtside.labeling.store.Review;
import com.courtside.timeline.EventKind;
import com.courtside.timeline.MatchEvent;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RallyStatsTest {

    /** Three minutes at 30 fps: rallies of 3 s, 7.5 s and 1 s; bounces inside the first two, one outside. */
    private static TimelineData match() {
        return new TimelineData(5_400, 30, List.of(
                new TimelineData.RallyMark(30, 119, Review.REVIEWED, true),
                new TimelineData.RallyMark(2_000, 2_224, Review.UNREVIEWED, false),
                new TimelineData.RallyMark(5_000, 5_029, Review.FLAGGED, true)),
                List.of(new MatchEvent(40, EventKind.BOUNCE), new MatchEvent(60, EventKind.HIT),
                        new MatchEvent(119, EventKind.BOUNCE), new MatchEvent(500, EventKind.BOUNCE),
                        new MatchEvent(2_100, EventKind.BOUNCE)),
                new float[5_400], null);
    }

    @Test
    void rowsNumberTheRalliesAndCountTheirBounces() {
        List<RallyRow> rows = RallyStats.rows(match());

        assertThat(rows).extracting(RallyRow::number).containsExactly(1, 2, 3);
        assertThat(rows).extracting(RallyRow::bounces).containsExactly(2, 1, 0);
        assertThat(rows).extracting(RallyRow::seconds).containsExactly(3.0, 7.5, 1.0);
        assertThat(rows.get(2).review()).isEqualTo(Review.FLAGGED);
    }

    @Test
    void theHistogramUsesRoundBinsThatHoldEveryRally() {
        List<RallyStats.Bin> bins = RallyStats.histogram(RallyStats.rows(match()), 12);

        assertThat(bins).extracting(RallyStats.Bin::to).containsExactly(1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0);
        assertThat(bins).extracting(RallyStats.Bin::count).containsExactly(0, 1, 0, 1, 0, 0, 0, 1);
        assertThat(RallyStats.histogram(RallyStats.rows(match()), 3)).extracting(RallyStats.Bin::count)
                .containsExactly(2, 1);
    }

    @Test
    void segmentsAverageTheRalliesThatStartInThem() {
        List<RallyStats.Segment> parts = RallyStats.segments(RallyStats.rows(match()), 5_400, 30, 6);

        assertThat(parts).hasSize(3);
        assertThat(parts).extracting(RallyStats.Segment::rallies).containsExactly(1, 1, 1);
        assertThat(parts).extracting(RallyStats.Segment::meanSeconds).containsExactly(3.0, 7.5, 1.0);
    }

    @Test
    void nextAndPreviousFindRallyStarts() {
        TimelineData d = match();

        assertThat(RallyStats.nextStart(d, 0)).isEqualTo(30);
        assertThat(RallyStats.nextStart(d, 30)).isEqualTo(2_000);
        assertThat(RallyStats.nextStart(d, 5_000)).isEqualTo(-1);
        assertThat(RallyStats.previousStart(d, 2_100)).isEqualTo(2_000);
        assertThat(RallyStats.previousStart(d, 2_000)).isEqualTo(30);
        assertThat(RallyStats.previousStart(d, 30)).isEqualTo(-1);
    }

    @Test
    void theCoachSummaryReadsCountMeanMedianAndLongest() {
        assertThat(CoachPanel.describe(RallyStats.rows(match())))
                .isEqualTo("3 rallies · mean 3.8 s · median 3.0 s · longest 7.5 s · 0:12 in play");
        assertThat(CoachPanel.describe(List.of())).isEqualTo("No rallies yet.");
    }
}
