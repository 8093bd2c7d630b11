package com.courtside.inference.video;

import com.courtside.inference.video.VideoOpenException.Problem;
import com.courtside.timeline.Rational;
import org.bytedeco.ffmpeg.avcodec.AVCodec;
import org.bytedeco.ffmpeg.avcodec.AVCodecParameters;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVRational;
import org.bytedeco.javacpp.BytePointer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.bytedeco.ffmpeg.global.avcodec.avcodec_find_decoder;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_get_name;
import static org.bytedeco.ffmpeg.global.avformat.avformat_close_input;
import static org.bytedeco.ffmpeg.global.avformat.avformat_find_stream_info;
import static org.bytedeco.ffmpeg.global.avformat.avformat_open_input;
import static org.bytedeco.ffmpeg.global.avutil.AVMEDIA_TYPE_VIDEO;
import static org.bytedeco.ffmpeg.global.avutil.AV_NOPTS_VALUE;
import static org.bytedeco.ffmpeg.global.avutil.AV_TIME_BASE;
import static org.bytedeco.ffmpeg.global.avutil.av_strerror;

/**
 * Reads container headers with libavformat and turns every way a file can fail to be a usable video into a
 * {@link VideoOpenException} with a message for the user. Runs before any decoder is created.
 */
public final class ContainerInspector {

    private ContainerInspector() {
    }

    public static ContainerInfo inspect(Path file) throws VideoOpenException {
        checkFile(file);
        Ffmpeg.init();
        AVFormatContext oc = new AVFormatContext(null);
        int ret = avformat_open_input(oc, file.toAbsolutePath().toString(), null, null);
        if (ret < 0) {
            throw new VideoOpenException(Problem.NOT_VIDEO, file, describe(file)
                    + " is not a video that FFmpeg can read (" + ffmpegError(ret) + "). "
                    + "If it is a video, it may be damaged or cut short; try re-exporting it as MP4 (H.264).");
        }
        try {
            ret = avformat_find_stream_info(oc, (org.bytedeco.ffmpeg.avutil.AVDictionary) null);
            if (ret < 0) {
                throw new VideoOpenException(Problem.DAMAGED, file, describe(file)
                        + " could not be read: its stream information is damaged (" + ffmpegError(ret) + ").");
            }
            AVStream video = firstVideoStream(oc, file);
            return describe(oc, video, file);
        } finally {
            avformat_close_input(oc);
        }
    }

    private static void checkFile(Path file) throws VideoOpenException {
        if (!Files.exists(file)) {
            throw new VideoOpenException(Problem.NOT_FOUND, file,
                    "No file at " + file.toAbsolutePath() + ". Check the path and the file name.");
        }
        if (Files.isDirectory(file)) {
            throw new VideoOpenException(Problem.NOT_VIDEO, file,
                    file.toAbsolutePath() + " is a folder, not a video file. Choose a video file inside it.");
        }
        if (!Files.isReadable(file)) {
            throw new VideoOpenException(Problem.NOT_READABLE, file,
                    "Cannot read " + file.toAbsolutePath() + ": permission denied. Check the file's permissions.");
        }
        try {
            if (Files.size(file) == 0) {
                throw new VideoOpenException(Problem.EMPTY, file, describe(file)
                        + " is empty (0 bytes). The copy or download probably failed; copy the video again.");
            }
        } catch (IOException e) {
            throw new VideoOpenException(Problem.NOT_READABLE, file, "Cannot read " + file.toAbsolutePath() + ": " + e.getMessage(), e);
        }
    }

    private static AVStream firstVideoStream(AVFormatContext oc, Path file) throws VideoOpenException {
        AVStream unsupported = null;
        for (int i = 0; i < oc.nb_streams(); i++) {
            AVStream st = oc.streams(i);
            AVCodecParameters par = st.codecpar();
            if (par.codec_type() != AVMEDIA_TYPE_VIDEO) {
                continue;
            }
            // Cover art is stored as a one-frame video stream; it is never the match.
            if ((st.disposition() & org.bytedeco.ffmpeg.global.avformat.AV_DISPOSITION_ATTACHED_PIC) != 0) {
                continue;
            }
            AVCodec decoder = avcodec_find_decoder(par.codec_id());
            if (decoder != null && par.width() > 0 && par.height() > 0) {
                return st;
            }
            unsupported = st;
        }
        if (unsupported != null) {
            AVCodecParameters par = unsupported.codecpar();
            String codec = par.codec_id() == 0 ? "fourcc " + fourcc(par.codec_tag()) : avcodec_get_name(par.codec_id()).getString();
            throw new VideoOpenException(Problem.UNSUPPORTED_CODEC, file, describe(file)
                    + " uses a video codec this build cannot decode (" + codec + "). "
                    + "Convert it to H.264, e.g. ffmpeg -i IN -c:v libx264 OUT.mp4, and open the converted file.");
        }
        throw new VideoOpenException(Problem.NOT_VIDEO, file, describe(file)
                + " has no video stream (it may be audio only). Open a video file.");
    }

    private static ContainerInfo describe(AVFormatContext oc, AVStream st, Path file) {
        AVCodecParameters par = st.codecpar();
        AVRational tb = st.time_base();
        AVRational rate = st.avg_frame_rate().num() > 0 ? st.avg_frame_rate() : st.r_frame_rate();
        Rational fps = rate.num() > 0 && rate.den() > 0 ? Rational.of(rate.num(), rate.den()) : Rational.of(25, 1);
        long start = st.start_time() != AV_NOPTS_VALUE ? st.start_time() * 1_000_000L * tb.num() / tb.den() : 0;
        long duration = oc.duration() != AV_NOPTS_VALUE ? oc.duration() * 1_000_000L / AV_TIME_BASE : -1;
        String container = oc.iformat().name().getString();
        return new ContainerInfo(container, avcodec_get_name(par.codec_id()).getString(), st.index(),
                par.width(), par.height(), st.nb_frames(), fps, Rational.of(tb.num(), tb.den()), start, duration);
    }

    static String ffmpegError(int code) {
        BytePointer buffer = new BytePointer(256);
        try {
            av_strerror(code, buffer, 256);
            byte[] bytes = new byte[256];
            buffer.get(bytes);
            int end = 0;
            while (end < bytes.length && bytes[end] != 0) {
                end++;
            }
            return new String(bytes, 0, end, java.nio.charset.StandardCharsets.UTF_8);
        } finally {
            buffer.close();
        }
    }

    private static String fourcc(int tag) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            int c = (tag >> (8 * i)) & 0xff;
            s.append(c >= 32 && c < 127 ? (char) c : '?');
        }
        return s.toString();
    }

    private static String describe(Path file) {
        return "'" + file.getFileName() + "'";
    }
}
