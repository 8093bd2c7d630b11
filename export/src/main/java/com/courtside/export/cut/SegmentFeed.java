package com.courtside.export.cut;

import org.bytedeco.ffmpeg.avutil.AVFrame;

import java.nio.file.Path;
import java.util.List;

/**
 * Routes decoded frames into the output: the video frames of each segment in turn, timed on from the segment
 * before by the {@link OutputTiming}, and the audio through its {@link AudioWindows}. Frames outside every segment are dropped.
 */
final class SegmentFeed implements SourceDecoder.Sink {

    private final List<Segment> segments;
    private final OutputTiming timing;
    private final FrameShaper shaper;
    private final EncoderThread video;
    private final AudioWindows audio;
    private final FrameProgress progress;
    private final Path source;
    private int segment;
    private int expected;
    private long written;

    SegmentFeed(List<Segment> segments, OutputTiming timing, FrameShaper shaper, EncoderThread video,
                AudioWindows audio, FrameProgress progress, Path source) {
        this.segments = segments;
        this.timing = timing;
        this.shaper = shaper;
        this.video = video;
        this.audio = audio;
        this.progress = progress;
        this.source = source;
        this.expected = segments.get(0).first();
    }

    /** The segment whose frames come next; the number of segments once all are written. */
    int segment() {
        return segment;
    }

    /** The source frame wanted next. */
    int expected() {
        return expected;
    }

    boolean videoDone() {
        return segment == segments.size();
    }

    /** True when the audio of every segment before {@code segment} is complete. */
    boolean audioReached(int segmentIndex) {
        return audio == null || audio.current() >= segmentIndex;
    }

    boolean audioDone() {
        return audio == null || audio.done();
    }

    /** The source's audio ended: what is missing is silence. */
    void audioEnded() throws CutException {
        if (audio != null) {
            audio.finishAll();
        }
    }

    long framesWritten() {
        return written;
    }

    @Override
    public void video(int index, AVFrame frame) throws CutException {
        if (videoDone() || index < expected) {
            return;
        }
        if (index > expected) {
            throw new CutException(CutException.Problem.SOURCE, source, "Frame " + expected + " of '"
                    + source.getFileName() + "' could not be decoded (the decoder went on at frame " + index
                    + "). The file may be damaged; try stream copy, or re-export the video.");
        }
        progress.checkCancelled();
        video.encode(shaper.shape(frame, index), timing.pts(segment, index, written++));
        progress.frame();
        if (++expected > segments.get(segment).last()) {
            segment++;
            expected = videoDone() ? Integer.MAX_VALUE : segments.get(segment).first();
        }
    }

    @Override
    public void audio(long firstSample, AVFrame frame) throws CutException {
        if (audio != null) {
            audio.take(firstSample, frame);
        }
    }
}
