package com.courtside.timeline.camera;

/**
 * The virtual camera's crop for every frame of a video, in columns: the centre, width and height of the crop in
 * source pixels. A two-hour match at 120 fps is four float arrays, not 864,000 objects.
 */
public final class CameraPath {

    private final int sourceWidth;
    private final int sourceHeight;
    private final float[] centreX;
    private final float[] centreY;
    private final float[] width;
    private final float[] height;

    public CameraPath(int frameCount, int sourceWidth, int sourceHeight) {
        if (frameCount < 0) {
            throw new IllegalArgumentException("frame count must be 0 or more, got " + frameCount);
        }
        if (sourceWidth < 1 || sourceHeight < 1) {
            throw new IllegalArgumentException("source frame size must be positive, got " + sourceWidth + "x"
                    + sourceHeight);
        }
        this.sourceWidth = sourceWidth;
        this.sourceHeight = sourceHeight;
        this.centreX = new float[frameCount];
        this.centreY = new float[frameCount];
        this.width = new float[frameCount];
        this.height = new float[frameCount];
    }

    public void set(int frame, float cx, float cy, float w, float h) {
        centreX[frame] = cx;
        centreY[frame] = cy;
        width[frame] = w;
        height[frame] = h;
    }

    public int frameCount() {
        return centreX.length;
    }

    public int sourceWidth() {
        return sourceWidth;
    }

    public int sourceHeight() {
        return sourceHeight;
    }

    public float centreX(int frame) {
        return centreX[frame];
    }

    public float centreY(int frame) {
        return centreY[frame];
    }

    public float width(int frame) {
        return width[frame];
    }

    public float height(int frame) {
        return height[frame];
    }

    /** The crop of a frame, its top-left corner kept inside the source frame against float rounding. */
    public Crop crop(int frame) {
        return crop(centreX[frame], centreY[frame], width[frame], height[frame], sourceWidth, sourceHeight);
    }

    /** A crop from its centre and size, moved (never resized beyond the frame) so it lies inside the frame. */
    public static Crop crop(float cx, float cy, float w, float h, int sourceWidth, int sourceHeight) {
        double cw = Math.min(w, sourceWidth);
        double ch = Math.min(h, sourceHeight);
        double x = Math.max(0, Math.min(sourceWidth - cw, cx - cw / 2));
        double y = Math.max(0, Math.min(sourceHeight - ch, cy - ch / 2));
        return new Crop(x, y, cw, ch);
    }
}
