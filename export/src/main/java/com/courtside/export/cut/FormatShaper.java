package com.courtside.export.cut;

import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.ffmpeg.swscale.SwsContext;
import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.PointerPointer;

import java.nio.file.Path;

import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUV420P;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_alloc;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_free;
import static org.bytedeco.ffmpeg.global.swscale.SWS_BILINEAR;
import static org.bytedeco.ffmpeg.global.swscale.sws_freeContext;
import static org.bytedeco.ffmpeg.global.swscale.sws_getCachedContext;
import static org.bytedeco.ffmpeg.global.swscale.sws_scale;

/**
 * The rally cut's shaper: frames already in YUV 4:2:0 go to the encoder untouched (no copy); others, such as
 * full-range or 4:2:2 video, are converted at the same size.
 */
final class FormatShaper implements FrameShaper {

    private final Path target;
    private final AVFrame converted = av_frame_alloc();
    private SwsContext sws;
    private FramePlacement placement;

    FormatShaper(Path target) {
        this.target = target;
    }

    @Override
    public AVFrame shape(AVFrame decoded, int index) throws CutException {
        placement = FramePlacement.identity(decoded.width(), decoded.height());
        if (decoded.format() == AV_PIX_FMT_YUV420P) {
            return decoded;
        }
        sws = sws_getCachedContext(sws, decoded.width(), decoded.height(), decoded.format(), decoded.width(),
                decoded.height(), AV_PIX_FMT_YUV420P, SWS_BILINEAR, null, null, (DoublePointer) null);
        if (sws == null) {
            throw AvErrors.encoder(target, AvErrors.INVALID, "converting pixel format " + decoded.format()
                    + " to YUV 4:2:0");
        }
        Pictures.renew(converted, AV_PIX_FMT_YUV420P, decoded.width(), decoded.height(), target);
        sws_scale(sws, new PointerPointer<>(decoded), decoded.linesize(), 0, decoded.height(),
                new PointerPointer<>(converted), converted.linesize());
        return converted;
    }

    @Override
    public FramePlacement placement() {
        return placement;
    }

    @Override
    public void close() {
        av_frame_free(converted);
        if (sws != null) {
            sws_freeContext(sws);
        }
    }
}
