package com.courtside.inference.people;

import com.courtside.inference.video.FrameImage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ClassicalPersonDetectorTest {

    static ClassicalPersonDetector detector;

    @BeforeAll
    static void background() {
        List<FrameImage> samples = new ArrayList<>();
        for (int t = 1; t < SyntheticCourt.FRAMES; t += 2) {
            samples.add(SyntheticCourt.frame(t, true));
        }
        detector = ClassicalPersonDetector.fromSamples(samples, ClassicalPersonDetector.Settings.DEFAULT);
    }

    @ParameterizedTest(name = "frame {0}")
    @ValueSource(ints = {2, 10, 30, 36})
    void twoWalkingPeopleGiveTwoBoxesNearTheTruth(int t) {
        List<PersonBox> boxes = detector.detect(SyntheticCourt.frame(t, true), SyntheticCourt.WIDTH, SyntheticCourt.HEIGHT);

        assertThat(boxes).hasSize(2);
        for (int[] truth : SyntheticCourt.people(t)) {
            assertThat(boxes).anySatisfy(b -> assertThat(SyntheticCourt.iou(b, truth)).isGreaterThanOrEqualTo(0.5f));
        }
        assertThat(boxes).allSatisfy(b -> assertThat(b.confidence()).isBetween(0.3f, 1f));
    }

    @Test
    void boxesScaleToTheSourceSize() {
        List<PersonBox> boxes = detector.detect(SyntheticCourt.frame(10, true), 4 * SyntheticCourt.WIDTH,
                4 * SyntheticCourt.HEIGHT);

        int[] truth = SyntheticCourt.people(10)[0];
        int[] scaled = {4 * truth[0], 4 * truth[1], 4 * truth[2], 4 * truth[3]};
        assertThat(boxes).anySatisfy(b -> assertThat(SyntheticCourt.iou(b, scaled)).isGreaterThanOrEqualTo(0.5f));
    }

    @Test
    void anEmptyCourtHasNoPeople() {
        assertThat(detector.detect(SyntheticCourt.frame(7, false), SyntheticCourt.WIDTH, SyntheticCourt.HEIGHT))
                .isEmpty();
    }
}
