package com.courtside.export.cut;

import com.courtside.inference.video.Ffmpeg;
import com.courtside.inference.video.OpenedVideo;
import com.courtside.timeline.task.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class CutPeerTest {

    @TempDir
    Path dir;

    private final OpenedVideo video = TestMatch.video();
    private final FfmpegCutPeer peer = new FfmpegCutPeer(Ffmpeg.executable());

    @Test
    void peerReencodesExactlyTheFramesTheCutterDoes() throws Exception {
        CutOptions options = CutOptions.defaults().withMode(CutMode.REENCODE);
        CutReport ours = RallyCutter.cut(video, TestMatch.RALLIES, dir.resolve("ours.mp4"), options,
                ProgressListener.NONE);

        double seconds = peer.reencode(video, ours, options.quality(), dir.resolve("peer.mp4"));

        assertThat(seconds).isPositive();
        assertThat(DecodedClip.read(dir.resolve("peer.mp4"), 1).numbers)
                .isEqualTo(DecodedClip.read(dir.resolve("ours.mp4"), 1).numbers);
    }

    @Test
    void peerCopiesTheSameSegmentsFromTheirKeyFrames() throws Exception {
        CutReport ours = RallyCutter.cut(video, TestMatch.RALLIES, dir.resolve("ours.mp4"), CutOptions.defaults(),
                ProgressListener.NONE);

        peer.copy(video, ours, dir.resolve("peer.mp4"));

        DecodedClip copied = DecodedClip.read(dir.resolve("peer.mp4"), 1);
        for (SegmentReport s : ours.segments()) {
            assertThat(copied.numbers).contains(s.requestedFirst(), s.requestedLast());
        }
        assertThat(copied.frameCount()).isGreaterThanOrEqualTo((int) ours.framesWritten());
    }
}
