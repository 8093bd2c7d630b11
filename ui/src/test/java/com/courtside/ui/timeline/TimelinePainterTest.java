package com.courtside.ui.timeline;

import com.courtside.labeling.store.Review;
import com.courtside.timeline.EventKind;
import com.courtside.timeline.MatchEvent;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TimelinePainterTest {

    private static final int WIDTH = 1000;
    private static final int BALL_ROW = (int) (TimelinePainter.BALL_TOP + TimelinePainter.BALL_HEIGHT - 3);
    private static final int RALLY_ROW = (int) (TimelinePainter.RALLY_TOP + TimelinePainter.RALLY_HEIGHT / 2);

    private final TimelinePainter painter = new TimelinePainter();
    private final RasterSurface surface = new RasterSurface(WIDTH, (int) TimelinePainter.HEIGHT);

    /** 100 000 frames: the ball seen only on frame 50 123; a reviewed rally 20 000–29 999; a bounce at 60 000. */
    private static TimelineData sparse() {
        float[] confidence = new float[100_000];
        Arrays.fill(confidence, Float.NaN);
        confidence[50_123] = 0.9f;
        return new TimelineData(100_000, 30,
                List.of(new TimelineData.RallyMark(20_000, 29_999, Review.REVIEWED, true),
                        new TimelineData.RallyMark(40_000, 40_010, Review.FLAGGED, false)),
                List.of(new MatchEvent(60_000, EventKind.BOUNCE)), confidence, null);
    }

    private boolean lit(int x, int y) {
        return surface.pixel(x, y) != TimelinePainter.LANE;
    }

    @Test
    void zoomedOutASingleDetectedFrameStillShowsInItsColumn() {
        TimelineViewport all = TimelineViewport.all(100_000, WIDTH);

        painter.paint(surface, sparse(), all, -1, null);

        int column = (int) all.xOf(50_123);
        assertThat(lit(column, BALL_ROW - 10)).as("the column holding the one frame").isTrue();
        long litColumns = java.util.stream.IntStream.range(0, WIDTH).filter(x -> lit(x, BALL_ROW - 10)).count();
        assertThat(litColumns).isEqualTo(1);
    }

    @Test
    void rallyBarsAreColouredByReviewAndAShortOneKeepsAPixel() {
        TimelineViewport all = TimelineViewport.all(100_000, WIDTH);

        painter.paint(surface, sparse(), all, -1, null);

        assertThat(lit(250, RALLY_ROW)).isTrue();
        assertThat(lit(150, RALLY_ROW)).isFalse();
        assertThat(lit((int) all.xOf(40_000), RALLY_ROW)).as("an 11-frame rally at 100 frames a pixel").isTrue();
        int reviewed = surface.pixel(250, RALLY_ROW + 3);
        int flagged = surface.pixel((int) all.xOf(40_000), RALLY_ROW + 3);
        assertThat(reviewed).isNotEqualTo(flagged);
    }

    @Test
    void theEventLaneMarksTheBounceAndThePlayheadIsDrawn() {
        TimelineViewport all = TimelineViewport.all(100_000, WIDTH);

        painter.paint(surface, sparse(), all, 75_000, null);

        int bounceX = (int) Math.round(all.xOf(60_000));
        boolean marked = false;
        for (int y = (int) TimelinePainter.EVENT_TOP; y < TimelinePainter.EVENT_TOP + TimelinePainter.EVENT_HEIGHT; y++) {
            for (int x = bounceX - 3; x <= bounceX + 3; x++) {
                marked |= surface.pixel(x, y) == TimelinePainter.colour(EventKind.BOUNCE);
            }
        }
        assertThat(marked).isTrue();
        assertThat(surface.pixel((int) Math.floor(all.xOf(75_000.5)), 100)).isEqualTo(TimelinePainter.PLAYHEAD);
    }

    @Test
    void zoomedInEachFrameIsItsOwnBar() {
        TimelineData d = sparse();
        TimelineViewport in = new TimelineViewport(100_000, WIDTH, 50_100, 1.0 / 20);

        painter.paint(surface, d, in, -1, null);

        int x = (int) in.xOf(50_123);
        assertThat(lit(x + 5, BALL_ROW)).isTrue();
        assertThat(lit(x - 5, BALL_ROW)).as("the frame before has no ball").isFalse();
    }

    @Test
    void anEdgeIsGrabbedNearItAndADragSnapsToFrames() {
        TimelineData d = sparse();
        TimelineViewport view = new TimelineViewport(100_000, WIDTH, 19_900, 1.0);

        TimelinePainter.EdgeDrag start = TimelinePainter.edgeAt(d, view, view.xOf(20_000) + 2, RALLY_ROW);
        TimelinePainter.EdgeDrag none = TimelinePainter.edgeAt(d, view, view.xOf(20_000) + 20, RALLY_ROW);
        TimelinePainter.EdgeDrag outsideTheLane = TimelinePainter.edgeAt(d, view, view.xOf(20_000), 2);

        assertThat(start).isEqualTo(new TimelinePainter.EdgeDrag(20_000, true, 20_000));
        assertThat(none).isNull();
        assertThat(outsideTheLane).isNull();
        assertThat(TimelinePainter.dragTarget(view, true, view.xOf(20_010) + 0.4)).isEqualTo(20_010);
        assertThat(TimelinePainter.dragTarget(view, false, view.xOf(30_010) - 0.4)).isEqualTo(30_009);
    }

    @Test
    void aTwoHourMatchAtOneHundredTwentyFpsIsDrawnWithoutError() {
        int frames = 864_000;
        float[] confidence = new float[frames];
        for (int f = 0; f < frames; f++) {
            confidence[f] = (f % 97) / 97f;
        }
        List<TimelineData.RallyMark> rallies = new java.util.ArrayList<>();
        List<MatchEvent> events = new java.util.ArrayList<>();
        for (int f = 0; f + 1_200 < frames; f += 2_400) {
            rallies.add(new TimelineData.RallyMark(f, f + 1_199, Review.values()[(f / 2_400) % 3], f % 4_800 == 0));
            events.add(new MatchEvent(f + 600, EventKind.BOUNCE));
        }
        float[] play = new float[frames];
        TimelineData d = new TimelineData(frames, 120, rallies, events, confidence, play);

        painter.paint(surface, d, TimelineViewport.all(frames, WIDTH), 400_000, null);
        assertThat(lit(WIDTH / 2, BALL_ROW - 10)).isTrue();
        painter.paint(surface, d, TimelineViewport.all(frames, WIDTH).zoomed(500, 1e6), 400_000,
                new TimelinePainter.EdgeDrag(400_800, true, 400_810));
        assertThat(lit(WIDTH / 2, RALLY_ROW)).isTrue();
    }
}
