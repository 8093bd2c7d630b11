package com.courtside.export.cut;

import org.bytedeco.ffmpeg.avutil.AVFrame;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.nio.file.Path;

import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUV420P;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_alloc;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_copy;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_copy_props;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_free;

/**
 * Burns a {@link FrameOverlay} into the pictures another shaper makes. The overlay draws on a transparent layer;
 * only the rectangle it reports is blended into the YUV picture and cleared again, so a ball and a caption cost
 * little on a large frame, and a frame with nothing to draw costs nothing. A picture that is still the decoder's
 * own frame is copied before it is drawn on, since the decoder predicts later frames from it.
 */
final class OverlayShaper implements FrameShaper {

    private final FrameShaper inner;
    private final FrameOverlay overlay;
    private final Path target;
    private final AVFrame own = av_frame_alloc();
    private BufferedImage layer;
    private int[] pixels;

    private OverlayShaper(FrameShaper inner, FrameOverlay overlay, Path target) {
        this.inner = inner;
        this.overlay = overlay;
        this.target = target;
    }

    /** {@code inner} with {@code overlay} drawn over its pictures; {@code inner} itself when there is no overlay. */
    static FrameShaper over(FrameShaper inner, FrameOverlay overlay, Path target) {
        return overlay == null ? inner : new OverlayShaper(inner, overlay, target);
    }

    @Override
    public AVFrame shape(AVFrame decoded, int index) throws CutException {
        AVFrame picture = inner.shape(decoded, index);
        if (picture.format() != AV_PIX_FMT_YUV420P) {
            throw new IllegalStateException("the overlay is drawn on YUV 4:2:0 pictures, got format "
                    + picture.format());
        }
        int width = picture.width();
        int height = picture.height();
        BufferedImage image = layer(width, height);
        Rectangle drawn = overlay.paint(index, image, inner.placement());
        Rectangle area = drawn == null ? new Rectangle() : drawn.intersection(new Rectangle(0, 0, width, height));
        if (area.isEmpty()) {
            return picture;
        }
        AVFrame writable = picture == decoded ? copy(decoded) : picture;
        YuvBlend.blendAndClear(pixels, width, area, writable, decoded);
        return writable;
    }

    private BufferedImage layer(int width, int height) {
        if (layer == null || layer.getWidth() != width || layer.getHeight() != height) {
            layer = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
            pixels = ((DataBufferInt) layer.getRaster().getDataBuffer()).getData();
        }
        return layer;
    }

    private AVFrame copy(AVFrame decoded) throws CutException {
        Pictures.renew(own, decoded.format(), decoded.width(), decoded.height(), target);
        int ret = av_frame_copy(own, decoded);
        if (ret < 0) {
            throw AvErrors.encoder(target, ret, "copying a frame to draw the overlay on");
        }
        av_frame_copy_props(own, decoded);
        return own;
    }

    @Override
    public FramePlacement placement() {
        return inner.placement();
    }

    @Override
    public void close() {
        av_frame_free(own);
        inner.close();
    }
}
