package com.courtside.inference.video;

import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.ffmpeg.swscale.SwsContext;
import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.PointerPointer;

import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_BGRA;
import static org.bytedeco.ffmpeg.global.swscale.SWS_BILINEAR;
import static org.bytedeco.ffmpeg.global.swscale.sws_freeContext;
import static org.bytedeco.ffmpeg.global.swscale.sws_getCachedContext;
import static org.bytedeco.ffmpeg.global.swscale.sws_scale;

/**
 * Converts (and scales) decoded frames to BGRA straight into a {@link FrameImage}'s buffer with libswscale, so a
 * frame is written once on its way to the screen instead of being converted and then copied.
 */
final class FrameConverter implements AutoCloseable {

    private final int width;
    private final int height;
    private SwsContext context;

    FrameConverter(int width, int height) {
        this.width = width;
        this.height = height;
    }

    void convert(AVFrame source, FrameImage target) {
        context = sws_getCachedContext(context, source.width(), source.height(), source.format(),
                width, height, AV_PIX_FMT_BGRA, SWS_BILINEAR, null, null, (DoublePointer) null);
        if (context == null) {
            throw new IllegalStateException("FFmpeg cannot convert pixel format " + source.format() + " to BGRA");
        }
        sws_scale(context, new PointerPointer<>(source), source.linesize(), 0, source.height(),
                target.nativePlanes(), target.nativeStrides());
    }

    @Override
    public void close() {
        if (context != null) {
            sws_freeContext(context);
            context = null;
        }
    }
}
