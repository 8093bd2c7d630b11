package com.courtside.export.cut;

import com.courtside.inference.video.FrameIndex;
import com.courtside.timeline.Rational;

import java.util.List;

/**
 * Re-encode: decodes exactly the frames of the segments and encodes them back to back, with their audio cut to
 * the sample. It seeks to the key frame before a segment only when that is ahead of where decoding is; otherwise
 * it decodes on. Before seeking away it lets the audio of the segments before arrive, since audio is stored a
 * little apart from its video, without decoding the video packets it skips.
 */
final class Reencoder {

    /** What one encoded file holds. */
    record Encoded(String codec, String note, long frames, long micros) {
    }

    private final SourceContainer source;
    private final Quality quality;
    private final FrameProgress progress;

    Reencoder(SourceContainer source, Quality quality, FrameProgress progress) {
        this.source = source;
        this.quality = quality;
        this.progress = progress;
    }

    /** Writes the segments, shaped to {@code width × height} by {@code shaper}, into {@code out}. */
    Encoded write(List<Segment> segments, FrameShaper shaper, int width, int height, PartialFile out)
            throws CutException {
        Rational fps = source.video().facts().fps();
        long bitrate = quality.bitsPerSecond(width, height, fps);
        OutputTiming timing = new OutputTiming(segments, source.index(), fps);
        try (SourceDecoder decoder = new SourceDecoder(source);
             Muxer muxer = new Muxer(out);
             VideoEncoding video = new VideoEncoding(muxer, width, height, fps, timing.timeBase(), bitrate,
                     out.target());
             AudioEncoding audio = decoder.audioDecoder() == null ? null
                     : new AudioEncoding(muxer, decoder.audioDecoder(), out.target())) {
            muxer.start();
            Encoded encoded = encode(segments, timing, shaper, decoder, video, audio);
            muxer.finish();
            return encoded;
        }
    }

    private Encoded encode(List<Segment> segments, OutputTiming timing, FrameShaper shaper, SourceDecoder decoder,
                           VideoEncoding video, AudioEncoding audio) throws CutException {
        try (EncoderThread encoder = new EncoderThread(video)) {
            AudioWindows windows = audio == null ? null : new AudioWindows(segments, source.index(),
                    source.video().facts().fps(), decoder.audioDecoder().sample_rate(), audio, timing);
            SegmentFeed feed = new SegmentFeed(segments, timing, shaper, encoder, windows, progress, source.path());
            pump(decoder, feed);
            encoder.finish();
            if (audio != null) {
                audio.finish();
            }
            return new Encoded(video.codecName(), video.note(), feed.framesWritten(), timing.totalMicros());
        }
    }

    private void pump(SourceDecoder decoder, SegmentFeed feed) throws CutException {
        FrameIndex index = source.index();
        while (!(feed.videoDone() && feed.audioDone())) {
            int key = feed.videoDone() ? -1 : index.keyFrameAtOrBefore(feed.expected());
            boolean seekAhead = key > decoder.lastVideo() + 1;
            if (seekAhead && feed.audioReached(feed.segment())) {
                decoder.seekToKeyFrame(key);
            } else if (!decoder.step(feed, !feed.videoDone() && !seekAhead, !feed.audioDone())) {
                feed.audioEnded();
                if (!seekAhead) {
                    break;
                }
            }
            progress.checkCancelled();
        }
        if (!feed.videoDone()) {
            throw new CutException(CutException.Problem.SOURCE, source.path(), "'" + source.path().getFileName()
                    + "' ended before frame " + feed.expected() + ". The file may be cut short; open it again to "
                    + "re-count its frames.");
        }
    }
}
