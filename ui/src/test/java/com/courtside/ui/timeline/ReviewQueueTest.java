package com.courtside.ui.timeline;

import com.courtside.labeling.store.Review;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReviewQueueTest {

    /**
     * 30 fps, 600 frames, the ball sure (0.9) everywhere except: no ball on 120-139 (rally 1), unsure (0.1) on
     * 330-345 (rally 2), unsure on 500-502 only (too short to count). Rally 1 unreviewed, rally 2 flagged, rally 3
     * reviewed (its unsure frames 460-479 do not count).
     */
    private static TimelineData match() {
        float[] c = new float[600];
        Arrays.fill(c, 0.9f);
        Arrays.fill(c, 120, 140, Float.NaN);
        Arrays.fill(c, 330, 346, 0.1f);
        Arrays.fill(c, 460, 480, 0.1f);
        Arrays.fill(c, 500, 503, 0.1f);
        return new TimelineData(600, 30, List.of(
                new TimelineData.RallyMark(100, 200, Review.UNREVIEWED, false),
                new TimelineData.RallyMark(300, 400, Review.FLAGGED, true),
                new TimelineData.RallyMark(450, 520, Review.REVIEWED, true)), List.of(), c, null);
    }

    @Test
    void flaggedRalliesComeFirstThenMissingAndUnsureBallsThenUnreviewedRallies() {
        List<ReviewQueue.Item> queue = ReviewQueue.of(match());

        assertThat(queue).extracting(i -> i.rally() + ":" + i.reason() + ":" + i.start() + "-" + i.end())
                .containsExactly("2:FLAGGED:300-400", "2:UNSURE:330-345", "1:NO_BALL:120-139",
                        "1:NEVER_REVIEWED:100-200");
        assertThat(queue.get(1).score()).isGreaterThan(queue.get(2).score());
    }

    @Test
    void nextWalksTheQueueInOrderAndWrapsAround() {
        List<ReviewQueue.Item> queue = ReviewQueue.of(match());

        ReviewQueue.Item first = ReviewQueue.next(queue, 0, null);
        ReviewQueue.Item second = ReviewQueue.next(queue, first.start(), first);
        ReviewQueue.Item last = queue.get(queue.size() - 1);

        assertThat(first).isEqualTo(queue.get(0));
        assertThat(second).isEqualTo(queue.get(1));
        assertThat(ReviewQueue.next(queue, last.start(), last)).isEqualTo(queue.get(0));
        assertThat(ReviewQueue.next(List.of(), 0, null)).isNull();
    }

    @Test
    void anEmptyMatchHasNothingToReview() {
        assertThat(ReviewQueue.of(TimelineData.blank(100, 30))).isEmpty();
    }

    @Test
    void whereAPersonCorrectedTheModelComesRightAfterTheFlaggedRallies() {
        boolean[] disagree = new boolean[600];
        Arrays.fill(disagree, 150, 153, true);
        disagree[470] = true; // in the reviewed rally: not listed

        List<ReviewQueue.Item> queue = ReviewQueue.of(match(), disagree);

        assertThat(queue).extracting(i -> i.rally() + ":" + i.reason() + ":" + i.start() + "-" + i.end())
                .startsWith("2:FLAGGED:300-400", "1:DISAGREEMENT:150-152")
                .doesNotContain("3:DISAGREEMENT:470-470");
    }
}
