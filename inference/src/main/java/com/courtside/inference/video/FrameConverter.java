package com.courtside.inference.video;

import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.ffmpeg.avutil.AVPixFmtDescriptor;
import org.bytedeco.ffmpeg.swscale.SwsContext;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.javacpp.PointerPointer;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_BGRA;
import static org.bytedeco.ffmpeg.global.avutil.av_pix_fmt_count_planes;
import static org.bytedeco.ffmpeg.global.avutil.av_pix_fmt_desc_get;
import static org.bytedeco.ffmpeg.global.swscale.SWS_BILINEAR;
import static org.bytedeco.ffmpeg.global.swscale.sws_freeContext;
import static org.bytedeco.ffmpeg.global.swscale.sws_getCachedContext;
import static org.bytedeco.ffmpeg.global.swscale.sws_scale;

/**
 * Converts (and scales) decoded frames to BGRA straight into a {@link FrameImage}'s buffer with libswscale, so a
 * frame is written once on its way to the screen. A full-size conversion is split in two bands converted at once
 * on two threads, as the {@code ffmpeg} CLI's filter threads do: at 1080p it is the longest step of sequential
 * decoding. Not thread-safe: one owner.
 */
final class FrameConverter implements AutoCloseable {

    /** Bands meet on a row that is a multiple of this, so chroma rows of 4:2:0 and 4:1:0 video are never split. */
    private static final int BAND_ALIGN = 16;
    private static final int MIN_SPLIT_HEIGHT = 256;

    private final int width;
    private final int height;
    private SwsContext whole;
    private SwsContext top;
    private SwsContext bottom;
    private ExecutorService helper;

    FrameConverter(int width, int height) {
        this.width = width;
        this.height = height;
    }

    void convert(AVFrame source, FrameImage target) {
        boolean unscaled = source.width() == width && source.height() == height;
        if (unscaled && height >= MIN_SPLIT_HEIGHT && isPlanar(source.format())) {
            convertInBands(source, target);
            return;
        }
        whole = context(whole, source);
        sws_scale(whole, new PointerPointer<>(source), source.linesize(), 0, source.height(),
                target.nativePlanes(), target.nativeStrides());
    }

    private void convertInBands(AVFrame source, FrameImage target) {
        AVPixFmtDescriptor format = av_pix_fmt_desc_get(source.format());
        int planes = av_pix_fmt_count_planes(source.format());
        int split = height / 2 / BAND_ALIGN * BAND_ALIGN;
        // Each band is converted as an image of its own (the usual call from row 0), so the two calls share nothing.
        top = bandContext(top, source, split);
        bottom = bandContext(bottom, source, height - split);
        PointerPointer<BytePointer> topPlanes = new PointerPointer<>(planes);
        PointerPointer<BytePointer> bottomPlanes = new PointerPointer<>(planes);
        IntPointer strides = new IntPointer(planes);
        for (int i = 0; i < planes; i++) {
            int rows = i == 0 || i == 3 ? split : split >> format.log2_chroma_h();
            strides.put(i, source.linesize(i));
            topPlanes.put(i, source.data(i));
            bottomPlanes.put(i, source.data(i).getPointer((long) rows * source.linesize(i)));
        }
        BytePointer out = target.nativePlanes().get(BytePointer.class, 0);
        PointerPointer<BytePointer> bottomOut = new PointerPointer<>(1);
        bottomOut.put(0, out.getPointer((long) split * target.stride()));
        Future<?> lower = helper().submit(() -> sws_scale(bottom, bottomPlanes, strides, 0, height - split,
                bottomOut, target.nativeStrides()));
        sws_scale(top, topPlanes, strides, 0, split, target.nativePlanes(), target.nativeStrides());
        try {
            lower.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while converting a frame", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("converting a frame failed: " + e.getCause(), e.getCause());
        }
    }

    private SwsContext bandContext(SwsContext cached, AVFrame source, int rows) {
        SwsContext context = sws_getCachedContext(cached, source.width(), rows, source.format(),
                width, rows, AV_PIX_FMT_BGRA, SWS_BILINEAR, null, null, (DoublePointer) null);
        if (context == null) {
            throw new IllegalStateException("FFmpeg cannot convert pixel format " + source.format() + " to BGRA");
        }
        return context;
    }

    private static boolean isPlanar(int pixelFormat) {
        AVPixFmtDescriptor format = av_pix_fmt_desc_get(pixelFormat);
        return format != null && (format.flags() & org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_FLAG_PLANAR) != 0
                && (format.flags() & org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_FLAG_HWACCEL) == 0;
    }

    private SwsContext context(SwsContext cached, AVFrame source) {
        SwsContext context = sws_getCachedContext(cached, source.width(), source.height(), source.format(),
                width, height, AV_PIX_FMT_BGRA, SWS_BILINEAR, null, null, (DoublePointer) null);
        if (context == null) {
            throw new IllegalStateException("FFmpeg cannot convert pixel format " + source.format() + " to BGRA");
        }
        return context;
    }

    private ExecutorService helper() {
        if (helper == null) {
            helper = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "courtside-convert");
                t.setDaemon(true);
                return t;
            });
        }
        return helper;
    }

    @Override
    public void close() {
        for (SwsContext c : new SwsContext[] {whole, top, bottom}) {
            if (c != null) {
                sws_freeContext(c);
            }
        }
        whole = null;
        top = null;
        bottom = null;
        if (helper != null) {
            helper.shutdownNow();
            helper = null;
        }
    }
}
