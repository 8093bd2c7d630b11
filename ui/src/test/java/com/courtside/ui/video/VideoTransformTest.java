package com.courtside.ui.video;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class VideoTransformTest {

    @ParameterizedTest(name = "{0}x{1} in {2}x{3}")
    @CsvSource({
            // video,      view,        scale, offsetX, offsetY
            "1920, 1080, 1280, 800,   0.6666667, 0,   40",    // view taller than 16:9: bars top and bottom
            "1920, 1080, 1600, 720,   0.6666667, 160, 0",     // wider view: bars left and right
            "1280, 720,  1280, 720,   1,         0,   0",     // exact fit
            "640,  480,  1280, 720,   1.5,       160, 0"})    // 4:3 upscaled, pillarboxed
    void fitsCentredKeepingAspect(double vw, double vh, double w, double h, double scale, double ox, double oy) {
        VideoTransform t = VideoTransform.fit(vw, vh, 0, 0, w, h);
        assertThat(t.scale()).isCloseTo(scale, within(1e-6));
        assertThat(t.offsetX()).isCloseTo(ox, within(1e-3));
        assertThat(t.offsetY()).isCloseTo(oy, within(1e-3));
    }

    @Test
    void mapsVideoCornersToTheDisplayedRectangle() {
        VideoTransform t = VideoTransform.fit(1920, 1080, 10, 20, 1280, 800);
        assertThat(t.viewX(0)).isCloseTo(10, within(1e-9));
        assertThat(t.viewY(0)).isCloseTo(20 + 40, within(1e-9));
        assertThat(t.viewX(1920)).isCloseTo(10 + 1280, within(1e-9));
        assertThat(t.viewY(1080)).isCloseTo(20 + 40 + 720, within(1e-9));
        assertThat(t.viewX(960)).isCloseTo(10 + 640, within(1e-9));
    }

    @Test
    void viewToVideoIsTheInverse() {
        VideoTransform t = VideoTransform.fit(1280, 720, 0, 0, 1000, 900);
        assertThat(t.videoX(t.viewX(333.5))).isCloseTo(333.5, within(1e-9));
        assertThat(t.videoY(t.viewY(77.25))).isCloseTo(77.25, within(1e-9));
    }

    @Test
    void labelsOfAnotherResolutionLandOnTheSameRectangle() {
        VideoTransform t = VideoTransform.fit(1280, 720, 0, 0, 1280, 800).forSource(1920, 1080);
        assertThat(t.viewX(1920)).isCloseTo(1280, within(1e-9));
        assertThat(t.viewY(1080)).isCloseTo(40 + 720, within(1e-9));
    }

    @Test
    void anEmptyViewShowsNothing() {
        assertThat(VideoTransform.fit(1280, 720, 0, 0, 0, 0).isEmpty()).isTrue();
        assertThat(VideoTransform.fit(0, 0, 0, 0, 100, 100).isEmpty()).isTrue();
    }

    @Test
    void identityDrawsVideoPixelsOneToOne() {
        VideoTransform t = VideoTransform.identity(1280, 720);
        assertThat(t.viewX(100)).isEqualTo(100);
        assertThat(t.viewY(50)).isEqualTo(50);
    }
}
