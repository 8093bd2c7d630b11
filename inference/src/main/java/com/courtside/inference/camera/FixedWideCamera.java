package com.courtside.inference.camera;

import com.courtside.timeline.camera.Aspect;
import com.courtside.timeline.camera.CameraPath;

/** The other baseline: the widest crop of the aspect, centred in the frame, never moving. */
public final class FixedWideCamera {

    private FixedWideCamera() {
    }

    public static CameraPath plan(int frameCount, Aspect aspect, int frameWidth, int frameHeight) {
        double w = Math.min(frameWidth, aspect.widestCropWidth(frameWidth, frameHeight));
        double h = Math.min(frameHeight, w / aspect.ratio());
        CameraPath path = new CameraPath(frameCount, frameWidth, frameHeight);
        for (int f = 0; f < frameCount; f++) {
            path.set(f, frameWidth / 2f, frameHeight / 2f, (float) w, (float) h);
        }
        return path;
    }
}
