package com.courtside.inference.video;

import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVIOContext;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVRational;

import java.nio.file.Path;

import static org.bytedeco.ffmpeg.global.avcodec.*;
import static org.bytedeco.ffmpeg.global.avformat.*;
import static org.bytedeco.ffmpeg.global.avutil.*;

/** Stream-copies an MP4 from a non-key frame so that the result carries an edit list (a test fixture). */
final class EditListWriter {

    private EditListWriter() {
    }

    static Path cut(Path source, Path target, double seconds) {
        AVFormatContext in = new AVFormatContext(null);
        check(avformat_open_input(in, source.toString(), null, null), "open input");
        check(avformat_find_stream_info(in, (org.bytedeco.ffmpeg.avutil.AVDictionary) null), "stream info");
        AVFormatContext out = new AVFormatContext(null);
        check(avformat_alloc_output_context2(out, null, "mp4", target.toString()), "alloc output");
        AVStream inSt = in.streams(0);
        AVStream outSt = avformat_new_stream(out, null);
        check(avcodec_parameters_copy(outSt.codecpar(), inSt.codecpar()), "copy parameters");
        outSt.codecpar().codec_tag(0);
        outSt.time_base(inSt.time_base());
        AVIOContext pb = new AVIOContext(null);
        check(avio_open(pb, target.toString(), AVIO_FLAG_WRITE), "open output file");
        out.pb(pb);
        check(avformat_write_header(out, (org.bytedeco.ffmpeg.avutil.AVDictionary) null), "write header");
        AVRational tb = inSt.time_base();
        long cut = Math.round(seconds * tb.den() / tb.num());
        check(av_seek_frame(in, 0, cut, AVSEEK_FLAG_BACKWARD), "seek");
        AVPacket pkt = av_packet_alloc();
        while (av_read_frame(in, pkt) >= 0) {
            if (pkt.stream_index() == 0) {
                pkt.pts(pkt.pts() - cut);
                pkt.dts(pkt.dts() - cut);
                av_packet_rescale_ts(pkt, tb, outSt.time_base());
                pkt.pos(-1);
                check(av_interleaved_write_frame(out, pkt), "write packet");
            }
            av_packet_unref(pkt);
        }
        check(av_write_trailer(out), "write trailer");
        av_packet_free(pkt);
        avio_closep(out.pb());
        avformat_free_context(out);
        avformat_close_input(in);
        return target;
    }

    private static void check(int ret, String what) {
        if (ret < 0) {
            throw new IllegalStateException(what + " failed: " + ContainerInspector.ffmpegError(ret));
        }
    }
}
