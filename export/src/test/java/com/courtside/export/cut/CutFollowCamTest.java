package com.courtside.export.cut;

import com.courtside.inference.video.OpenedVideo;
import com.courtside.timeline.Rally;
import com.courtside.timeline.camera.CameraPath;
import com.courtside.timeline.task.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CutFollowCamTest {

    @TempDir
    Path dir;

    private final OpenedVideo video = TestMatch.video();

    @Test
    void followCamShowsTheCropScaledToTheOutputSizeForEveryFrame() throws Exception {
        // The camera holds a quarter-size crop on the top-left corner, where the frame numbers are.
        CameraPath path = path(160, 90, 320, 180);
        CutReport report = FollowCamRenderer.render(video, path, List.of(new Rally(30, 89)), OutputSize.HD,
                Quality.MEDIUM, dir.resolve("follow.mp4"), ProgressListener.NONE);

        DecodedClip out = DecodedClip.read(dir.resolve("follow.mp4"), 1280.0 / 320);
        assertThat(out.width).isEqualTo(1280);
        assertThat(out.height).isEqualTo(720);
        assertThat(out.numbers).isEqualTo(IntStream.rangeClosed(30, 89).boxed().toList());
        assertThat(report.framesWritten()).isEqualTo(60);
        assertThat(out.audioSeconds()).isCloseTo(2.0, within(1.0 / TestMatch.FPS));
    }

    @Test
    void portraitRenderHasThePortraitSize() throws Exception {
        CameraPath path = path(320, 180, 180, 320);
        CutReport report = FollowCamRenderer.render(video, path, List.of(new Rally(0, 9), new Rally(100, 104)),
                OutputSize.PORTRAIT, Quality.LOW, dir.resolve("portrait.mp4"), ProgressListener.NONE);

        DecodedClip out = DecodedClip.read(dir.resolve("portrait.mp4"), 1);
        assertThat(out.width).isEqualTo(1080);
        assertThat(out.height).isEqualTo(1920);
        assertThat(out.frameCount()).isEqualTo(15);
        assertThat(report.videoCodec()).isEqualTo("libopenh264");
        assertThat(report.notes()).isEmpty();
    }

    private static CameraPath path(float cx, float cy, float w, float h) {
        CameraPath path = new CameraPath(TestMatch.FRAMES, TestMatch.WIDTH, TestMatch.HEIGHT);
        for (int f = 0; f < TestMatch.FRAMES; f++) {
            path.set(f, cx, cy, w, h);
        }
        return path;
    }
}
