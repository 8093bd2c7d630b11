package com.courtside.inference.camera;

import com.courtside.timeline.camera.CameraPin;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays the user's pins over the automatic path. Within {@link #EASE_SECONDS} of a pin the crop eases (smoothstep)
 * from the automatic one to the pinned one and back; it is the pinned crop exactly at the pin's frame. Two pins
 * closer than twice that are joined directly, easing from one to the next, so the path never dips back to the
 * automatic camera between them. A frame's result depends on that frame's automatic crop alone, so a preview
 * and a render agree wherever they start.
 */
final class PinEasing {

    static final double EASE_SECONDS = 1.0;

    private final int[] frames;
    private final double[] centreX;
    private final double[] centreY;
    private final double[] width;
    private final int window;

    PinEasing(List<CameraPin> pins, CameraTuning t) {
        List<CameraPin> sorted = new ArrayList<>(pins);
        sorted.sort(null);
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).frame() == sorted.get(i - 1).frame()) {
                throw new IllegalArgumentException("two camera pins at frame " + sorted.get(i).frame());
            }
        }
        int n = sorted.size();
        frames = new int[n];
        centreX = new double[n];
        centreY = new double[n];
        width = new double[n];
        for (int i = 0; i < n; i++) {
            CameraPin p = sorted.get(i);
            frames[i] = p.frame();
            width[i] = Math.min(t.frameWidth(), t.widthAt(p.zoom()));
            double height = width[i] / t.ratio();
            centreX[i] = CameraTuning.inside(p.centreX(), width[i], t.frameWidth());
            centreY[i] = CameraTuning.inside(p.centreY(), height, t.frameHeight());
        }
        window = Math.max(1, CameraTuning.frames(EASE_SECONDS, t.fps()));
    }

    /** Replaces {@code crop} = {centre x, centre y, width}, the automatic one at {@code frame}, by the eased one. */
    void apply(int frame, double[] crop) {
        if (frames.length == 0) {
            return;
        }
        int next = firstAtOrAfter(frame);
        int prev = next < frames.length && frames[next] == frame ? next : next - 1;
        if (prev >= 0 && next < frames.length && prev != next && frames[next] - frames[prev] <= 2 * window) {
            double s = smoothstep((frame - frames[prev]) / (double) (frames[next] - frames[prev]));
            blend(crop, prev, next, s);
            return;
        }
        int near = -1;
        double weight = 0;
        if (prev >= 0 && frame - frames[prev] < window) {
            near = prev;
            weight = smoothstep(1 - (frame - frames[prev]) / (double) window);
        } else if (next < frames.length && frames[next] - frame < window) {
            near = next;
            weight = smoothstep(1 - (frames[next] - frame) / (double) window);
        }
        if (near >= 0) {
            crop[0] = (1 - weight) * crop[0] + weight * centreX[near];
            crop[1] = (1 - weight) * crop[1] + weight * centreY[near];
            crop[2] = (1 - weight) * crop[2] + weight * width[near];
        }
    }

    /** Between pins a and b: (1 − s)·a + s·b, written so s = 0 and s = 1 give each pin exactly. */
    private void blend(double[] crop, int a, int b, double s) {
        crop[0] = (1 - s) * centreX[a] + s * centreX[b];
        crop[1] = (1 - s) * centreY[a] + s * centreY[b];
        crop[2] = (1 - s) * width[a] + s * width[b];
    }

    private int firstAtOrAfter(int frame) {
        int lo = 0;
        int hi = frames.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (frames[mid] < frame) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    static double smoothstep(double t) {
        double c = Math.max(0, Math.min(1, t));
        return c * c * (3 - 2 * c);
    }
}
