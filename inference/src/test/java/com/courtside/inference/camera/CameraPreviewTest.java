package com.courtside.inference.camera;

import com.courtside.timeline.BallTrack;
import com.courtside.timeline.LabelSet;
import com.courtside.timeline.camera.Aspect;
import com.courtside.timeline.camera.CameraPath;
import com.courtside.timeline.camera.CameraPin;
import com.courtside.timeline.camera.CameraSettings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The preview against the batch planner on a rendered match's true ball, scaled to 1080p. */
class CameraPreviewTest {

    private static LabelSet match;
    private static BallTrack ball;
    private static List<CameraPin> pins;

    @BeforeAll
    static void renderMatch() {
        match = RenderedMatches.truth(3, 40);
        ball = RenderedMatches.scaled(match.ball(), 4);
        pins = List.of(new CameraPin(200, 700, 500, 2.5), new CameraPin(230, 900, 600, 1.5),
                new CameraPin(700, 1500, 300, 3));
    }

    private static CameraPreview preview(CameraSettings s) {
        return new CameraPreview(ball, match.events(), s, pins, 30, 1920, 1080);
    }

    private static CameraPath batch(CameraSettings s) {
        return CameraPlanner.plan(ball, match.events(), s, pins, 30, 1920, 1080);
    }

    @ParameterizedTest
    @EnumSource(Aspect.class)
    void playingThroughGivesTheBatchCropOnEveryFrame(Aspect aspect) {
        CameraSettings s = CameraSettings.DEFAULT.withAspect(aspect);
        CameraPath path = batch(s);
        CameraPreview preview = preview(s);

        assertThat(preview.frameCount()).isEqualTo(path.frameCount()).isEqualTo(match.frameCount());
        for (int f = 0; f < path.frameCount(); f++) {
            assertThat(preview.crop(f)).as("frame %d", f).isEqualTo(path.crop(f));
        }
    }

    @Test
    void scrubbingInRandomOrderGivesTheBatchCropOnEveryFrame() {
        CameraPath path = batch(CameraSettings.DEFAULT);
        CameraPreview preview = preview(CameraSettings.DEFAULT);
        Random random = new Random(5);

        for (int i = 0; i < 3000; i++) {
            int f = random.nextInt(path.frameCount());
            assertThat(preview.crop(f)).as("frame %d", f).isEqualTo(path.crop(f));
        }
    }

    @Test
    void anEarlyFrameIsComputedWithoutGoingFurther() {
        CameraPreview preview = preview(CameraSettings.DEFAULT);

        preview.crop(10);
        assertThat(preview.checkpointCount()).isEqualTo(2);
        preview.crop(5 * CameraPreview.CHECKPOINT_FRAMES + 3);
        assertThat(preview.checkpointCount()).isEqualTo(7);
        preview.crop(1);
        assertThat(preview.checkpointCount()).isEqualTo(7);
    }

    @Test
    void anEditedBallIsFollowedFromTheEditOnAndTheStatesBeforeItAreKept() {
        BallTrack original = RenderedMatches.scaled(match.ball(), 4);
        CameraPreview preview = new CameraPreview(original, match.events(), CameraSettings.DEFAULT, pins, 30, 1920,
                1080);
        preview.crop(match.frameCount() - 1);
        BallTrack edited = RenderedMatches.scaled(match.ball(), 4);
        for (int f = 500; f < 530; f++) {
            edited.set(f, 1800, 100);
        }

        CameraPreview next = new CameraPreview(preview, edited, match.events(), pins, 500);

        CameraPath before = batch(CameraSettings.DEFAULT);
        CameraPath after = CameraPlanner.plan(edited, match.events(), CameraSettings.DEFAULT, pins, 30, 1920, 1080);
        assertThat(next.checkpointCount()).isEqualTo(500 / CameraPreview.CHECKPOINT_FRAMES + 1);
        for (int f = match.frameCount() - 1; f >= 0; f -= 7) {
            assertThat(next.crop(f)).as("frame %d", f).isEqualTo(after.crop(f));
        }
        assertThat(after.crop(499)).isEqualTo(before.crop(499));
        assertThat(after.crop(530)).isNotEqualTo(before.crop(530));
        assertThat(preview.sameCamera(CameraSettings.DEFAULT, 30, 1920, 1080)).isTrue();
        assertThat(preview.sameCamera(CameraSettings.DEFAULT, 60, 1920, 1080)).isFalse();
    }

    @Test
    void aFrameOutsideTheVideoIsRefused() {
        CameraPreview preview = preview(CameraSettings.DEFAULT);

        assertThatThrownBy(() -> preview.crop(match.frameCount())).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> preview.crop(-1)).isInstanceOf(IndexOutOfBoundsException.class);
    }
}
