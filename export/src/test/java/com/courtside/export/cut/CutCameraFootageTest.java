package com.courtside.export.cut;

import com.courtside.inference.video.OpenedVideo;
import com.courtside.timeline.Rally;
import com.courtside.timeline.task.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Cuts of footage as cameras write it: B-frames predicted from frames shown after them, a file trimmed on a phone
 * whose first key frame an edit list hides, and a variable frame rate. Every frame the report names must decode,
 * show the source frame it names, and keep its sound.
 */
class CutCameraFootageTest {

    private static final double FRAME = 1.0 / TestMatch.FPS;

    @TempDir
    Path dir;

    @Test
    void aCopyEndingOnAB_FrameRunsOnToItsReferenceAndEveryFrameDecodes() throws Exception {
        OpenedVideo video = TestMatch.bFrameVideo();
        CutReport report = RallyCutter.cut(video, TestMatch.RALLIES, dir.resolve("reel.mp4"),
                CutOptions.defaults().withMode(CutMode.COPY).withPadding(0), ProgressListener.NONE);
        DecodedClip out = DecodedClip.read(dir.resolve("reel.mp4"), 1);

        assertThat(out.numbers).isEqualTo(framesOf(report, 0));
        assertThat(out.frameCount()).isEqualTo(report.framesWritten());
        assertThat(report.segments()).allSatisfy(s -> assertThat(s.actualLast()).isBetween(s.requestedLast(),
                s.requestedLast() + 2));
        assertThat(report.segments()).as("rallies 2 and 3 end on B-frames (frame 20 of a group of 60)")
                .anySatisfy(s -> assertThat(s.actualLast()).isGreaterThan(s.requestedLast()));
        assertThat(report.durationSeconds()).isCloseTo(out.frameCount() * FRAME, within(1e-3));
        List<Double> flashes = out.flashSeconds();
        List<Double> bursts = out.burstSeconds();
        assertThat(flashes).hasSize(TestMatch.FLASHES.length).hasSameSizeAs(bursts);
        for (int i = 0; i < flashes.size(); i++) {
            assertThat(bursts.get(i)).as("tone burst %d", i).isCloseTo(flashes.get(i), within(FRAME));
        }
    }

    @Test
    void aCopyFromTheStartOfAnEditListedVideoShowsItsFirstFrameFirst() throws Exception {
        OpenedVideo video = TestMatch.editListVideo();
        assertThat(video.index().isKeyFrame(0) && video.index().ptsMicros(0) == 0)
                .as("the clip starts with a key frame hidden before its first shown frame")
                .isTrue();
        List<Rally> rallies = List.of(new Rally(10, 40), new Rally(100, 130));
        CutReport report = RallyCutter.cut(video, rallies, dir.resolve("reel.mp4"),
                CutOptions.defaults().withMode(CutMode.COPY).withPadding(0), ProgressListener.NONE);
        DecodedClip out = DecodedClip.read(dir.resolve("reel.mp4"), 1);

        assertThat(report.segments().get(0).actualFirst()).isZero();
        assertThat(out.numbers.get(0)).as("the first frame shown is the source's first shown frame")
                .isEqualTo(TestMatch.EDIT_LIST_START);
        assertThat(out.numbers).isEqualTo(framesOf(report, TestMatch.EDIT_LIST_START));
        assertThat(out.frameCount()).isEqualTo(report.framesWritten());
        assertThat(report.durationSeconds()).isCloseTo(out.frameCount() * FRAME, within(1e-3));
    }

    @Test
    void aReencodedCutOfAVariableRateVideoKeepsItsTimingAndItsSound() throws Exception {
        OpenedVideo video = TestMatch.variableRateVideo();
        assertThat(video.index().isConstantRate()).isFalse();
        CutReport report = RallyCutter.cut(video, TestMatch.RALLIES, dir.resolve("reel.mp4"),
                CutOptions.defaults().withMode(CutMode.REENCODE).withPadding(0), ProgressListener.NONE);
        DecodedClip out = DecodedClip.read(dir.resolve("reel.mp4"), 1);

        assertThat(out.numbers).isEqualTo(framesOf(report, 0));
        // Each frame lasts in the output what it lasted in the source: 25 ms in the first rally, 45 ms in the last.
        assertThat(out.frameMicros.get(11) - out.frameMicros.get(10)).isCloseTo(25_000L, within(1_000L));
        int n = out.frameCount();
        assertThat(out.frameMicros.get(n - 1) - out.frameMicros.get(n - 2)).isCloseTo(45_000L, within(1_000L));
        double seconds = report.segments().stream().mapToDouble(s -> IntStream.rangeClosed(s.actualFirst(),
                s.actualLast()).map(TestMatch::variableMillis).sum() / 1000.0).sum();
        assertThat(report.durationSeconds()).isCloseTo(seconds, within(1e-3));
        List<Double> flashes = out.flashSeconds();
        List<Double> bursts = out.burstSeconds();
        assertThat(flashes).hasSize(TestMatch.FLASHES.length).hasSameSizeAs(bursts);
        for (int i = 0; i < flashes.size(); i++) {
            assertThat(bursts.get(i)).as("tone burst %d", i).isCloseTo(flashes.get(i), within(0.025));
        }
    }

    /** The numbers the frames the report says were written show, in output order. */
    private static List<Integer> framesOf(CutReport report, int shownFirst) {
        return report.segments().stream()
                .flatMap(s -> IntStream.rangeClosed(s.actualFirst(), s.actualLast()).map(f -> f + shownFirst).boxed())
                .toList();
    }
}
