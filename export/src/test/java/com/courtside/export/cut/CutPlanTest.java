package com.courtside.export.cut;

import com.courtside.inference.video.FrameIndex;
import com.courtside.timeline.Rally;
import com.courtside.timeline.Rational;
import com.courtside.timeline.camera.Aspect;
import com.courtside.timeline.camera.Crop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.BitSet;
import java.util.List;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class CutPlanTest {

    private static final Rational FPS = Rational.of(30, 1);
    private static final List<Rally> RALLIES = List.of(new Rally(100, 200), new Rally(20, 50), new Rally(210, 290));

    @Test
    void reelPutsRalliesInTimeOrderAndShowsNoFrameTwice() {
        CutOptions options = CutOptions.defaults().withPadding(0.5);

        List<List<Segment>> plan = SegmentPlanner.plan(RALLIES, options, FPS, 300);

        assertThat(plan).containsExactly(List.of(new Segment(1, 5, 65), new Segment(0, 85, 215),
                new Segment(2, 216, 299)));
    }

    @Test
    void perRallyKeepsEachRallyWholeWithItsPadding() {
        CutOptions options = CutOptions.defaults().withPadding(0.5).withLayout(CutLayout.PER_RALLY)
                .withSelected(List.of(2, 0));

        List<List<Segment>> plan = SegmentPlanner.plan(RALLIES, options, FPS, 300);

        assertThat(plan).containsExactly(List.of(new Segment(0, 85, 215)), List.of(new Segment(2, 195, 299)));
    }

    @Test
    void unknownRallyIsRefusedByNumber() {
        CutOptions options = CutOptions.defaults().withSelected(List.of(3));

        assertThatThrownBy(() -> SegmentPlanner.plan(RALLIES, options, FPS, 300))
                .hasMessage("there is no rally 4; the video has 3 rallies");
    }

    @Test
    void copySnapsToTheKeyFrameBeforeAndRunsOnWhereThatIsAlreadyWritten() {
        FrameIndex index = index(300, 0, 60, 120, 180, 240);
        List<Segment> reel = List.of(new Segment(0, 70, 130), new Segment(1, 150, 200), new Segment(2, 250, 260));

        List<SegmentReport> snapped = KeyFrameSnap.snap(reel, index, Path.of("reel.mp4"));

        assertThat(snapped).extracting(SegmentReport::actualFirst).containsExactly(60, 131, 240);
        assertThat(snapped).extracting(SegmentReport::snapFrames).containsExactly(10, 19, 10);
        assertThat(snapped.get(0).snapSeconds()).isCloseTo(10 / 30.0, within(1e-6));
        assertThat(KeyFrameSnap.runs(snapped)).containsExactly(new int[] {60, 200}, new int[] {240, 260});
    }

    @ParameterizedTest
    @CsvSource({
            // crop x, y, w, h           -> x, y, w, h of the source rectangle (1920x1080 source, 16:9 output)
            "800, 400, 640, 360,            800, 400, 640, 360",
            "800, 400, 360, 360,            660, 400, 640, 360",   // too narrow: widened around its centre
            "1700, 900, 640, 360,           1280, 720, 640, 360",  // past the corner: moved inside
            "0, 0, 4000, 3000,              0, 0, 1920, 1080",     // larger than the frame: the whole frame
            "101, 51, 321, 181,             100, 50, 322, 182",    // odd: on the chroma grid
    })
    void cropIsWidenedToTheOutputShapeKeptInsideAndAligned(double x, double y, double w, double h, int ex, int ey,
                                                          int ew, int eh) {
        CropRect r = CropRect.fit(new Crop(x, y, w, h), 1920, 1080, 1280, 720, 2, 2);

        assertThat(r).isEqualTo(new CropRect(ex, ey, ew, eh));
    }

    @ParameterizedTest
    @CsvSource({"low, 3110400", "medium, 6220800", "high, 12441600", "6000k, 6000000", "2.5M, 2500000"})
    void qualityIsABitRateThatScalesWithTheFrame(String text, long bitsAt1080p30) {
        assertThat(Quality.parse(text).bitsPerSecond(1920, 1080, FPS)).isEqualTo(bitsAt1080p30);
    }

    @ParameterizedTest
    @CsvSource({"16:9, 1920x1080", "9:16, 1080x1920", "1:1, 1920x1080"})
    void followCamSizeFollowsTheCameraShape(String aspect, String size) {
        assertThat(OutputSize.defaultFor(Aspect.fromWire(aspect))).isEqualTo(OutputSize.parse(size));
    }

    private static FrameIndex index(int frames, int... keys) {
        BitSet keySet = new BitSet();
        for (int k : keys) {
            keySet.set(k);
        }
        long[] pts = LongStream.range(0, frames).map(f -> Math.round(f * 1e6 / 30)).toArray();
        return new FrameIndex(pts, keySet, true);
    }
}
