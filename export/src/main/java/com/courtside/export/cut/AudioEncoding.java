package com.courtside.export.cut;

import org.bytedeco.ffmpeg.avcodec.AVCodec;
import org.bytedeco.ffmpeg.avcodec.AVCodecContext;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avutil.AVAudioFifo;
import org.bytedeco.ffmpeg.avutil.AVDictionary;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.ffmpeg.avutil.AVRational;
import org.bytedeco.ffmpeg.swresample.SwrContext;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.PointerPointer;

import java.nio.file.Path;

import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_FLAG_GLOBAL_HEADER;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_alloc;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_free;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_alloc_context3;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_find_encoder_by_name;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_free_context;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_open2;
import static org.bytedeco.ffmpeg.global.avutil.AVERROR_ENCODER_NOT_FOUND;
import static org.bytedeco.ffmpeg.global.avutil.AV_SAMPLE_FMT_FLTP;
import static org.bytedeco.ffmpeg.global.avutil.av_audio_fifo_alloc;
import static org.bytedeco.ffmpeg.global.avutil.av_audio_fifo_free;
import static org.bytedeco.ffmpeg.global.avutil.av_audio_fifo_read;
import static org.bytedeco.ffmpeg.global.avutil.av_audio_fifo_size;
import static org.bytedeco.ffmpeg.global.avutil.av_audio_fifo_write;
import static org.bytedeco.ffmpeg.global.avutil.av_channel_layout_copy;
import static org.bytedeco.ffmpeg.global.avutil.av_channel_layout_default;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_alloc;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_free;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_get_buffer;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_unref;
import static org.bytedeco.ffmpeg.global.avutil.av_get_bytes_per_sample;
import static org.bytedeco.ffmpeg.global.avutil.av_sample_fmt_is_planar;
import static org.bytedeco.ffmpeg.global.swresample.swr_alloc_set_opts2;
import static org.bytedeco.ffmpeg.global.swresample.swr_convert;
import static org.bytedeco.ffmpeg.global.swresample.swr_free;
import static org.bytedeco.ffmpeg.global.swresample.swr_init;

/**
 * The audio encoder of a re-encode: AAC at the source's sample rate and channels, so samples map one to one and
 * can be cut exactly. Samples are taken in any amount, converted to the encoder's format, gathered and encoded in
 * the encoder's frame size; their output time is simply how many came before.
 */
final class AudioEncoding implements AutoCloseable {

    static final String CODEC = "aac";
    static final long BITS_PER_SECOND = 128_000;
    private static final int CHUNK = 4096;

    private final AVCodecContext encoder;
    private final Muxer muxer;
    private final Path target;
    private final SwrContext convert = new SwrContext(null);
    private final AVAudioFifo fifo;
    private final int channels;
    private final int inputBytesPerSample;
    private final boolean inputPlanar;
    private final PointerPointer<BytePointer> input;
    private final int stream;
    private final PointerPointer<BytePointer> converted;
    private final AVFrame chunk = av_frame_alloc();
    private final AVFrame toEncode = av_frame_alloc();
    private final AVPacket pkt = av_packet_alloc();
    private long samplesSent;

    AudioEncoding(Muxer muxer, AVCodecContext source, Path target) throws CutException {
        this.muxer = muxer;
        this.target = target;
        AVCodec codec = avcodec_find_encoder_by_name(CODEC);
        if (codec == null) {
            throw AvErrors.encoder(target, AVERROR_ENCODER_NOT_FOUND(), "opening the AAC audio encoder");
        }
        encoder = avcodec_alloc_context3(codec);
        channels = source.ch_layout().nb_channels() > 0 ? source.ch_layout().nb_channels() : 2;
        inputPlanar = av_sample_fmt_is_planar(source.sample_fmt()) != 0;
        inputBytesPerSample = av_get_bytes_per_sample(source.sample_fmt()) * (inputPlanar ? 1 : channels);
        input = new PointerPointer<>(inputPlanar ? channels : 1);
        converted = new PointerPointer<>(channels);
        fifo = av_audio_fifo_alloc(AV_SAMPLE_FMT_FLTP, channels, CHUNK);
        try {
            stream = open(codec, source);
        } catch (CutException e) {
            close();
            throw e;
        }
    }

    private int open(AVCodec codec, AVCodecContext source) throws CutException {
        encoder.sample_fmt(AV_SAMPLE_FMT_FLTP);
        encoder.sample_rate(source.sample_rate());
        if (source.ch_layout().nb_channels() > 0) {
            av_channel_layout_copy(encoder.ch_layout(), source.ch_layout());
        } else {
            av_channel_layout_default(encoder.ch_layout(), channels);
        }
        encoder.bit_rate(BITS_PER_SECOND);
        encoder.time_base(new AVRational().num(1).den(source.sample_rate()));
        if (muxer.wantsGlobalHeader()) {
            encoder.flags(encoder.flags() | AV_CODEC_FLAG_GLOBAL_HEADER);
        }
        check(avcodec_open2(encoder, codec, (AVDictionary) null), "opening the AAC audio encoder");
        check(swr_alloc_set_opts2(convert, encoder.ch_layout(), AV_SAMPLE_FMT_FLTP, encoder.sample_rate(),
                source.ch_layout(), source.sample_fmt(), source.sample_rate(), 0, null), "setting up audio conversion");
        check(swr_init(convert), "setting up audio conversion");
        chunk.format(AV_SAMPLE_FMT_FLTP);
        chunk.nb_samples(CHUNK);
        av_channel_layout_copy(chunk.ch_layout(), encoder.ch_layout());
        check(av_frame_get_buffer(chunk, 0), "allocating audio buffers");
        return muxer.addEncoded(encoder);
    }

    /** Adds {@code count} samples of a decoded frame, starting at sample {@code offset} of it. */
    void write(AVFrame frame, int offset, int count) throws CutException {
        int planes = inputPlanar ? channels : 1;
        for (int p = 0; p < planes; p++) {
            input.put(p, frame.data(p).getPointer((long) offset * inputBytesPerSample));
        }
        int done = 0;
        while (done < count) {
            int n = Math.min(CHUNK, count - done);
            for (int c = 0; c < channels; c++) {
                converted.put(c, chunk.data(c));
            }
            int got = swr_convert(convert, converted, n, input, n);
            check(got, "converting audio");
            av_audio_fifo_write(fifo, converted, got);
            done += n;
            for (int p = 0; p < planes; p++) {
                input.put(p, input.get(BytePointer.class, p).getPointer((long) n * inputBytesPerSample));
            }
            encodeFullFrames();
        }
    }

    /** Adds {@code count} samples of silence, where the source has none. */
    void silence(long count) throws CutException {
        while (count > 0) {
            int n = (int) Math.min(CHUNK, count);
            for (int c = 0; c < channels; c++) {
                chunk.data(c).position(0).limit((long) n * 4).fill(0);
                converted.put(c, chunk.data(c));
            }
            av_audio_fifo_write(fifo, converted, n);
            count -= n;
            encodeFullFrames();
        }
    }

    private void encodeFullFrames() throws CutException {
        while (av_audio_fifo_size(fifo) >= encoder.frame_size()) {
            encodeFrom(encoder.frame_size());
        }
    }

    private void encodeFrom(int n) throws CutException {
        av_frame_unref(toEncode);
        toEncode.format(AV_SAMPLE_FMT_FLTP);
        toEncode.nb_samples(n);
        toEncode.sample_rate(encoder.sample_rate());
        av_channel_layout_copy(toEncode.ch_layout(), encoder.ch_layout());
        check(av_frame_get_buffer(toEncode, 0), "allocating audio buffers");
        for (int c = 0; c < channels; c++) {
            converted.put(c, toEncode.data(c));
        }
        av_audio_fifo_read(fifo, converted, n);
        toEncode.pts(samplesSent);
        samplesSent += n;
        Encoders.encode(encoder, toEncode, pkt, muxer, stream, target, 0);
    }

    /** Encodes what is gathered, the last frame short if need be, and flushes the encoder. */
    void finish() throws CutException {
        int left = av_audio_fifo_size(fifo);
        if (left > 0) {
            encodeFrom(left);
        }
        Encoders.encode(encoder, null, pkt, muxer, stream, target, 0);
    }

    private void check(int ret, String doing) throws CutException {
        if (ret < 0) {
            throw AvErrors.encoder(target, ret, doing);
        }
    }

    @Override
    public void close() {
        avcodec_free_context(encoder);
        swr_free(convert);
        av_audio_fifo_free(fifo);
        av_frame_free(chunk);
        av_frame_free(toEncode);
        av_packet_free(pkt);
    }
}
