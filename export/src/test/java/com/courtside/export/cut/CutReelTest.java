package com.courtside.export.cut;

import com.courtside.inference.video.OpenedVideo;
import com.courtside.timeline.task.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CutReelTest {

    private static final double FRAME = 1.0 / TestMatch.FPS;

    @TempDir
    Path dir;

    private final OpenedVideo video = TestMatch.video();

    @Test
    void copyReelLastsTheSumOfItsSegmentsWithinTheReportedSnap() throws Exception {
        CutReport report = cut(CutMode.COPY);
        DecodedClip out = DecodedClip.read(dir.resolve("reel.mp4"), 1);

        int requested = report.segments().stream().mapToInt(s -> s.requestedLast() - s.requestedFirst() + 1).sum();
        int snapped = report.segments().stream().mapToInt(SegmentReport::snapFrames).sum();
        assertThat(out.frameCount()).isEqualTo(report.framesWritten())
                .isBetween(requested, requested + snapped);
        assertThat(report.durationSeconds()).isCloseTo(out.frameCount() * FRAME, within(1e-3));
        assertThat(report.maxSnapSeconds()).isPositive();
        int previousLast = -1;
        for (SegmentReport s : report.segments()) {
            assertThat(video.index().isKeyFrame(s.actualFirst()) || s.actualFirst() == previousLast + 1)
                    .as("segment at %d starts on a key frame or runs on from the one before", s.actualFirst())
                    .isTrue();
            assertThat(s.snapSeconds()).isCloseTo(s.snapFrames() * FRAME, within(1e-3));
            previousLast = s.actualLast();
        }
        assertThat(out.numbers).isEqualTo(framesOf(report));
    }

    @Test
    void copyReelKeepsAudioInSync() throws Exception {
        cut(CutMode.COPY);
        assertInSync(DecodedClip.read(dir.resolve("reel.mp4"), 1));
    }

    @Test
    void reencodedReelHoldsExactlyTheRequestedFrames() throws Exception {
        CutReport report = cut(CutMode.REENCODE);
        DecodedClip out = DecodedClip.read(dir.resolve("reel.mp4"), 1);

        List<Integer> expected = framesOf(report);
        assertThat(report.segments()).allSatisfy(s -> assertThat(s.snapFrames()).isZero());
        // Rallies 40-90, 150-200 and 262-320 padded by 30 frames; the second starts after the first ends.
        assertThat(expected).isEqualTo(Stream.of(IntStream.rangeClosed(10, 120), IntStream.rangeClosed(121, 230),
                IntStream.rangeClosed(232, 350)).flatMap(IntStream::boxed).toList());
        assertThat(out.numbers).isEqualTo(expected);
        assertThat(report.durationSeconds()).isCloseTo(expected.size() * FRAME, within(1e-6));
        assertThat(report.videoCodec()).isEqualTo("libopenh264");
    }

    @Test
    void reencodedReelKeepsAudioInSyncAndAsLongAsTheVideo() throws Exception {
        cut(CutMode.REENCODE);
        DecodedClip out = DecodedClip.read(dir.resolve("reel.mp4"), 1);
        assertInSync(out);
        assertThat(out.audioSeconds()).isCloseTo(out.videoSeconds(), within(FRAME));
    }

    @Test
    void perRallyCutWritesOneNamedFilePerChosenRally() throws Exception {
        CutOptions options = CutOptions.defaults().withMode(CutMode.REENCODE).withLayout(CutLayout.PER_RALLY)
                .withPadding(0).withSelected(List.of(2, 0));
        CutReport report = RallyCutter.cut(video, TestMatch.RALLIES, dir, options, ProgressListener.NONE);

        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted())
                    .containsExactly("match-rally-01.mp4", "match-rally-03.mp4");
        }
        assertThat(report.files()).containsExactly(dir.resolve("match-rally-01.mp4").toAbsolutePath(),
                dir.resolve("match-rally-03.mp4").toAbsolutePath());
        DecodedClip third = DecodedClip.read(dir.resolve("match-rally-03.mp4"), 1);
        assertThat(third.numbers).isEqualTo(IntStream.rangeClosed(262, 320).boxed().toList());
    }

    private CutReport cut(CutMode mode) throws CutException {
        CutOptions options = CutOptions.defaults().withMode(mode).withPadding(1.0);
        return RallyCutter.cut(video, TestMatch.RALLIES, dir.resolve("reel.mp4"), options, ProgressListener.NONE);
    }

    /** The source frames the report says were written, in output order. */
    private static List<Integer> framesOf(CutReport report) {
        return report.segments().stream()
                .flatMap(s -> IntStream.rangeClosed(s.actualFirst(), s.actualLast()).boxed())
                .toList();
    }

    /** Every flash is in the output, and the tone burst starts within one frame of it. */
    private static void assertInSync(DecodedClip out) {
        List<Double> flashes = out.flashSeconds();
        List<Double> bursts = out.burstSeconds();
        assertThat(flashes).hasSize(TestMatch.FLASHES.length);
        assertThat(bursts).hasSameSizeAs(flashes);
        for (int i = 0; i < flashes.size(); i++) {
            assertThat(bursts.get(i)).as("tone burst %d", i).isCloseTo(flashes.get(i), within(FRAME));
        }
    }
}
