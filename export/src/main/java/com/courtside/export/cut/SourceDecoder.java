package com.courtside.export.cut;

import com.courtside.inference.video.FrameIndex;
import org.bytedeco.ffmpeg.avcodec.AVCodec;
import org.bytedeco.ffmpeg.avcodec.AVCodecContext;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVDictionary;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.ffmpeg.avutil.AVRational;

import static org.bytedeco.ffmpeg.global.avcodec.av_packet_alloc;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_free;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_unref;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_alloc_context3;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_find_decoder;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_flush_buffers;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_free_context;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_open2;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_parameters_to_context;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_receive_frame;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_send_packet;
import static org.bytedeco.ffmpeg.global.avutil.AVERROR_DECODER_NOT_FOUND;
import static org.bytedeco.ffmpeg.global.avutil.AVERROR_EAGAIN;
import static org.bytedeco.ffmpeg.global.avutil.AVERROR_EOF;
import static org.bytedeco.ffmpeg.global.avutil.AV_NOPTS_VALUE;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_alloc;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_free;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_unref;
import static org.bytedeco.ffmpeg.global.avutil.av_rescale_q;

/**
 * Decodes the source's video and main audio stream, packet by packet, from wherever the container was last
 * positioned. Each video frame is named by its index, proved by its timestamp against the frame index; each
 * audio frame by the number of its first sample on the source's clock. Not thread-safe: one owner.
 */
final class SourceDecoder implements AutoCloseable {

    /** Receives what the decoder produced; the frame is only valid during the call. */
    interface Sink {
        void video(int index, AVFrame frame) throws CutException;

        void audio(long firstSample, AVFrame frame) throws CutException;
    }

    private final SourceContainer source;
    private final AVCodecContext videoDecoder;
    private final AVCodecContext audioDecoder;
    private final AVPacket pkt = av_packet_alloc();
    private final AVFrame frame = av_frame_alloc();
    private final AVRational sampleClock;
    private int lastVideo = -1;
    private long nextSample;
    private boolean ended;

    SourceDecoder(SourceContainer source) throws CutException {
        this.source = source;
        this.videoDecoder = open(source.videoStream(), 0);
        try {
            this.audioDecoder = source.audioStream() == null ? null : open(source.audioStream(), 1);
        } catch (CutException e) {
            close();
            throw e;
        }
        this.sampleClock = audioDecoder == null ? null : new AVRational().num(1).den(audioDecoder.sample_rate());
    }

    private AVCodecContext open(AVStream stream, int threads) throws CutException {
        AVCodec codec = avcodec_find_decoder(stream.codecpar().codec_id());
        if (codec == null) {
            throw AvErrors.source(source.path(), AVERROR_DECODER_NOT_FOUND(), "opening a decoder");
        }
        AVCodecContext c = avcodec_alloc_context3(codec);
        int ret = avcodec_parameters_to_context(c, stream.codecpar());
        c.pkt_timebase(stream.time_base());
        // 0 lets FFmpeg choose, as the ffmpeg CLI does by default.
        c.thread_count(threads);
        if (ret >= 0) {
            ret = avcodec_open2(c, codec, (AVDictionary) null);
        }
        if (ret < 0) {
            avcodec_free_context(c);
            throw AvErrors.source(source.path(), ret, "opening a decoder");
        }
        return c;
    }

    /** The audio decoder, whose sample format, rate and channel layout the audio arrives in; null when silent. */
    AVCodecContext audioDecoder() {
        return audioDecoder;
    }

    /** The index of the last video frame decoded, or -1. */
    int lastVideo() {
        return lastVideo;
    }

    /** Positions decoding so the next video frame is the key frame {@code keyFrame}. */
    void seekToKeyFrame(int keyFrame) throws CutException {
        source.seekToKeyFrame(keyFrame);
        avcodec_flush_buffers(videoDecoder);
        if (audioDecoder != null) {
            avcodec_flush_buffers(audioDecoder);
        }
        lastVideo = keyFrame - 1;
        ended = false;
    }

    /**
     * Reads one packet and hands the frames it completes to {@code sink}; at the end of the file the decoders are
     * drained. Packets of a stream not wanted are skipped undecoded. False once nothing more will come.
     */
    boolean step(Sink sink, boolean wantVideo, boolean wantAudio) throws CutException {
        if (ended) {
            return false;
        }
        if (!source.read(pkt)) {
            ended = true;
            drain(videoDecoder, null, sink);
            if (audioDecoder != null) {
                drain(audioDecoder, null, sink);
            }
            return false;
        }
        try {
            int stream = pkt.stream_index();
            if (wantVideo && stream == source.videoStream().index()) {
                drain(videoDecoder, pkt, sink);
            } else if (wantAudio && audioDecoder != null && stream == source.audioStream().index()) {
                drain(audioDecoder, pkt, sink);
            }
        } finally {
            av_packet_unref(pkt);
        }
        return true;
    }

    /** Sends a packet (null at the end) and passes on every frame it completes. */
    private void drain(AVCodecContext decoder, AVPacket packet, Sink sink) throws CutException {
        int ret = avcodec_send_packet(decoder, packet);
        if (ret < 0 && ret != AVERROR_EOF()) {
            if (packet == null) {
                return;
            }
            throw AvErrors.source(source.path(), ret, "decoding after frame " + lastVideo);
        }
        while (true) {
            ret = avcodec_receive_frame(decoder, frame);
            if (ret == AVERROR_EAGAIN() || ret == AVERROR_EOF()) {
                return;
            }
            if (ret < 0) {
                throw AvErrors.source(source.path(), ret, "decoding after frame " + lastVideo);
            }
            try {
                if (decoder == videoDecoder) {
                    lastVideo = indexOf(frame);
                    sink.video(lastVideo, frame);
                } else {
                    sink.audio(firstSample(frame), frame);
                }
            } finally {
                av_frame_unref(frame);
            }
        }
    }

    private int indexOf(AVFrame f) {
        long ts = f.best_effort_timestamp();
        if (ts == AV_NOPTS_VALUE) {
            return lastVideo + 1;
        }
        FrameIndex index = source.index();
        int found = index.frameOf(SourceContainer.micros(ts, source.videoStream().time_base()));
        return found >= 0 ? found : lastVideo + 1;
    }

    private long firstSample(AVFrame f) {
        long ts = f.best_effort_timestamp();
        long first = ts == AV_NOPTS_VALUE ? nextSample
                : av_rescale_q(ts, source.audioStream().time_base(), sampleClock);
        nextSample = first + f.nb_samples();
        return first;
    }

    @Override
    public void close() {
        av_packet_free(pkt);
        av_frame_free(frame);
        if (videoDecoder != null) {
            avcodec_free_context(videoDecoder);
        }
        if (audioDecoder != null) {
            avcodec_free_context(audioDecoder);
        }
    }
}
