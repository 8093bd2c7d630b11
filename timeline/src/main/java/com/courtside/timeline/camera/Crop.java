package com.courtside.timeline.camera;

/** A crop rectangle in source pixels: the top-left corner, the width and the height. */
public record Crop(double x, double y, double w, double h) {

    public double centreX() {
        return x + w / 2;
    }

    public double centreY() {
        return y + h / 2;
    }

    /** True when the point lies inside the rectangle or on its edge. */
    public boolean contains(double px, double py) {
        return px >= x && px <= x + w && py >= y && py <= y + h;
    }
}
