package com.courtside.export.cut;

import com.courtside.timeline.camera.Crop;

/**
 * The source pixels one follow-cam frame is made from: the camera's crop widened to the output's shape (never
 * squeezed), shrunk only where the frame is too small, kept inside the frame, and aligned to the chroma grid so
 * the colour planes are cut where the picture is.
 */
record CropRect(int x, int y, int width, int height) {

    static CropRect fit(Crop crop, int sourceWidth, int sourceHeight, int outWidth, int outHeight,
                        int alignX, int alignY) {
        double ratio = outWidth / (double) outHeight;
        double w = Math.max(crop.w(), 1);
        double h = Math.max(crop.h(), 1);
        if (w / h < ratio) {
            w = h * ratio;
        } else {
            h = w / ratio;
        }
        if (w > sourceWidth) {
            w = sourceWidth;
            h = w / ratio;
        }
        if (h > sourceHeight) {
            h = sourceHeight;
            w = h * ratio;
        }
        int iw = align(w, alignX, sourceWidth);
        int ih = align(h, alignY, sourceHeight);
        int ix = alignDown(clamp(crop.centreX() - iw / 2.0, sourceWidth - iw), alignX);
        int iy = alignDown(clamp(crop.centreY() - ih / 2.0, sourceHeight - ih), alignY);
        return new CropRect(ix, iy, iw, ih);
    }

    private static int align(double size, int step, int limit) {
        int rounded = (int) Math.round(size / step) * step;
        return Math.max(step, Math.min(rounded, limit / step * step));
    }

    private static int clamp(double origin, int max) {
        return (int) Math.round(Math.max(0, Math.min(max, origin)));
    }

    private static int alignDown(int value, int step) {
        return value / step * step;
    }
}
