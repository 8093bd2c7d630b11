package com.courtside.ui.overlay;

import com.courtside.export.cut.CutMode;
import com.courtside.export.cut.CutOptions;
import com.courtside.export.cut.FollowCamRenderer;
import com.courtside.export.cut.OutputSize;
import com.courtside.export.cut.Quality;
import com.courtside.export.cut.RallyCutter;
import com.courtside.inference.video.OpenedVideo;
import com.courtside.timeline.Rally;
import com.courtside.timeline.camera.CameraPath;
import com.courtside.timeline.task.ProgressListener;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The labels burnt into real re-encoded video: the ball's ring shows where the labels put the ball. */
class BurnInCutTest {

    /** The overlay's ball ring, #ffb020. */
    private static final int[] AMBER = {0xff, 0xb0, 0x20};

    @TempDir
    static Path dir;
    private static OpenedVideo video;

    @BeforeAll
    static void writeClip() throws Exception {
        video = GreyClip.write(dir.resolve("grey.mp4"), TestLabels.WIDTH, TestLabels.HEIGHT, TestLabels.FRAMES);
    }

    private static boolean ringAt(GreyClip.Picture p, double x, double y) {
        // At 720p the ring's radius is 10 px and it is 2.5 px wide, over a 4.5 px dark outline.
        return p.colourAround(x, y, 8, 12, AMBER[0], AMBER[1], AMBER[2], 48);
    }

    private static CutOptions reencode() {
        return CutOptions.defaults().withMode(CutMode.REENCODE).withPadding(0);
    }

    @Test
    void reencodedCutShowsTheRingAtTheBallOfEachFrame() throws Exception {
        Path out = dir.resolve("burnt.mp4");
        RallyCutter.cut(video, List.of(new Rally(26, 45)), out,
                reencode().withOverlay(new BurnIn(TestLabels.labels(), null, Map.of())), ProgressListener.NONE);

        List<GreyClip.Picture> frames = GreyClip.read(out);
        assertThat(frames).hasSize(20);
        for (int k = 0; k < frames.size(); k++) {
            int f = 26 + k;
            boolean labelled = f < 30 || f > 34;
            assertThat(ringAt(frames.get(k), TestLabels.ballX(f), TestLabels.ballY(f)))
                    .as("a ring in frame %d, where the labels %s the ball", f, labelled ? "see" : "do not see")
                    .isEqualTo(labelled);
            assertThat(ringAt(frames.get(k), TestLabels.ballX(f) + 30, TestLabels.ballY(f)))
                    .as("no ring where the ball will be three frames on").isFalse();
        }
    }

    @Test
    void withoutTheOverlayThereIsNoRing() throws Exception {
        Path out = dir.resolve("plain.mp4");
        RallyCutter.cut(video, List.of(new Rally(40, 45)), out, reencode(), ProgressListener.NONE);

        List<GreyClip.Picture> frames = GreyClip.read(out);
        for (int k = 0; k < frames.size(); k++) {
            assertThat(ringAt(frames.get(k), TestLabels.ballX(40 + k), TestLabels.ballY(40 + k))).isFalse();
        }
    }

    @Test
    void followCamShowsTheRingWhereTheCropShowsTheBall() throws Exception {
        // The camera holds the centre quarter, 640×360 at (320, 180), scaled twice to 1280×720.
        CameraPath path = new CameraPath(TestLabels.FRAMES, TestLabels.WIDTH, TestLabels.HEIGHT);
        for (int f = 0; f < TestLabels.FRAMES; f++) {
            path.set(f, 640, 360, 640, 360);
        }
        Path out = dir.resolve("follow.mp4");
        FollowCamRenderer.render(video, path, List.of(new Rally(40, 49)), OutputSize.HD, Quality.MEDIUM,
                new BurnIn(TestLabels.labels(), null, Map.of()), out, ProgressListener.NONE);

        List<GreyClip.Picture> frames = GreyClip.read(out);
        assertThat(frames).hasSize(10);
        for (int k = 0; k < frames.size(); k++) {
            int f = 40 + k;
            double x = (TestLabels.ballX(f) - 320) * 2;
            double y = (TestLabels.ballY(f) - 180) * 2;
            assertThat(ringAt(frames.get(k), x, y)).as("ring of frame %d at (%.0f, %.0f)", f, x, y).isTrue();
            assertThat(ringAt(frames.get(k), TestLabels.ballX(f), TestLabels.ballY(f)))
                    .as("not at the ball's unmapped place").isFalse();
        }
    }
}
