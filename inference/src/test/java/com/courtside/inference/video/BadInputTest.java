package com.courtside.inference.video;

import com.courtside.inference.video.VideoOpenException.Problem;
import com.courtside.timeline.task.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@Timeout(30)
class BadInputTest {

    @TempDir
    Path dir;

    private VideoOpenException openFails(Path file) {
        try {
            new VideoProbe(null, 1).open(file, ProgressListener.NONE);
        } catch (VideoOpenException e) {
            return e;
        }
        throw new AssertionError("opening " + file + " should have failed");
    }

    @Test
    void missingFileSaysNoFileAtPath() {
        VideoOpenException e = openFails(dir.resolve("nowhere.mp4"));
        assertThat(e.problem()).isEqualTo(Problem.NOT_FOUND);
        assertThat(e.getMessage()).contains("No file at").contains("nowhere.mp4");
    }

    @Test
    void zeroLengthFileSaysEmpty() throws Exception {
        VideoOpenException e = openFails(Files.createFile(dir.resolve("empty.mp4")));
        assertThat(e.problem()).isEqualTo(Problem.EMPTY);
        assertThat(e.getMessage()).contains("empty (0 bytes)");
    }

    @Test
    void textFileIsNotAVideo() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.mp4"), "these are not frames\n".repeat(200), StandardCharsets.UTF_8);
        VideoOpenException e = openFails(text);
        assertThat(e.problem()).isEqualTo(Problem.NOT_VIDEO);
        assertThat(e.getMessage()).contains("notes.mp4").contains("not a video").contains("(Invalid data found when processing input).")
                .doesNotContainPattern("[\\x00-\\x08\\x7f-\\x9f]");
    }

    @Test
    void folderIsNotAVideo() {
        VideoOpenException e = openFails(dir);
        assertThat(e.problem()).isEqualTo(Problem.NOT_VIDEO);
    }

    @Test
    void truncatedMp4WithIndexAtTheEndIsReportedDamaged() throws Exception {
        Path whole = NumberedClips.write(dir.resolve("whole.mp4"), 90, 30, 30, 0);
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = Files.write(dir.resolve("cut.mp4"), Arrays.copyOf(bytes, bytes.length / 2));
        VideoOpenException e = openFails(cut);
        assertThat(e.getMessage()).contains("cut.mp4");
        assertThat(e.problem()).isIn(Problem.NOT_VIDEO, Problem.DAMAGED);
    }

    @Test
    void truncatedStreamableFileKeepsTheFramesThatDecode() throws Exception {
        Path whole = NumberedClips.write(dir.resolve("whole.mkv"), 90, 30, 10, 0);
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = Files.write(dir.resolve("cut.mkv"), Arrays.copyOf(bytes, bytes.length * 2 / 3));
        OpenedVideo video = new VideoProbe(null, 1).open(cut, ProgressListener.NONE);
        assertThat(video.facts().frameCount()).isBetween(30, 89);
        try (VideoDecoder decoder = VideoDecoder.open(video, 1)) {
            FrameImage image = decoder.newFrame();
            int last = video.facts().frameCount() - 1;
            decoder.read(last, image);
            assertThat(NumberedClips.numberOf(image)).isEqualTo(last);
        }
    }

    @Test
    void unknownCodecIsNamedAsUnsupported() throws Exception {
        Path avi = NumberedClips.write(dir.resolve("clip.avi"), 30, 30, 10, 0);
        byte[] bytes = Files.readAllBytes(avi);
        // Replace the codec's four-character code in the AVI headers with one no decoder knows.
        for (String tag : new String[] {"FMP4", "fmp4", "XVID", "xvid", "DIVX", "divx", "DX50", "mp4v"}) {
            byte[] needle = tag.getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i + 4 <= bytes.length && i < 4096; i++) {
                if (Arrays.equals(bytes, i, i + 4, needle, 0, 4)) {
                    System.arraycopy("QQQQ".getBytes(StandardCharsets.US_ASCII), 0, bytes, i, 4);
                }
            }
        }
        Path patched = Files.write(dir.resolve("unknown.avi"), bytes);
        VideoOpenException e = openFails(patched);
        assertThat(e.problem()).isEqualTo(Problem.UNSUPPORTED_CODEC);
        assertThat(e.getMessage()).contains("QQQQ").contains("Convert it");
    }

    @Test
    void decoderThreadReportsNothingForAGoodFileAndStopsOnClose() throws Exception {
        OpenedVideo video = new VideoProbe(null, 1).open(NumberedClips.write(dir.resolve("ok.mp4"), 60, 30, 30, 0),
                ProgressListener.NONE);
        try (FrameServer server = new FrameServer(video, 32L << 20, 1, new FrameServer.Listener() {
            @Override
            public void frameReady(int index, boolean proxy) {
            }

            @Override
            public void failed(VideoOpenException error) {
                throw new AssertionError(error);
            }
        })) {
            server.request(10);
        }
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().equals("courtside-decoder") && t.isAlive());
    }

    @Test
    void seekBeyondTheEndIsRefused() throws Exception {
        OpenedVideo video = new VideoProbe(null, 1).open(NumberedClips.write(dir.resolve("short.mp4"), 20, 30, 10, 0),
                ProgressListener.NONE);
        try (VideoDecoder decoder = VideoDecoder.open(video, 1)) {
            assertThatThrownBy(() -> decoder.read(20, decoder.newFrame())).isInstanceOf(IndexOutOfBoundsException.class);
        }
    }
}
