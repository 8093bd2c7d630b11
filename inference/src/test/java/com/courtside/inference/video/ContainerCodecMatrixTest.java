package com.courtside.inference.video;

import com.courtside.timeline.task.ProgressListener;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Every container and codec the workstation promises opens, counts and seeks exactly. */
class ContainerCodecMatrixTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{1} in {0}")
    @CsvSource({
            "mp4, mpeg4, yuv420p, mpeg4",
            "mov, mpeg4, yuv420p, mpeg4",
            "mkv, mpeg4, yuv420p, mpeg4",
            "avi, mpeg4, yuv420p, mpeg4",
            "mp4, libopenh264, yuv420p, h264",
            "mkv, libopenh264, yuv420p, h264",
            "mov, mjpeg, yuvj420p, mjpeg",
            "avi, mjpeg, yuvj420p, mjpeg"})
    void opensCountsAndSeeksExactly(String container, String encoder, String pixelFormat, String codec) throws Exception {
        Path file = dir.resolve("clip." + container);
        int frames = 90;
        try (FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(file.toString(), NumberedClips.WIDTH, NumberedClips.HEIGHT, 0)) {
            recorder.setFormat(container.equals("mkv") ? "matroska" : container);
            recorder.setVideoCodecName(encoder);
            recorder.setPixelFormat(avutil.av_get_pix_fmt(pixelFormat));
            recorder.setFrameRate(25);
            recorder.setGopSize(25);
            recorder.setVideoQuality(encoder.equals("libopenh264") ? -1 : 3);
            if (encoder.equals("libopenh264")) {
                recorder.setVideoBitrate(2_000_000);
            }
            recorder.start();
            for (int i = 0; i < frames; i++) {
                recorder.record(NumberedClips.frame(i), avutil.AV_PIX_FMT_BGR24);
            }
            recorder.stop();
        }
        OpenedVideo video = new VideoProbe(null, 1).open(file, ProgressListener.NONE);
        assertThat(video.facts().codec()).isEqualTo(codec);
        assertThat(video.facts().frameCount()).isEqualTo(frames);
        assertThat(video.facts().fps().toDouble()).isEqualTo(25.0);
        try (VideoDecoder decoder = VideoDecoder.open(video, 1)) {
            FrameImage image = decoder.newFrame();
            for (int target : new int[] {77, 3, 50, 49, 89, 0, 26}) {
                decoder.read(target, image);
                assertThat(NumberedClips.numberOf(image)).as("frame %d", target).isEqualTo(target);
            }
        }
    }

    @org.junit.jupiter.api.Test
    void hevcWithBFramesSeeksExactly() throws Exception {
        Path file = Path.of(getClass().getResource("/fixtures/numbered-hevc-gop50-bframes3.mp4").toURI());
        OpenedVideo video = new VideoProbe(null, 1).open(file, ProgressListener.NONE);
        assertThat(video.facts().codec()).isEqualTo("hevc");
        assertThat(video.facts().frameCount()).isEqualTo(120);
        try (VideoDecoder decoder = VideoDecoder.open(video, 1)) {
            FrameImage image = decoder.newFrame();
            for (int target : new int[] {0, 119, 49, 50, 51, 7, 100, 99, 98}) {
                decoder.read(target, image);
                assertThat(NumberedClips.numberOf(image)).as("frame %d", target).isEqualTo(target);
            }
        }
    }
}
