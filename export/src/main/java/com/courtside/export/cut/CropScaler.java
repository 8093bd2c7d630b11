package com.courtside.export.cut;

import com.courtside.timeline.camera.CameraPath;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.ffmpeg.avutil.AVPixFmtDescriptor;
import org.bytedeco.ffmpeg.swscale.SwsContext;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.PointerPointer;

import java.nio.file.Path;

import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_FLAG_HWACCEL;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_FLAG_PLANAR;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUV420P;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_alloc;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_free;
import static org.bytedeco.ffmpeg.global.avutil.av_pix_fmt_count_planes;
import static org.bytedeco.ffmpeg.global.avutil.av_pix_fmt_desc_get;
import static org.bytedeco.ffmpeg.global.swscale.SWS_BICUBIC;
import static org.bytedeco.ffmpeg.global.swscale.sws_freeContext;
import static org.bytedeco.ffmpeg.global.swscale.sws_getCachedContext;
import static org.bytedeco.ffmpeg.global.swscale.sws_scale;

/**
 * The follow-cam's shaper: cuts each frame's camera crop out of the decoded picture (by pointing libswscale at
 * the crop's first pixel in each plane, no copy) and scales it to the output size in one pass.
 */
final class CropScaler implements FrameShaper {

    private final CameraPath path;
    private final int outWidth;
    private final int outHeight;
    private final Path target;
    private final AVFrame scaled = av_frame_alloc();
    private SwsContext sws;
    private FramePlacement placement;

    CropScaler(CameraPath path, OutputSize size, Path target) {
        this.path = path;
        this.outWidth = size.width();
        this.outHeight = size.height();
        this.target = target;
    }

    @Override
    public AVFrame shape(AVFrame decoded, int index) throws CutException {
        AVPixFmtDescriptor format = av_pix_fmt_desc_get(decoded.format());
        if (format == null || (format.flags() & AV_PIX_FMT_FLAG_PLANAR) == 0
                || (format.flags() & AV_PIX_FMT_FLAG_HWACCEL) != 0) {
            throw AvErrors.encoder(target, AvErrors.INVALID, "cropping: the video's pixel format " + decoded.format()
                    + " is not planar");
        }
        int alignX = 1 << format.log2_chroma_w();
        int alignY = 1 << format.log2_chroma_h();
        CropRect r = CropRect.fit(path.crop(index), decoded.width(), decoded.height(), outWidth, outHeight,
                alignX, alignY);
        placement = FramePlacement.ofCrop(decoded.width(), decoded.height(), r, outWidth, outHeight);
        int planes = av_pix_fmt_count_planes(decoded.format());
        PointerPointer<BytePointer> origin = new PointerPointer<>(planes);
        for (int p = 0; p < planes; p++) {
            boolean chroma = p == 1 || p == 2;
            int px = chroma ? r.x() >> format.log2_chroma_w() : r.x();
            int py = chroma ? r.y() >> format.log2_chroma_h() : r.y();
            int step = bytesPerPixel(format, p);
            origin.put(p, decoded.data(p).getPointer((long) py * decoded.linesize(p) + (long) px * step));
        }
        sws = sws_getCachedContext(sws, r.width(), r.height(), decoded.format(), outWidth, outHeight,
                AV_PIX_FMT_YUV420P, SWS_BICUBIC, null, null, (DoublePointer) null);
        if (sws == null) {
            throw AvErrors.encoder(target, AvErrors.INVALID, "setting up the scaler for a " + r.width() + "x"
                    + r.height()
                    + " crop");
        }
        Pictures.renew(scaled, AV_PIX_FMT_YUV420P, outWidth, outHeight, target);
        sws_scale(sws, origin, decoded.linesize(), 0, r.height(), new PointerPointer<>(scaled), scaled.linesize());
        return scaled;
    }

    @Override
    public FramePlacement placement() {
        return placement;
    }

    private static int bytesPerPixel(AVPixFmtDescriptor format, int plane) {
        for (int c = 0; c < format.nb_components(); c++) {
            if (format.comp(c).plane() == plane) {
                return format.comp(c).step();
            }
        }
        return 1;
    }

    @Override
    public void close() {
        av_frame_free(scaled);
        if (sws != null) {
            sws_freeContext(sws);
        }
    }
}
