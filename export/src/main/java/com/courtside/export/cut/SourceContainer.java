package com.courtside.export.cut;

import com.courtside.inference.video.Ffmpeg;
import com.courtside.inference.video.FrameIndex;
import com.courtside.inference.video.OpenedVideo;
import org.bytedeco.ffmpeg.avcodec.AVCodec;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVDictionary;
import org.bytedeco.ffmpeg.avutil.AVRational;

import java.nio.file.Path;

import static org.bytedeco.ffmpeg.global.avformat.AVSEEK_FLAG_BACKWARD;
import static org.bytedeco.ffmpeg.global.avformat.av_find_best_stream;
import static org.bytedeco.ffmpeg.global.avformat.av_read_frame;
import static org.bytedeco.ffmpeg.global.avformat.av_seek_frame;
import static org.bytedeco.ffmpeg.global.avformat.avformat_close_input;
import static org.bytedeco.ffmpeg.global.avformat.avformat_find_stream_info;
import static org.bytedeco.ffmpeg.global.avformat.avformat_open_input;
import static org.bytedeco.ffmpeg.global.avutil.AVERROR_EOF;
import static org.bytedeco.ffmpeg.global.avutil.AVMEDIA_TYPE_AUDIO;
import static org.bytedeco.ffmpeg.global.avutil.av_rescale_q;

/**
 * The source video's container, read packet by packet: its video stream (the one the frame index describes) and
 * its main audio stream, if any. Times convert between the frame index's microseconds and stream time bases.
 */
final class SourceContainer implements AutoCloseable {

    static final AVRational MICROS = new AVRational().num(1).den(1_000_000);

    private final OpenedVideo video;
    private final AVFormatContext ic = new AVFormatContext(null);
    private final AVStream videoStream;
    private final AVStream audioStream;

    SourceContainer(OpenedVideo video) throws CutException {
        Ffmpeg.init();
        this.video = video;
        Path path = video.facts().path();
        int ret = avformat_open_input(ic, path.toString(), null, null);
        if (ret < 0) {
            throw AvErrors.source(path, ret, "opening it");
        }
        ret = avformat_find_stream_info(ic, (AVDictionary) null);
        if (ret < 0) {
            avformat_close_input(ic);
            throw AvErrors.source(path, ret, "reading its streams");
        }
        videoStream = ic.streams(video.container().streamIndex());
        int audio = av_find_best_stream(ic, AVMEDIA_TYPE_AUDIO, -1, videoStream.index(), (AVCodec) null, 0);
        audioStream = audio >= 0 ? ic.streams(audio) : null;
    }

    OpenedVideo video() {
        return video;
    }

    FrameIndex index() {
        return video.index();
    }

    Path path() {
        return video.facts().path();
    }

    AVStream videoStream() {
        return videoStream;
    }

    /** The main audio stream, or null when the video is silent. */
    AVStream audioStream() {
        return audioStream;
    }

    /** Reads the next packet; false at the end of the file. */
    boolean read(AVPacket pkt) throws CutException {
        int ret = av_read_frame(ic, pkt);
        if (ret == AVERROR_EOF()) {
            return false;
        }
        if (ret < 0) {
            throw AvErrors.source(path(), ret, "reading packets");
        }
        return true;
    }

    /** Positions reading at the key frame {@code keyFrame}, whose packet the next video packet read is. */
    void seekToKeyFrame(int keyFrame) throws CutException {
        long ts = toStream(index().ptsMicros(keyFrame), videoStream.time_base());
        int ret = av_seek_frame(ic, videoStream.index(), ts, AVSEEK_FLAG_BACKWARD);
        if (ret < 0) {
            throw AvErrors.source(path(), ret, "seeking to frame " + keyFrame);
        }
    }

    /** Microseconds of a timestamp in {@code timeBase}, rounded down as the frame index rounds them. */
    static long micros(long ts, AVRational timeBase) {
        return Math.floorDiv(1_000_000L * ts * timeBase.num(), timeBase.den());
    }

    static long toStream(long micros, AVRational timeBase) {
        return av_rescale_q(micros, MICROS, timeBase);
    }

    /** Microseconds from frame {@code first} to the end of frame {@code last}: what they play for. */
    long spanMicros(int first, int last) {
        FrameIndex index = index();
        long end = last + 1 < index.frameCount() ? index.ptsMicros(last + 1)
                : index.ptsMicros(last) + Math.round(1e6 / video.facts().fps().toDouble());
        return end - index.ptsMicros(first);
    }

    @Override
    public void close() {
        avformat_close_input(ic);
    }
}
