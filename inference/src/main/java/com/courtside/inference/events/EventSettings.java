package com.courtside.inference.events;

/**
 * Tuning of {@link TrajectoryEvents}, in frames and pixels per frame for one video.
 *
 * @param smoothHalfWindow  half-width of the centred moving average applied to y (0 = none)
 * @param baseline          frames on each side used to measure the velocity before and after a frame
 * @param minDownSpeed      least downward image speed (px/frame) before a bounce
 * @param minVerticalDrop   least fall in vertical velocity (px/frame) across a bounce: the impulse of the table
 * @param maxSpeedAfter     downward speed (px/frame) right after a bounce that is always allowed (a stall)
 * @param maxAfterRatio     downward speed after a bounce may also be up to this share of the speed before
 *                          (seen from behind, a ball can keep moving down the image after the table)
 * @param minBounceSpacing  frames that must separate two bounces
 * @param minHorizontalSpeed horizontal speed (px/frame) above which an x reversal counts as a hit, not a bounce
 * @param netSpeedRatio     a NET needs the speed after to fall below this share of the speed before
 * @param minNetSpeed       least speed (px/frame) before a NET
 * @param netMargin         pixels by which the net band is widened
 * @param minNetSpacing     frames that must separate two NET events
 */
public record EventSettings(int smoothHalfWindow, int baseline, double minDownSpeed, double minVerticalDrop,
                            double maxSpeedAfter, double maxAfterRatio, int minBounceSpacing, double minHorizontalSpeed,
                            double netSpeedRatio, double minNetSpeed, double netMargin, int minNetSpacing) {

    public EventSettings {
        if (smoothHalfWindow < 0 || baseline < 1 || minBounceSpacing < 1 || minNetSpacing < 1) {
            throw new IllegalArgumentException("bad event settings");
        }
    }

    /** Defaults scaled with the frame size and frame rate: speeds are shares of the frame height per second. */
    public static EventSettings forVideo(int width, int height, double fps) {
        if (width <= 0 || height <= 0 || !(fps > 0)) {
            throw new IllegalArgumentException("bad video " + width + "x" + height + " @ " + fps);
        }
        double perFrame = height / fps;                       // one frame height per second, in px/frame
        int baseline = Math.max(2, (int) Math.round(fps * 0.06));
        int smooth = fps >= 50 ? 1 : 0;
        return new EventSettings(
                smooth,
                baseline,
                0.06 * perFrame,                              // 0.06 heights/s: 1.4 px/frame at 720p30
                0.30 * perFrame,                              // 7.2 px/frame at 720p30
                0.12 * perFrame,
                0.4,
                Math.max(1, (int) Math.round(0.15 * fps)),
                0.02 * width / fps,
                0.55,
                0.25 * perFrame,
                0.02 * width,
                Math.max(1, (int) Math.round(0.3 * fps)));
    }

    public EventSettings withSmoothHalfWindow(int half) {
        return new EventSettings(half, baseline, minDownSpeed, minVerticalDrop, maxSpeedAfter, maxAfterRatio,
                minBounceSpacing,
                minHorizontalSpeed, netSpeedRatio, minNetSpeed, netMargin, minNetSpacing);
    }
}
