package com.courtside.export.cut;

import org.bytedeco.ffmpeg.avutil.AVFrame;

import java.nio.file.Path;

import static org.bytedeco.ffmpeg.global.avutil.av_frame_get_buffer;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_unref;

/** Picture buffers for the shapers. */
final class Pictures {

    private Pictures() {
    }

    /**
     * Gives {@code frame} a fresh buffer of the format and size. The encoder's thread may still hold the old one;
     * a new buffer, rather than making the old one writable, spares copying its pixels.
     */
    static void renew(AVFrame frame, int format, int width, int height, Path target) throws CutException {
        av_frame_unref(frame);
        frame.format(format);
        frame.width(width);
        frame.height(height);
        int ret = av_frame_get_buffer(frame, 0);
        if (ret < 0) {
            throw AvErrors.encoder(target, ret, "allocating a frame");
        }
    }
}
