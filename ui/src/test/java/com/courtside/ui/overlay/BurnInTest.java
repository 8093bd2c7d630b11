package com.courtside.ui.overlay;

import com.courtside.export.cut.FramePlacement;
import com.courtside.ui.video.VideoTransform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class BurnInTest {

    private static final Map<Integer, float[]> SHOTS = Map.of(70, new float[] {0.12f, 0.70f, 0.05f, 0.08f, 0.05f});

    private final BurnIn burnIn = new BurnIn(TestLabels.labels(), null, SHOTS);

    private List<String> textsAt(int frame) {
        RecordingCanvas canvas = new RecordingCanvas();
        burnIn.paint(canvas, frame, VideoTransform.identity(TestLabels.WIDTH, TestLabels.HEIGHT),
                OverlayArea.picture(TestLabels.WIDTH, TestLabels.HEIGHT));
        return canvas.texts();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "9  | ''",
            "10 | Rally 1",
            "40 | Rally 1",
            "41 | ''",
            "60 | Rally 2",
            "80 | Rally 2"})
    void theRallyNumberShowsOnlyInsideARally(int frame, String caption) {
        assertThat(textsAt(frame)).filteredOn(t -> !t.startsWith("Shot")).isEqualTo(caption.isEmpty() ? List.of()
                : List.of(caption));
    }

    @ParameterizedTest
    @ValueSource(ints = {40, 55, 70, 85, 100})
    void shooterScoresShowWithinASecondOfTheRelease(int frame) {
        assertThat(textsAt(frame)).contains("Shot: O1 12% O2 70% O3 5% O4 8% O5 5%");
    }

    @Test
    void theShotLineGoesUnderTheRallyNumber() {
        assertThat(textsAt(70)).containsExactly("Rally 2", "Shot: O1 12% O2 70% O3 5% O4 8% O5 5%");
    }

    @ParameterizedTest
    @ValueSource(ints = {39, 101})
    void shooterScoresAreGoneMoreThanASecondFromTheRelease(int frame) {
        assertThat(textsAt(frame)).noneMatch(t -> t.startsWith("Shot"));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 5, 20, 25, 36, 50, 70, 89})
    void everythingDrawnLiesInsideTheReportedRectangle(int frame) {
        BufferedImage layer = new BufferedImage(TestLabels.WIDTH, TestLabels.HEIGHT, BufferedImage.TYPE_INT_ARGB);
        Rectangle drawn = burnIn.paint(frame, layer, FramePlacement.identity(TestLabels.WIDTH, TestLabels.HEIGHT));

        int inside = 0;
        for (int y = 0; y < layer.getHeight(); y++) {
            for (int x = 0; x < layer.getWidth(); x++) {
                if ((layer.getRGB(x, y) >>> 24) != 0) {
                    assertThat(drawn.contains(x, y)).as("pixel (%d, %d) of frame %d inside %s", x, y, frame, drawn)
                            .isTrue();
                    inside++;
                }
            }
        }
        assertThat(inside).as("frame %d draws something", frame).isPositive();
    }

    @Test
    void aFrameWithoutBallOrCaptionDrawsNothing() {
        BurnIn noRallies = new BurnIn(new com.courtside.timeline.LabelSet("test", 1280, 720,
                com.courtside.timeline.Rational.of(30, 1), new com.courtside.timeline.BallTrack(10), List.of(),
                List.of()), null, Map.of());
        BufferedImage layer = new BufferedImage(1280, 720, BufferedImage.TYPE_INT_ARGB);

        assertThat(noRallies.paint(5, layer, FramePlacement.identity(1280, 720)).isEmpty()).isTrue();
    }

    @Test
    void theRingIsDrawnInTheBallColourAtTheBallsPlace() {
        BufferedImage layer = new BufferedImage(TestLabels.WIDTH, TestLabels.HEIGHT, BufferedImage.TYPE_INT_ARGB);
        burnIn.paint(45, layer, FramePlacement.identity(TestLabels.WIDTH, TestLabels.HEIGHT));

        // The ring's radius is 10 px at 720p: its right edge is 10 px right of the ball.
        int argb = layer.getRGB((int) TestLabels.ballX(45) + 10, (int) TestLabels.ballY(45));
        assertThat(argb & 0xffffff).isEqualTo(0xffb020);
        assertThat(argb >>> 24).isGreaterThan(200);
        assertThat(layer.getRGB((int) TestLabels.ballX(45), (int) TestLabels.ballY(45)) >>> 24).as("hollow").isZero();
    }

    @Test
    void aFollowCamPlacementMapsTheSourceIntoTheCrop() {
        // A 320×181 crop at (400, 300) of the source, scaled to 1280×720: 4× across, 3.978× down.
        FramePlacement p = new FramePlacement(1280, 720, 4, 720 / 181.0, -1600, -300 * 720 / 181.0);
        VideoTransform view = BurnIn.view(p, 1280, 720);

        assertThat(view.viewX(560)).isCloseTo(p.pictureX(560), within(1e-9));
        assertThat(view.viewY(390.5)).isCloseTo(p.pictureY(390.5), within(1e-9));
        assertThat(view.viewX(400)).isCloseTo(p.pictureX(400), within(2.0));
        assertThat(view.viewY(300)).isCloseTo(p.pictureY(300), within(2.0));
    }
}
