package com.courtside.labeling.imports;

import com.courtside.timeline.BallTrack.Visibility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class FrameBallsTest {

    @ParameterizedTest(name = "box from {0} size {1} of a {2} px ball in a {3} px frame: centre {4}")
    @CsvSource({
        "100,   8,    8, 640,  104",     // whole box: its middle
        "0,     5,    8, 640,  1",       // cut by the left or top edge: half a side in from the far side
        "0.01,  5,    8, 640,  1.01",    // touching within the rounding of the formats
        "635,   5,    8, 640,  639",     // cut by the right or bottom edge: half a side in from the near side
        "0,     640,  800, 640, 320",    // cut on both sides: nothing tells where it is, the middle
        "10,    5,    8, 640,  12.5",    // narrower but not at an edge (a foreign, oblong box): its middle
        "0,     5,    8, 0,    2.5",     // frame size unknown: its middle
    })
    void centreOfABoxCutByTheFrameIsWhereTheSquareBoxHadIt(double start, double size, double side, int frame,
                                                            double centre) {
        assertThat(FrameBalls.centre(start, size, side, frame)).isCloseTo(centre, within(1e-9));
    }

    @ParameterizedTest(name = "box {0},{1} {2}x{3}: ball at {4},{5}")
    @CsvSource({
        "318,      178,      4,      4,      320,     180",      // inside: the middle
        "0,        50,       2,      4,      0,       52",       // cut by the left edge: as tall as it was wide
        "637.567,  358.267,  2.433,  1.733,  638.9,   359.6",    // cut at a corner: the box the export draws
        "0,        0,        10,     6,      5,       1",        // at a corner, longer than that: the longer side
    })
    void aBallBoxCutByTheFrameIsCompletedToASquare(double x, double y, double w, double h, float cx, float cy) {
        FrameBalls balls = new FrameBalls(10, 640, 360);
        balls.image(1);
        balls.ball(1, x, y, w, h, Double.NaN);

        ImportedLabels labels = balls.points().toLabels("coco", Path.of("x.json"), List.of(), List.of());

        assertThat(labels.xAt(0)).isCloseTo(cx, within(1e-3f));
        assertThat(labels.yAt(0)).isCloseTo(cy, within(1e-3f));
    }

    @Test
    void framesWithAnImageButNoBallAreNoBallAndOthersAreLeftOutOfThePoints() {
        FrameBalls balls = new FrameBalls(10, 640, 360);
        assertThat(balls.image(2)).isTrue();
        assertThat(balls.image(5)).isTrue();
        assertThat(balls.image(5)).isFalse();
        balls.ball(5, 10, 20, 4, 4, Double.NaN);
        balls.leave("person", 3);

        ImportedLabels labels = balls.points().toLabels("coco", Path.of("x.json"), List.of(),
                List.of(), balls.leftOut());

        assertThat(labels.frames()).containsExactly(2, 5);
        assertThat(labels.visibilityAt(0)).isEqualTo(Visibility.NONE);
        assertThat(labels.xAt(1)).isEqualTo(12f);
        assertThat(labels.leftOut()).isEqualTo("3 person boxes");
        assertThat(labels.toString()).endsWith("; not imported: 3 person boxes");
    }

    @Test
    void aScoredBoxBeatsAnUnscoredOneAndTheFirstWinsATie() {
        FrameBalls balls = new FrameBalls(10, 0, 0);
        balls.image(1);
        balls.ball(1, 0, 0, 2, 2, Double.NaN);
        balls.ball(1, 10, 0, 2, 2, 0.5);
        balls.ball(1, 20, 0, 2, 2, 0.5);

        assertThat(balls.points().toLabels("coco", Path.of("x.json"), List.of(),
                List.of()).xAt(0)).isEqualTo(11f);
        assertThat(balls.leftOut()).isEqualTo("2 extra ball boxes");
    }
}
