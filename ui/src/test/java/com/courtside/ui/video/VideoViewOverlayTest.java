package com.courtside.ui.video;

import com.courtside.inference.video.FrameImage;
import com.courtside.timeline.BallTrack;
import com.courtside.timeline.LabelSet;
import com.courtside.timeline.Rational;
import com.courtside.ui.overlay.LabelLayer;
import com.courtside.ui.overlay.TrackDetail;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The overlay lands where the video shows: a 320×180 frame letterboxed 2× into a 640×480 view. */
@ExtendWith(ApplicationExtension.class)
class VideoViewOverlayTest {

    private VideoView view;

    @Start
    void start(Stage stage) {
        view = new VideoView();
        StackPane root = new StackPane(view);
        stage.setScene(new Scene(root, 640, 480));
        stage.show();
    }

    @BeforeEach
    void showOneFrameWithABall() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            view.prepare(320, 180, 320, 180);
            FrameImage frame = new FrameImage(320, 180);
            ByteBuffer px = frame.pixels();
            for (int i = 0; i < 320 * 180; i++) {
                px.put((byte) 40).put((byte) 40).put((byte) 40).put((byte) 255);
            }
            assertThat(view.showExact(sink -> {
                sink.accept(frame);
                return 0;
            })).isZero();
            BallTrack ball = new BallTrack(1);
            ball.set(0, 100, 50);
            view.layerProperty().set(new LabelLayer("Ground truth",
                    new LabelSet("test", 320, 180, Rational.of(25, 1), ball, List.of(), List.of())));
            view.overlayFrameProperty().set(0);
            view.layout();
        }).get(10, TimeUnit.SECONDS);
    }

    private WritableImage snapshot() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> view.snapshot(null, null)).get(10, TimeUnit.SECONDS);
    }

    private static boolean ringNear(PixelReader reader, int cx, int cy, int radius) {
        for (int y = cy - radius - 3; y <= cy + radius + 3; y++) {
            for (int x = cx - radius - 3; x <= cx + radius + 3; x++) {
                Color c = reader.getColor(x, y);
                if (c.getRed() > 0.85 && c.getGreen() > 0.55 && c.getGreen() < 0.8 && c.getBlue() < 0.35) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void frameIsLetterboxedAtTwiceItsSize() {
        VideoTransform t = view.transform();
        assertThat(t.scale()).isEqualTo(2.0);
        assertThat(t.offsetX()).isZero();
        assertThat(t.offsetY()).isEqualTo(60.0);
    }

    @Test
    void ballRingIsDrawnAtTheMappedPosition() throws Exception {
        PixelReader reader = snapshot().getPixelReader();
        assertThat(ringNear(reader, 200, 160, 7)).as("ring around view (200, 160)").isTrue();
        assertThat(ringNear(reader, 100, 50, 7)).as("nothing at the unmapped video position").isFalse();
    }

    private static boolean colourNear(PixelReader reader, int cx, int cy, int radius, Color want) {
        for (int y = cy - radius - 3; y <= cy + radius + 3; y++) {
            for (int x = cx - radius - 3; x <= cx + radius + 3; x++) {
                Color c = reader.getColor(x, y);
                if (Math.abs(c.getRed() - want.getRed()) < 0.12 && Math.abs(c.getGreen() - want.getGreen()) < 0.12
                        && Math.abs(c.getBlue() - want.getBlue()) < 0.12) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void analysisIsDrawnBesideTheTruthDetectedAndPredictedInTheirOwnColours() throws Exception {
        BallTrack ball = new BallTrack(2);
        ball.set(0, 200, 100);
        ball.setHidden(1, BallTrack.Visibility.OCCLUDED, 250, 100);
        LabelLayer analysis = new LabelLayer("Ball analysis", new LabelSet("Classical detector", 320, 180,
                Rational.of(25, 1), ball, List.of(), List.of()),
                new TrackDetail(new boolean[] {false, true}, new float[] {1f, 0.3f}));
        WaitForAsyncUtils.asyncFx(() -> view.analysisLayerProperty().set(analysis)).get(10, TimeUnit.SECONDS);
        PixelReader detected = snapshot().getPixelReader();
        assertThat(colourNear(detected, 400, 260, 11, Color.web("#3ddc97"))).as("green ring at view (400, 260)").isTrue();
        assertThat(ringNear(detected, 200, 160, 7)).as("the truth stays").isTrue();

        WaitForAsyncUtils.asyncFx(() -> view.overlayFrameProperty().set(1)).get(10, TimeUnit.SECONDS);
        PixelReader predicted = snapshot().getPixelReader();
        assertThat(colourNear(predicted, 500, 260, 8, Color.web("#b794ff"))).as("violet ring at view (500, 260)").isTrue();
        assertThat(colourNear(predicted, 500, 260, 8, Color.web("#3ddc97"))).as("no detected ring there").isFalse();
    }

    @Test
    void hidingTheOverlayRemovesTheRing() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> view.overlayVisibleProperty().set(false)).get(10, TimeUnit.SECONDS);
        assertThat(ringNear(snapshot().getPixelReader(), 200, 160, 7)).isFalse();
    }
}
