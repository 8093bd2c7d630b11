package com.courtside.ui.overlay;

import com.courtside.ui.video.VideoTransform;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same frame of the overlay drawn on the window's JavaFX canvas and on a Java2D picture for burning in looks
 * the same: the marks cover the same pixels in nearly the same colours. (The captions' text is left out: the two
 * toolkits rasterise glyphs differently.)
 */
@ExtendWith(ApplicationExtension.class)
class OverlayPixelParityTest {

    private static final int W = 640;
    private static final int H = 360;
    private static final int GREY = 0xff333333;
    /** Below the caption box of row 0. */
    private static final int MARKS_FROM_Y = 50;

    @Start
    void start(Stage stage) {
        // The canvas is drawn and snapshotted off screen; the shared primary stage is left alone.
    }

    private final OverlayPainter painter = new OverlayPainter(OverlayPalette.DEFAULT);
    private final LabelLayer layer = new LabelLayer("Labels", TestLabels.labels());
    private final VideoTransform view = VideoTransform.identity(W, H);

    private int[] javaFx(int frame) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            Canvas canvas = new Canvas(W, H);
            GraphicsContext g = canvas.getGraphicsContext2D();
            g.setFill(javafx.scene.paint.Color.web("#333333"));
            g.fillRect(0, 0, W, H);
            painter.paint(g, view, layer, frame);
            WritableImage shot = canvas.snapshot(null, null);
            PixelReader reader = shot.getPixelReader();
            int[] out = new int[W * H];
            for (int y = 0; y < H; y++) {
                for (int x = 0; x < W; x++) {
                    out[y * W + x] = reader.getArgb(x, y);
                }
            }
            return out;
        }).get(10, TimeUnit.SECONDS);
    }

    private int[] java2d(int frame) {
        BufferedImage picture = new BufferedImage(W, H, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = picture.createGraphics();
        g.setColor(new java.awt.Color(GREY, true));
        g.fillRect(0, 0, W, H);
        painter.paint(new PictureCanvas(g, W, H), view, OverlayArea.of(view), layer, frame, 0);
        g.dispose();
        return picture.getRGB(0, 0, W, H, null, 0, W);
    }

    private static int difference(int a, int b) {
        int d = 0;
        for (int shift = 0; shift <= 16; shift += 8) {
            d = Math.max(d, Math.abs(((a >> shift) & 0xff) - ((b >> shift) & 0xff)));
        }
        return d;
    }

    @ParameterizedTest
    @ValueSource(ints = {20, 36, 50})
    void bothToolkitsPaintTheMarksAlike(int frame) throws Exception {
        int[] fx = javaFx(frame);
        int[] awt = java2d(frame);

        int marked = 0;
        int apart = 0;
        long totalDifference = 0;
        for (int i = MARKS_FROM_Y * W; i < W * H; i++) {
            boolean fxMarked = difference(fx[i], GREY) > 24;
            boolean awtMarked = difference(awt[i], GREY) > 24;
            if (fxMarked || awtMarked) {
                marked++;
                totalDifference += difference(fx[i], awt[i]);
                apart += difference(fx[i], awt[i]) > 64 ? 1 : 0;
            }
        }
        System.out.printf("frame %d: %d pixels marked, %d far apart, mean difference %.1f%n", frame, marked, apart,
                totalDifference / (double) marked);
        assertThat(marked).as("frame %d shows marks", frame).isGreaterThan(100);
        assertThat(apart).as("pixels whose colours differ by over a quarter").isLessThan(marked / 10);
        assertThat(totalDifference / (double) marked).as("mean difference per marked pixel").isLessThan(16);
    }
}
