package com.courtside.inference.ball;

import com.courtside.inference.ball.BoxesDecoder.Box;
import com.courtside.inference.ball.BoxesDecoder.ClassScores;
import com.courtside.inference.ball.BoxesDecoder.Classes;
import com.courtside.inference.video.FrameImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The ball-boxes contract's pre- and post-processing on hand-built frames and output arrays. */
class BoxesDecoderTest {

    private static final Classes BALL_PERSON = new Classes(2, 0);

    private static float logit(double p) {
        return (float) Math.log(p / (1 - p));
    }

    /** YOLO output [4 + C, A] from one row per anchor: cx, cy, w, h, then the class scores. */
    private static float[] yoloChannelsFirst(float[][] anchors) {
        int channels = anchors[0].length;
        float[] out = new float[channels * anchors.length];
        for (int a = 0; a < anchors.length; a++) {
            for (int c = 0; c < channels; c++) {
                out[c * anchors.length + a] = anchors[a][c];
            }
        }
        return out;
    }

    @Test
    void detrSigmoidGivesBallBoxesAboveTheFloorBestFirstInInputPixels() {
        float[] boxes = {
                0.5f, 0.25f, 0.1f, 0.1f,
                0.1f, 0.1f, 0.05f, 0.05f,
                0.9f, 0.75f, 0.2f, 0.1f};
        float[] logits = {
                logit(0.8), 5f,          // a ball
                logit(0.04), 3f,         // a person, hardly a ball
                logit(0.5), -2f};        // a weaker ball
        List<Box> found = BoxesDecoder.decodeDetr(boxes, logits, BALL_PERSON, ClassScores.SIGMOID, 64, 32, 0.3f);

        assertThat(found).hasSize(2);
        Box best = found.get(0);
        assertThat(best.score()).isCloseTo(0.8f, within(1e-5f));
        // Normalised 0.5 is the middle of 64 pixels: between pixels 31 and 32.
        assertThat(best.x()).isCloseTo(31.5f, within(1e-4f));
        assertThat(best.y()).isCloseTo(0.25f * 32 - 0.5f, within(1e-4f));
        assertThat(best.width()).isCloseTo(6.4f, within(1e-4f));
        assertThat(best.height()).isCloseTo(3.2f, within(1e-4f));
        assertThat(found.get(1).score()).isCloseTo(0.5f, within(1e-5f));
        assertThat(found.get(1).x()).isCloseTo(0.9f * 64 - 0.5f, within(1e-4f));
    }

    @Test
    void detrSoftmaxScoresTheBallAgainstTheOtherClassesAndNoObject() {
        float[] boxes = {0.5f, 0.5f, 0.1f, 0.1f};
        float[] logits = {(float) Math.log(2), 0f, 0f};   // ball, person, no object: 2 / (2 + 1 + 1)
        List<Box> found = BoxesDecoder.decodeDetr(boxes, logits, new Classes(3, 0), ClassScores.SOFTMAX, 64, 64, 0.1f);

        assertThat(found).hasSize(1);
        assertThat(found.get(0).score()).isCloseTo(0.5f, within(1e-6f));
    }

    @Test
    void detrReadsTheBallClassWhereverTheLabelsPutIt() {
        float[] boxes = {0.5f, 0.5f, 0.1f, 0.1f};
        float[] logits = {4f, logit(0.7)};
        List<Box> found = BoxesDecoder.decodeDetr(boxes, logits, new Classes(2, 1), ClassScores.SIGMOID, 64, 64, 0.5f);

        assertThat(found).hasSize(1);
        assertThat(found.get(0).score()).isCloseTo(0.7f, within(1e-5f));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', value = {
            "ball,person; 0",
            "person,ball; 1",
            "person,Ball ; 1",
            "person,car,sports ball; 2",
            "person,sports ball,ball; 2",
            "player,racket; 0"})
    void ballClassIsBallThenSportsBallThenTheFirst(String labels, int expected) {
        assertThat(BoxesDecoder.ballIndex(List.of(labels.split(",")))).isEqualTo(expected);
    }

    private static final float[][] YOLO_ANCHORS = {
            {12f, 50f, 30f, 60f, 0.02f, 0.95f},     // a person
            {40f, 20f, 8f, 8f, 0.9f, 0.01f},        // the ball
            {41f, 20f, 8f, 8f, 0.7f, 0.01f},        // the same ball from the next anchor
            {10f, 10f, 6f, 6f, 0.4f, 0.01f},        // a ball-like blob elsewhere
            {30f, 30f, 8f, 8f, 0.1f, 0.20f}};       // background

    @Test
    void yoloChannelsFirstGivesBallCandidatesWithDuplicatesOfTheSameBallDropped() {
        List<Box> found = BoxesDecoder.decodeYolo(yoloChannelsFirst(YOLO_ANCHORS), BALL_PERSON, false, 0.3f);

        assertThat(found).extracting(Box::score).containsExactly(0.9f, 0.4f);
        assertThat(found.get(0).x()).isEqualTo(39.5f);
        assertThat(found.get(0).y()).isEqualTo(19.5f);
        assertThat(found.get(0).width()).isEqualTo(8f);
        assertThat(found.get(1).x()).isEqualTo(9.5f);
    }

    @Test
    void yoloTransposedExportDecodesToTheSameCandidates() {
        float[] anchorsFirst = new float[YOLO_ANCHORS.length * 6];
        for (int a = 0; a < YOLO_ANCHORS.length; a++) {
            System.arraycopy(YOLO_ANCHORS[a], 0, anchorsFirst, a * 6, 6);
        }
        assertThat(BoxesDecoder.decodeYolo(anchorsFirst, BALL_PERSON, true, 0.3f))
                .isEqualTo(BoxesDecoder.decodeYolo(yoloChannelsFirst(YOLO_ANCHORS), BALL_PERSON, false, 0.3f));
    }

    @Test
    void frameWithoutABallGivesNoCandidatesInEitherLayout() {
        float[][] noBall = {{12f, 50f, 30f, 60f, 0.02f, 0.95f}, {30f, 30f, 8f, 8f, 0.1f, 0.2f}};
        assertThat(BoxesDecoder.decodeYolo(yoloChannelsFirst(noBall), BALL_PERSON, false, 0.3f)).isEmpty();

        float[] boxes = {0.5f, 0.5f, 0.2f, 0.4f, 0.2f, 0.2f, 0.1f, 0.1f};
        float[] logits = {-6f, 4f, -5f, -5f};
        assertThat(BoxesDecoder.decodeDetr(boxes, logits, BALL_PERSON, ClassScores.SIGMOID, 64, 64, 0.3f)).isEmpty();
    }

    @Test
    void atMostSixteenCandidatesBestFirst() {
        int queries = 40;
        float[] boxes = new float[4 * queries];
        float[] logits = new float[2 * queries];
        for (int q = 0; q < queries; q++) {
            // Apart from each other, so none is a duplicate of another.
            boxes[4 * q] = (q % 8 + 0.5f) / 8;
            boxes[4 * q + 1] = (q / 8 + 0.5f) / 8;
            boxes[4 * q + 2] = 0.05f;
            boxes[4 * q + 3] = 0.05f;
            logits[2 * q] = logit(0.3 + 0.015 * ((q * 7) % queries));
        }
        List<Box> found = BoxesDecoder.decodeDetr(boxes, logits, BALL_PERSON, ClassScores.SIGMOID, 64, 64, 0.05f);

        assertThat(found).hasSize(BoxesDecoder.MAX_CANDIDATES);
        assertThat(found).extracting(Box::score).isSortedAccordingTo((a, b) -> Float.compare(b, a));
        assertThat(found.get(0).score()).isCloseTo(0.3f + 0.015f * 39, within(1e-5f));
    }

    @Test
    void outputsOfTheWrongLengthAreRefused() {
        assertThatThrownBy(() -> BoxesDecoder.decodeDetr(new float[8], new float[6], BALL_PERSON,
                ClassScores.SIGMOID, 64, 64, 0.5f)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2 classes");
        assertThatThrownBy(() -> BoxesDecoder.decodeYolo(new float[13], BALL_PERSON, false, 0.5f))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("6 channels");
    }

    private static FrameImage solid(int w, int h, int b, int g, int r) {
        FrameImage frame = new FrameImage(w, h);
        ByteBuffer px = frame.pixels();
        for (int i = 0; i < w * h; i++) {
            px.put(i * 4, (byte) b).put(i * 4 + 1, (byte) g).put(i * 4 + 2, (byte) r).put(i * 4 + 3, (byte) 255);
        }
        return frame;
    }

    @Test
    void inputIsRgbPlanesOverTwoHundredFiftyFiveByDefault() {
        BoxesInput input = new BoxesInput(8, 8, BoxesInput.Encoding.of(null, null));
        input.put(solid(8, 8, 10, 51, 255));

        assertThat(input.shape()).containsExactly(1, 3, 8, 8);
        assertThat(input.valueAt(0, 3, 5)).isEqualTo(1f);
        assertThat(input.valueAt(1, 7, 7)).isCloseTo(0.2f, within(1e-6f));
        assertThat(input.valueAt(2, 0, 0)).isCloseTo(10 / 255f, within(1e-6f));
        assertThat(input.buffer().remaining()).isEqualTo(3 * 8 * 8);
    }

    @Test
    void inputHonoursImageNetMeanAndStdAndBgrOrder() {
        Map<String, Object> imageNet = Map.of("scale", 255.0,
                "mean", List.of(0.485, 0.456, 0.406), "std", List.of(0.229, 0.224, 0.225));
        BoxesInput input = new BoxesInput(4, 4, BoxesInput.Encoding.of("BGR", imageNet));
        input.put(solid(4, 4, 0, 128, 255));

        assertThat(input.valueAt(0, 1, 1)).as("blue plane first").isCloseTo((0 - 0.406f) / 0.225f, within(1e-5f));
        assertThat(input.valueAt(1, 1, 1)).isCloseTo((128 / 255f - 0.456f) / 0.224f, within(1e-5f));
        assertThat(input.valueAt(2, 1, 1)).as("red plane last").isCloseTo((1 - 0.485f) / 0.229f, within(1e-5f));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "std zero; RGB; std; 0; \"std\" must be positive",
            "mean of two; RGB; mean; 0.4,0.5; \"mean\" must be one number or three",
            "odd colour order; YUV; scale; 255; \"colorOrder\" must be RGB or BGR"})
    void unusableEncodingIsRefusedNamingTheField(String what, String order, String key, String value, String message) {
        Object parsed = value.contains(",") ? Arrays.stream(value.split(",")).map(Double::valueOf).toList()
                : (Object) Double.valueOf(value);
        assertThatThrownBy(() -> BoxesInput.Encoding.of(order, Map.of(key, parsed)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message);
    }

    @Test
    void frameOfTheWrongSizeIsRefused() {
        BoxesInput input = new BoxesInput(8, 8, BoxesInput.Encoding.RGB_UNIT);
        assertThatThrownBy(() -> input.put(solid(8, 4, 0, 0, 0))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("the model takes 8x8");
    }
}
