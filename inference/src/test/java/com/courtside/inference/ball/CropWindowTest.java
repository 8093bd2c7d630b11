package com.courtside.inference.ball;

import com.courtside.inference.video.FrameImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.ByteBuffer;
import java.nio.FloatBuffer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Where the local stage's 320x128 crop lies in a full-resolution frame, and what it hands the model. */
class CropWindowTest {

    @ParameterizedTest(name = "{0}x{1}, estimate ({2}, {3}) -> crop at ({4}, {5})")
    @CsvSource({
            // centred: the rounded estimate minus half the crop
            "1920, 1080,  960.0,  540.0,  800,  476",
            "1920, 1080,  960.5,  540.49, 801,  476",
            "1280,  720,  640.2,  360.7,  480,  297",
            // clamped at the left and top edges
            "1920, 1080,   10.0,    5.0,    0,    0",
            "1280,  720,  159.0,   63.0,    0,    0",
            "1280,  720,   -4.0,   -9.0,    0,    0",
            // clamped at the right and bottom edges
            "1920, 1080, 1915.0, 1079.0, 1600,  952",
            "1280,  720, 1279.0,  719.5,  960,  592",
            "1280,  720, 1300.0,  800.0,  960,  592",
            // a frame exactly the crop's size leaves one place
            " 320,  128,  100.0,  100.0,    0,    0"})
    void cropIsCentredOnTheEstimateAndStaysInsideTheFrame(int frameWidth, int frameHeight, double x, double y,
                                                          int cropX, int cropY) {
        CropWindow crop = CropWindow.around(x, y, 320, 128, frameWidth, frameHeight);
        assertThat(crop).isEqualTo(new CropWindow(cropX, cropY, 320, 128));
        assertThat(crop.x() + crop.width()).isLessThanOrEqualTo(frameWidth);
        assertThat(crop.y() + crop.height()).isLessThanOrEqualTo(frameHeight);
    }

    @Test
    void frameSmallerThanTheCropHasNoRoom() {
        assertThat(CropWindow.fits(320, 128, 320, 180)).isTrue();
        assertThat(CropWindow.fits(320, 128, 256, 144)).isFalse();
        assertThatThrownBy(() -> CropWindow.around(100, 50, 320, 128, 256, 144))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no room");
    }

    @Test
    void cropIsWrittenAsRgbPlanesOfTheRectangleOnly() {
        FrameImage frame = new FrameImage(40, 30);
        ByteBuffer bgra = frame.pixels();
        for (int y = 0; y < 30; y++) {
            for (int x = 0; x < 40; x++) {
                int o = (y * 40 + x) * 4;
                bgra.put(o, (byte) (x + y));        // blue
                bgra.put(o + 1, (byte) 100);        // green
                bgra.put(o + 2, (byte) (2 * x));    // red
                bgra.put(o + 3, (byte) 255);
            }
        }
        CropWindow crop = new CropWindow(30, 22, 10, 8);
        FloatBuffer out = FloatBuffer.allocate(2 * 3 * 80);
        crop.toPlanes(frame, out);
        crop.toPlanes(frame, out);
        assertThat(out.position()).isEqualTo(2 * 3 * 80);
        int plane = 80;
        for (int frameSlot = 0; frameSlot < 2; frameSlot++) {
            int base = frameSlot * 3 * plane;
            // pixel (3, 5) of the crop is (33, 27) of the frame
            int i = 5 * 10 + 3;
            assertThat(out.get(base + i)).isEqualTo(66 / 255f);
            assertThat(out.get(base + plane + i)).isEqualTo(100 / 255f);
            assertThat(out.get(base + 2 * plane + i)).isEqualTo(60 / 255f);
        }
    }

    @Test
    void cropOutsideTheFrameIsRefused() {
        FrameImage frame = new FrameImage(40, 30);
        assertThatThrownBy(() -> new CropWindow(35, 0, 10, 8).toPlanes(frame, FloatBuffer.allocate(240)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not fit");
    }
}
