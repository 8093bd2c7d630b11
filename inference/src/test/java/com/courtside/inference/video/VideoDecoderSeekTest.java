package com.courtside.inference.video;

import com.courtside.timeline.task.ProgressListener;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class VideoDecoderSeekTest {

    @TempDir
    static Path dir;

    static OpenedVideo open(Path file) throws VideoOpenException {
        return new VideoProbe(null, 2).open(file, ProgressListener.NONE);
    }

    static void assertEverySeekExact(OpenedVideo video, int expectedOffset, long seed, int seeks) throws Exception {
        try (VideoDecoder decoder = VideoDecoder.open(video, 2)) {
            FrameImage image = decoder.newFrame();
            Random random = new Random(seed);
            int n = video.facts().frameCount();
            for (int i = 0; i < seeks; i++) {
                int target = random.nextInt(n);
                decoder.read(target, image);
                assertThat(image.index()).as("index of frame %d", target).isEqualTo(target);
                assertThat(NumberedClips.numberOf(image)).as("number painted in frame %d", target)
                        .isEqualTo(target + expectedOffset);
            }
            // backwards one at a time across a GOP boundary
            for (int target = Math.min(n - 1, 40); target >= Math.max(0, 25); target--) {
                decoder.read(target, image);
                assertThat(NumberedClips.numberOf(image)).isEqualTo(target + expectedOffset);
            }
        }
    }

    @ParameterizedTest(name = "GOP {0}, {1} fps, {2} B-frames")
    @CsvSource({"1, 30, 0", "30, 30, 0", "250, 30, 0", "30, 30, 2", "250, 120, 0"})
    void seekReturnsExactFrameAcrossGop(int gop, int fps, int bFrames) throws Exception {
        Path file = NumberedClips.write(dir.resolve("gop" + gop + "_" + fps + "_" + bFrames + ".mp4"), 600, fps, gop, bFrames);
        OpenedVideo video = open(file);
        assertThat(video.facts().frameCount()).isEqualTo(600);
        assertEverySeekExact(video, 0, gop * 31L + fps, 60);
    }

    @Test
    void editListClipCountsAndSeeksThePresentedFramesOnly() throws Exception {
        Path source = NumberedClips.write(dir.resolve("src_editlist.mp4"), 300, 30, 30, 0);
        Path cut = NumberedClips.cutWithEditList(source, dir.resolve("cut.mp4"), 1.5);
        OpenedVideo video = open(cut);
        try (VideoDecoder decoder = VideoDecoder.open(video, 2)) {
            FrameImage image = decoder.newFrame();
            decoder.read(0, image);
            int first = NumberedClips.numberOf(image);
            assertThat(first).as("the first presented frame is the cut point, not the key frame before it").isEqualTo(45);
        }
        assertThat(video.facts().frameCount()).isEqualTo(300 - 45);
        assertEverySeekExact(video, 45, 7, 40);
    }

    @Test
    void variableFrameRateSeeksByTimestampNotByRate() throws Exception {
        Path file = NumberedClips.writeVariableRate(dir.resolve("vfr.mkv"), 400, new int[] {33, 50, 17, 33, 100}, 60);
        OpenedVideo video = open(file);
        assertThat(video.facts().frameCount()).isEqualTo(400);
        assertThat(video.facts().constantFrameRate()).isFalse();
        assertEverySeekExact(video, 0, 11, 60);
    }

    @Test
    void sequentialDecodeAfterSeekContinuesFromThatFrame() throws Exception {
        OpenedVideo video = open(NumberedClips.write(dir.resolve("seq.mp4"), 200, 30, 50, 0));
        try (VideoDecoder decoder = VideoDecoder.open(video, 2)) {
            FrameImage image = decoder.newFrame();
            decoder.read(123, image);
            for (int expected = 124; expected < 200; expected++) {
                assertThat(decoder.next(image)).isTrue();
                assertThat(NumberedClips.numberOf(image)).isEqualTo(expected);
                assertThat(image.index()).isEqualTo(expected);
            }
            assertThat(decoder.next(image)).as("end of video").isFalse();
        }
    }

    @Test
    void scaledDecoderKeepsFrameNumbers() throws Exception {
        OpenedVideo video = open(NumberedClips.write(dir.resolve("scaled.mp4"), 120, 30, 60, 0));
        try (VideoDecoder decoder = VideoDecoder.openScaled(video, 160, 120, 1)) {
            FrameImage image = decoder.newFrame();
            decoder.read(97, image);
            assertThat(image.width()).isEqualTo(160);
            assertThat(NumberedClips.numberOf(image)).isEqualTo(97);
        }
    }

    @Test
    void interleavedSequentialAndExactReadsStayExact() throws Exception {
        OpenedVideo video = open(NumberedClips.write(dir.resolve("mixed.mp4"), 150, 30, 40, 0));
        try (VideoDecoder decoder = VideoDecoder.open(video, 2)) {
            FrameImage image = decoder.newFrame();
            int[][] script = {{-1, 0}, {-1, 1}, {-1, 2}, {3, 3}, {-1, 4}, {0, 0}, {-1, 1}, {100, 100}, {-1, 101},
                    {102, 102}, {-1, 103}, {50, 50}, {149, 149}};
            for (int[] step : script) {
                if (step[0] < 0) {
                    assertThat(decoder.next(image)).isTrue();
                } else {
                    decoder.read(step[0], image);
                }
                assertThat(image.index()).isEqualTo(step[1]);
                assertThat(NumberedClips.numberOf(image)).isEqualTo(step[1]);
            }
            assertThat(decoder.next(image)).isFalse();
        }
    }

    @Test
    void closingWhileDecodingAheadReleasesCleanly() throws Exception {
        OpenedVideo video = open(NumberedClips.write(dir.resolve("close.mp4"), 200, 30, 50, 0));
        for (int round = 0; round < 30; round++) {
            VideoDecoder decoder = VideoDecoder.open(video, 2);
            FrameImage image = decoder.newFrame();
            for (int i = 0; i <= round % 5; i++) {
                assertThat(decoder.next(image)).isTrue();
            }
            decoder.close(); // the decode-ahead thread is mid-grab or waiting on a full queue
            assertThat(NumberedClips.numberOf(image)).isEqualTo(round % 5);
        }
    }
}
