package com.courtside.export.cut;

/**
 * Where the source video's pixels lie in one output picture: {@code pictureX = offsetX + sourceX · scaleX}, and
 * the same for y. A rally cut shows the source 1:1; a follow-cam frame shows the camera's crop scaled to the output
 * size, so its placement changes from frame to frame.
 *
 * @param sourceWidth  the source video's width in pixels
 * @param sourceHeight the source video's height in pixels
 */
public record FramePlacement(int sourceWidth, int sourceHeight, double scaleX, double scaleY, double offsetX,
                             double offsetY) {

    public FramePlacement {
        if (sourceWidth <= 0 || sourceHeight <= 0 || !(scaleX > 0) || !(scaleY > 0)
                || !Double.isFinite(offsetX) || !Double.isFinite(offsetY)) {
            throw new IllegalArgumentException("a placement needs a source size and positive scales, got "
                    + sourceWidth + "x" + sourceHeight + " at " + scaleX + "x" + scaleY);
        }
    }

    /** The source shown whole and unscaled. */
    public static FramePlacement identity(int sourceWidth, int sourceHeight) {
        return new FramePlacement(sourceWidth, sourceHeight, 1, 1, 0, 0);
    }

    /** The source pixels {@code crop} scaled onto a picture of {@code outWidth × outHeight}. */
    static FramePlacement ofCrop(int sourceWidth, int sourceHeight, CropRect crop, int outWidth, int outHeight) {
        double sx = outWidth / (double) crop.width();
        double sy = outHeight / (double) crop.height();
        return new FramePlacement(sourceWidth, sourceHeight, sx, sy, -crop.x() * sx, -crop.y() * sy);
    }

    public double pictureX(double sourceX) {
        return offsetX + sourceX * scaleX;
    }

    public double pictureY(double sourceY) {
        return offsetY + sourceY * scaleY;
    }
}
