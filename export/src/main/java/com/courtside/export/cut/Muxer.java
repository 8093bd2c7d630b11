package com.courtside.export.cut;

import org.bytedeco.ffmpeg.avcodec.AVCodecContext;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVIOContext;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVRational;

import static org.bytedeco.ffmpeg.global.avcodec.av_packet_rescale_ts;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_parameters_copy;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_parameters_from_context;
import static org.bytedeco.ffmpeg.global.avformat.AVFMT_GLOBALHEADER;
import static org.bytedeco.ffmpeg.global.avformat.AVIO_FLAG_WRITE;
import static org.bytedeco.ffmpeg.global.avformat.av_guess_format;
import static org.bytedeco.ffmpeg.global.avformat.av_interleaved_write_frame;
import static org.bytedeco.ffmpeg.global.avformat.av_write_trailer;
import static org.bytedeco.ffmpeg.global.avformat.avformat_alloc_output_context2;
import static org.bytedeco.ffmpeg.global.avformat.avformat_free_context;
import static org.bytedeco.ffmpeg.global.avformat.avformat_new_stream;
import static org.bytedeco.ffmpeg.global.avformat.avformat_write_header;
import static org.bytedeco.ffmpeg.global.avformat.avio_closep;
import static org.bytedeco.ffmpeg.global.avformat.avio_open;

/**
 * Owns one output container: its streams, the file it writes (the partial file) and the order of packets. Every
 * failure becomes a {@link CutException} about the target file. Streams are added before {@link #start()}.
 */
final class Muxer implements AutoCloseable {

    private final PartialFile file;
    private final AVFormatContext oc = new AVFormatContext(null);
    private final AVRational[] packetTimeBases = new AVRational[2];
    private boolean opened;

    Muxer(PartialFile file) throws CutException {
        this.file = file;
        // The format follows the target's name (.mp4, .mov, .mkv); anything else is written as MP4.
        String format = av_guess_format(null, file.target().getFileName().toString(), null) != null ? null : "mp4";
        int ret = avformat_alloc_output_context2(oc, null, format, file.target().getFileName().toString());
        if (ret < 0) {
            throw AvErrors.writing(file.target(), ret, "preparing the container");
        }
    }

    /** True when encoders must put their headers in the container ({@code AV_CODEC_FLAG_GLOBAL_HEADER}). */
    boolean wantsGlobalHeader() {
        return (oc.oformat().flags() & AVFMT_GLOBALHEADER) != 0;
    }

    /** A stream carrying {@code source}'s packets unchanged; returns its index. */
    int addCopyOf(AVStream source) throws CutException {
        AVStream st = newStream();
        check(avcodec_parameters_copy(st.codecpar(), source.codecpar()), "copying stream parameters");
        st.codecpar().codec_tag(0);
        // Packets are chosen to play from their first sample; the source's encoder delay does not apply any more.
        st.codecpar().initial_padding(0);
        st.time_base(source.time_base());
        packetTimeBases[st.index()] = source.time_base();
        return st.index();
    }

    /** A stream carrying the packets of an opened encoder; returns its index. */
    int addEncoded(AVCodecContext encoder) throws CutException {
        AVStream st = newStream();
        check(avcodec_parameters_from_context(st.codecpar(), encoder), "setting up the stream");
        st.time_base(encoder.time_base());
        packetTimeBases[st.index()] = encoder.time_base();
        return st.index();
    }

    private AVStream newStream() throws CutException {
        AVStream st = avformat_new_stream(oc, null);
        if (st == null || st.index() >= packetTimeBases.length) {
            throw AvErrors.writing(file.target(), AvErrors.NO_MEMORY, "adding a stream");
        }
        return st;
    }

    /** Creates the partial file and writes the container header. */
    void start() throws CutException {
        AVIOContext pb = new AVIOContext(null);
        int ret = avio_open(pb, file.partial().toString(), AVIO_FLAG_WRITE);
        if (ret < 0) {
            throw AvErrors.writing(file.target(), ret, "creating the file");
        }
        oc.pb(pb);
        opened = true;
        check(avformat_write_header(oc, (org.bytedeco.ffmpeg.avutil.AVDictionary) null), "writing the header");
    }

    /**
     * Writes a packet of stream {@code stream} whose timestamps are in that stream's packet time base. Safe to call
     * from the video encoder's thread and the audio's at once.
     */
    synchronized void write(AVPacket pkt, int stream) throws CutException {
        pkt.stream_index(stream);
        pkt.pos(-1);
        av_packet_rescale_ts(pkt, packetTimeBases[stream], oc.streams(stream).time_base());
        check(av_interleaved_write_frame(oc, pkt), "writing video data");
    }

    /** Writes what is buffered and the container's index, and closes the partial file. */
    void finish() throws CutException {
        check(av_interleaved_write_frame(oc, null), "writing video data");
        check(av_write_trailer(oc), "finishing the file");
        int ret = avio_closep(oc.pb());
        opened = false;
        check(ret, "closing the file");
    }

    private void check(int ret, String doing) throws CutException {
        if (ret < 0) {
            throw AvErrors.writing(file.target(), ret, doing);
        }
    }

    @Override
    public void close() {
        if (opened) {
            avio_closep(oc.pb());
            opened = false;
        }
        avformat_free_context(oc);
    }
}
