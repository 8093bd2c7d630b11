package com.courtside.ui.timeline;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class TimelineViewportTest {

    @Test
    void theWholeMatchFillsTheWidth() {
        TimelineViewport all = TimelineViewport.all(864_000, 1440);

        assertThat(all.framesPerPixel()).isEqualTo(600.0);
        assertThat(all.firstVisibleFrame()).isZero();
        assertThat(all.lastVisibleFrame()).isEqualTo(863_999);
        assertThat(all.isAll()).isTrue();
    }

    @ParameterizedTest(name = "zoom ×{1} at x={0} keeps the frame under the pointer")
    @CsvSource({"0, 2", "720, 4", "1439, 10", "300, 0.5"})
    void zoomKeepsTheFrameUnderThePointer(double x, double factor) {
        TimelineViewport view = TimelineViewport.all(864_000, 1440).zoomed(700, 8);
        double before = view.first() + x * view.framesPerPixel();

        TimelineViewport zoomed = view.zoomed(x, factor);

        assertThat(zoomed.first() + x * zoomed.framesPerPixel()).isCloseTo(before, within(1e-6));
        assertThat(zoomed.framesPerPixel()).isCloseTo(view.framesPerPixel() / factor, within(1e-9));
    }

    @Test
    void zoomStopsAtSingleFramesAndAtTheWholeMatch() {
        TimelineViewport in = TimelineViewport.all(864_000, 1440).zoomed(100, 1e9);
        TimelineViewport out = in.zoomed(100, 1e-9);

        assertThat(in.framesPerPixel()).isEqualTo(TimelineViewport.MIN_FRAMES_PER_PIXEL);
        assertThat(in.visibleFrames()).isEqualTo(60.0);
        assertThat(out.isAll()).isTrue();
    }

    @Test
    void panningStopsAtTheEnds() {
        TimelineViewport view = TimelineViewport.all(10_000, 1000).zoomed(500, 10);

        assertThat(view.panned(1e6).first()).isZero();
        assertThat(view.panned(-1e6).lastVisibleFrame()).isEqualTo(9_999);
        assertThat(view.panned(-100).first()).isCloseTo(view.first() + 100, within(1e-9));
    }

    @Test
    void aPlayheadOutOfViewTurnsAPage() {
        TimelineViewport view = TimelineViewport.all(10_000, 1000).zoomed(0, 10);

        assertThat(view.showing(500)).isSameAs(view);
        TimelineViewport turned = view.showing(2_000);
        assertThat(turned.first()).isEqualTo(1_900.0);
        assertThat(turned.framesPerPixel()).isEqualTo(view.framesPerPixel());
    }

    @Test
    void framesAndPixelsMapBothWays() {
        TimelineViewport view = new TimelineViewport(1_000, 500, 100, 0.5);

        assertThat(view.xOf(110)).isEqualTo(20.0);
        assertThat(view.frameAt(20)).isEqualTo(110);
        assertThat(view.frameAt(21)).isEqualTo(110);
        assertThat(view.frameAt(-50)).isEqualTo(75);
        assertThat(view.frameAt(1e9)).isEqualTo(999);
    }
}
