package com.courtside.inference.video;

import com.courtside.timeline.task.ProgressListener;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.CRC32;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real clips with edit lists, variable frame rate and an old AVI codec: the decoded frame count matches what
 * FFmpeg presents, and a random seek returns the same pixels as decoding from the start.
 */
class RealFootageTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "tennis-amateur-fixedcam/amateur_clay.mp4, 211",
            "tennis-amateur-fixedcam/amateur_grass.mp4, 164",
            "tennis-amateur-fixedcam/professional_hardcourt.mp4, 267",
            "volleyball-tracknet-shortclip/VolleyballShortClip_original.mp4, 21",
            "people-walking-opencv-vtest/vtest.avi, 795",
            "badminton-tracknetv2-sample/1_10_12.mp4, 6"})
    void countsPresentedFramesAndSeeksToTheSamePixelsAsSequentialDecoding(String relative, int frames) throws Exception {
        Path file = SharedFootage.file(relative);
        OpenedVideo video = new VideoProbe(null, 2).open(file, ProgressListener.NONE);
        assertThat(video.facts().frameCount()).isEqualTo(frames);
        long[] sequential = new long[frames];
        try (VideoDecoder decoder = VideoDecoder.openScaled(video, 320, 180, 2)) {
            FrameImage image = decoder.newFrame();
            for (int i = 0; i < frames; i++) {
                assertThat(decoder.next(image)).isTrue();
                assertThat(image.index()).isEqualTo(i);
                sequential[i] = crc(image);
            }
            assertThat(decoder.next(image)).isFalse();
            Random random = new Random(frames);
            for (int k = 0; k < 12; k++) {
                int target = random.nextInt(frames);
                decoder.read(target, image);
                assertThat(crc(image)).as("pixels of frame %d after a seek", target).isEqualTo(sequential[target]);
            }
        }
    }

    private static long crc(FrameImage image) {
        CRC32 crc = new CRC32();
        ByteBuffer pixels = image.pixels();
        crc.update(pixels);
        return crc.getValue();
    }
}
