package com.courtside.export.cut;

import org.bytedeco.ffmpeg.avcodec.AVCodecContext;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avutil.AVFrame;

import java.nio.file.Path;

import static org.bytedeco.ffmpeg.global.avcodec.av_packet_unref;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_receive_packet;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_send_frame;
import static org.bytedeco.ffmpeg.global.avutil.AVERROR_EAGAIN;
import static org.bytedeco.ffmpeg.global.avutil.AVERROR_EOF;

/** What the video and audio encoders share: sending a frame and writing every packet it completes. */
final class Encoders {

    private Encoders() {
    }

    /**
     * Sends {@code frame} (null to flush) and writes what comes out to {@code stream} of the muxer. A packet the
     * encoder left without a duration gets {@code defaultDuration}: the container would otherwise give the last
     * frame none, and players drop it.
     */
    static void encode(AVCodecContext encoder, AVFrame frame, AVPacket pkt, Muxer muxer, int stream, Path target,
                       long defaultDuration) throws CutException {
        int ret = avcodec_send_frame(encoder, frame);
        if (ret < 0) {
            throw AvErrors.encoder(target, ret, frame == null ? "finishing" : "encoding");
        }
        while (true) {
            ret = avcodec_receive_packet(encoder, pkt);
            if (ret == AVERROR_EAGAIN() || ret == AVERROR_EOF()) {
                return;
            }
            if (ret < 0) {
                throw AvErrors.encoder(target, ret, "encoding");
            }
            if (pkt.duration() == 0) {
                pkt.duration(defaultDuration);
            }
            try {
                muxer.write(pkt, stream);
            } finally {
                av_packet_unref(pkt);
            }
        }
    }
}
