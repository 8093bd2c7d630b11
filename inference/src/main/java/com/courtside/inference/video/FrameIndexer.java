package com.courtside.inference.video;

import com.courtside.inference.video.VideoOpenException.Problem;
import com.courtside.timeline.task.ProgressListener;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.BitSet;

/**
 * Builds a {@link FrameIndex} by decoding every frame without pixel conversion: the only count that matches what
 * FFmpeg presents after edit lists and for variable frame rate.
 */
public final class FrameIndexer {

    private FrameIndexer() {
    }

    public static FrameIndex build(Path file, ContainerInfo info, int threads, ProgressListener progress)
            throws VideoOpenException {
        FFmpegFrameGrabber grabber = Grabbers.open(file, info, threads);
        try {
            long expected = info.headerFrames() > 0 ? info.headerFrames()
                    : Math.max(1, info.durationMicros() * info.fps().num() / info.fps().den() / 1_000_000L);
            long[] pts = new long[(int) Math.max(16, expected + 16)];
            BitSet keys = new BitSet();
            int n = 0;
            while (true) {
                Frame frame;
                try {
                    frame = grabber.grabFrame(false, true, false, false, false);
                } catch (Exception e) {
                    if (n == 0) {
                        throw new VideoOpenException(Problem.DAMAGED, file, "'" + file.getFileName()
                                + "' is damaged: no frame could be decoded (" + e.getMessage() + ").", e);
                    }
                    break; // a damaged tail: keep the frames that decoded
                }
                if (frame == null) {
                    break;
                }
                if (frame.image == null) {
                    continue;
                }
                if (n == pts.length) {
                    pts = Arrays.copyOf(pts, pts.length * 2);
                }
                pts[n] = frame.timestamp;
                if (frame.keyFrame) {
                    keys.set(n);
                }
                n++;
                if ((n & 63) == 0) {
                    progress.checkCancelled();
                    progress.progress(n, expected, "Indexing frames");
                }
            }
            if (n == 0) {
                throw new VideoOpenException(Problem.DAMAGED, file, "'" + file.getFileName()
                        + "' holds no decodable video frames. The file is damaged or cut short; copy it again.");
            }
            keys.set(0); // decoding always starts cleanly from the first frame FFmpeg presents
            progress.progress(n, n, "Indexed " + n + " frames");
            return new FrameIndex(Arrays.copyOf(pts, n), keys, true);
        } finally {
            Grabbers.close(grabber);
        }
    }
}
