package com.courtside.inference.people;

/**
 * One person seen in one frame: the top-left corner and size in source-video pixels, and the detector's
 * confidence (0..1).
 */
public record PersonBox(float left, float top, float width, float height, float confidence) {

    public PersonBox {
        if (!(width > 0) || !(height > 0)) {
            throw new IllegalArgumentException("a person box needs a positive size, got " + width + "×" + height);
        }
    }

    /** Intersection over union with {@code other}; 0 where they do not overlap. */
    public float iou(PersonBox other) {
        float w = Math.min(left + width, other.left + other.width) - Math.max(left, other.left);
        float h = Math.min(top + height, other.top + other.height) - Math.max(top, other.top);
        if (w <= 0 || h <= 0) {
            return 0;
        }
        float inter = w * h;
        return inter / (width * height + other.width * other.height - inter);
    }
}
