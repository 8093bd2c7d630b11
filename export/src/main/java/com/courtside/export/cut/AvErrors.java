package com.courtside.export.cut;

import com.courtside.export.cut.CutException.Problem;
import org.bytedeco.javacpp.BytePointer;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.bytedeco.ffmpeg.global.avutil.av_strerror;

/** FFmpeg's error codes as messages for the user: which file, what happened and what to do. */
final class AvErrors {

    /** FFmpeg's AVERROR(EINVAL) and AVERROR(ENOMEM), for failures FFmpeg reports without a code. */
    static final int INVALID = -22;
    static final int NO_MEMORY = -12;

    private static final int EPERM = 1;
    private static final int ENOENT = 2;
    private static final int EACCES = 13;
    private static final int ENOTDIR = 20;
    private static final int EFBIG = 27;
    private static final int ENOSPC = 28;
    private static final int EROFS = 30;
    private static final int EDQUOT = 122;

    private AvErrors() {
    }

    /** FFmpeg's own words for an error code, e.g. "No space left on device". */
    static String text(int code) {
        try (BytePointer buffer = new BytePointer(256)) {
            av_strerror(code, buffer, 256);
            byte[] bytes = new byte[256];
            buffer.get(bytes);
            int end = 0;
            while (end < bytes.length && bytes[end] != 0) {
                end++;
            }
            return new String(bytes, 0, end, StandardCharsets.UTF_8);
        }
    }

    /** The failure to write {@code target} (through its partial file) while {@code doing}. */
    static CutException writing(Path target, int code, String doing) {
        String name = "'" + target.getFileName() + "'";
        String folder = String.valueOf(target.toAbsolutePath().getParent());
        String what = text(code);
        switch (-code) {
            case ENOSPC, EDQUOT, EFBIG:
                return new CutException(Problem.NO_SPACE, target, "Could not write " + name + " in " + folder
                        + " while " + doing + ": " + what + ". The unfinished file was removed; free some space "
                        + "or choose another folder, then export again.");
            case EACCES, EPERM, EROFS, ENOENT, ENOTDIR:
                return notWritable(target, what);
            default:
                return new CutException(Problem.WRITE_FAILED, target, "Could not write " + name + " in " + folder
                        + " while " + doing + ": " + what + ". The unfinished file was removed; export again, or "
                        + "choose another folder if it happens again.");
        }
    }

    static CutException notWritable(Path target, String why) {
        return new CutException(Problem.NOT_WRITABLE, target, "Cannot write '" + target.getFileName() + "' in "
                + target.toAbsolutePath().getParent() + ": " + why + ". Choose a folder you can write to.");
    }

    /** The source video failed to read or decode. */
    static CutException source(Path video, int code, String doing) {
        return new CutException(Problem.SOURCE, video, "Could not read '" + video.getFileName() + "' while "
                + doing + ": " + text(code) + ". The file may be damaged; open it again to re-check it.");
    }

    /** An encoder refused to open or to encode. */
    static CutException encoder(Path target, int code, String doing) {
        return new CutException(Problem.ENCODER, target, "The encoder failed while " + doing + " for '"
                + target.getFileName() + "': " + text(code) + ". Try another quality setting or stream copy.");
    }
}
