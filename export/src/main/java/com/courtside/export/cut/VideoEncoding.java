package com.courtside.export.cut;

import com.courtside.timeline.Rational;
import org.bytedeco.ffmpeg.avcodec.AVCodec;
import org.bytedeco.ffmpeg.avcodec.AVCodecContext;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avutil.AVDictionary;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.ffmpeg.avutil.AVRational;

import java.nio.file.Path;

import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_FLAG_GLOBAL_HEADER;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_alloc;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_free;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_alloc_context3;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_find_encoder_by_name;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_free_context;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_open2;
import static org.bytedeco.ffmpeg.global.avutil.AVERROR_ENCODER_NOT_FOUND;
import static org.bytedeco.ffmpeg.global.avutil.AV_PICTURE_TYPE_NONE;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUV420P;

/**
 * The video encoder of a re-encode: H.264 from OpenH264, the only H.264 encoder in the bundled LGPL FFmpeg, or
 * MPEG-4 Part 2 where that is missing (the report says so). Frames are YUV 4:2:0 at the output size.
 */
final class VideoEncoding implements AutoCloseable {

    static final String H264 = "libopenh264";
    static final String FALLBACK = "mpeg4";
    /** Seconds between key frames: the output seeks well and the ffmpeg peer is given the same. */
    static final double KEY_FRAME_SECONDS = 2.0;

    private final AVCodecContext encoder;
    private final String codecName;
    private final String note;
    private final Muxer muxer;
    private final int stream;
    private final Path target;
    private final AVPacket pkt = av_packet_alloc();
    private final long frameDuration;

    /** @param timeBase the timestamps' unit: a frame at a constant rate, finer where the source's rate varies */
    VideoEncoding(Muxer muxer, int width, int height, Rational fps, Rational timeBase, long bitsPerSecond, Path target)
            throws CutException {
        this.muxer = muxer;
        this.target = target;
        this.frameDuration = Math.max(1, Math.round((double) timeBase.den() * fps.den() / (timeBase.num() * fps.num())));
        AVCodecContext opened = tryOpen(H264, muxer, width, height, fps, timeBase, bitsPerSecond);
        String name = H264;
        String why = null;
        if (opened == null) {
            opened = tryOpen(FALLBACK, muxer, width, height, fps, timeBase, bitsPerSecond);
            name = FALLBACK;
            why = "OpenH264 is missing from this FFmpeg build or refused " + width + "x" + height
                    + ", so the video is MPEG-4 Part 2 instead of H.264.";
        }
        if (opened == null) {
            av_packet_free(pkt);
            throw AvErrors.encoder(target, AVERROR_ENCODER_NOT_FOUND(), "opening the video encoder (neither "
                    + H264 + " nor " + FALLBACK + " would open at " + width + "x" + height + ")");
        }
        this.encoder = opened;
        this.codecName = name;
        this.note = why;
        try {
            this.stream = muxer.addEncoded(encoder);
        } catch (CutException e) {
            close();
            throw e;
        }
    }

    /** Opens the named encoder, or returns null where this FFmpeg lacks it or it refuses the settings. */
    private static AVCodecContext tryOpen(String name, Muxer muxer, int width, int height, Rational fps,
                                          Rational timeBase, long bitsPerSecond) {
        AVCodec codec = avcodec_find_encoder_by_name(name);
        if (codec == null) {
            return null;
        }
        AVCodecContext c = avcodec_alloc_context3(codec);
        c.width(width);
        c.height(height);
        c.pix_fmt(AV_PIX_FMT_YUV420P);
        c.time_base(new AVRational().num((int) timeBase.num()).den((int) timeBase.den()));
        c.framerate(new AVRational().num((int) fps.num()).den((int) fps.den()));
        c.bit_rate(bitsPerSecond);
        c.gop_size(gopFrames(fps));
        c.max_b_frames(0);
        // 0 lets FFmpeg choose, as the ffmpeg CLI does by default.
        c.thread_count(0);
        if (muxer.wantsGlobalHeader()) {
            c.flags(c.flags() | AV_CODEC_FLAG_GLOBAL_HEADER);
        }
        if (avcodec_open2(c, codec, (AVDictionary) null) < 0) {
            avcodec_free_context(c);
            return null;
        }
        return c;
    }

    static int gopFrames(Rational fps) {
        return (int) Math.max(1, Math.round(KEY_FRAME_SECONDS * fps.toDouble()));
    }

    String codecName() {
        return codecName;
    }

    /** Why the fallback encoder was used, or null. */
    String note() {
        return note;
    }

    /** Encodes {@code frame} at output time {@code pts}, in the time base. */
    void encode(AVFrame frame, long pts) throws CutException {
        frame.pts(pts);
        // A decoded key frame must not force one in the output: key frames follow the output's own spacing.
        frame.pict_type(AV_PICTURE_TYPE_NONE);
        Encoders.encode(encoder, frame, pkt, muxer, stream, target, frameDuration);
    }

    void finish() throws CutException {
        Encoders.encode(encoder, null, pkt, muxer, stream, target, frameDuration);
    }

    @Override
    public void close() {
        avcodec_free_context(encoder);
        av_packet_free(pkt);
    }
}
