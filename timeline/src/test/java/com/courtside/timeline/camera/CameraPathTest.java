package com.courtside.timeline.camera;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CameraPathTest {

    @Test
    void keepsEachFramesCropInColumnsAndGivesItsTopLeftCorner() {
        CameraPath path = new CameraPath(3, 1920, 1080);
        path.set(1, 960, 540, 1280, 720);

        assertThat(path.frameCount()).isEqualTo(3);
        assertThat(path.sourceWidth()).isEqualTo(1920);
        assertThat(path.sourceHeight()).isEqualTo(1080);
        assertThat(new float[] {path.centreX(1), path.centreY(1), path.width(1), path.height(1)})
                .containsExactly(960, 540, 1280, 720);
        assertThat(path.crop(1)).isEqualTo(new Crop(320, 180, 1280, 720));
        assertThat(path.crop(1).centreX()).isEqualTo(960);
    }

    @ParameterizedTest
    @CsvSource({"100, 540, 1280, 720, 0, 180", "1900, 540, 1280, 720, 640, 180", "960, 1079, 1280, 720, 320, 360",
            "960, 540, 2000, 1200, 0, 0"})
    void aCropIsMovedIntoTheFrameAndNeverLargerThanIt(float cx, float cy, float w, float h, double x, double y) {
        Crop c = CameraPath.crop(cx, cy, w, h, 1920, 1080);

        assertThat(c.x()).isEqualTo(x);
        assertThat(c.y()).isEqualTo(y);
        assertThat(c.x() + c.w()).isLessThanOrEqualTo(1920);
        assertThat(c.y() + c.h()).isLessThanOrEqualTo(1080);
    }

    @ParameterizedTest
    @CsvSource({"10, 10, true", "0, 0, true", "100, 50, true", "100.01, 50, false", "-0.5, 20, false"})
    void aCropHoldsThePointsOnItsEdges(double x, double y, boolean inside) {
        assertThat(new Crop(0, 0, 100, 50).contains(x, y)).isEqualTo(inside);
    }

    @Test
    void aBadSizeIsRefused() {
        assertThatThrownBy(() -> new CameraPath(-1, 10, 10)).hasMessageContaining("frame count");
        assertThatThrownBy(() -> new CameraPath(1, 0, 10)).hasMessageContaining("0x10");
    }
}
