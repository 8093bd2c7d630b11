package com.courtside.timeline.eval;

import com.courtside.timeline.BallTrack;
import com.courtside.timeline.camera.CameraPath;
import com.courtside.timeline.camera.Crop;

/**
 * How well a camera path frames a ball, over the frames both cover.
 * <ul>
 * <li>ball inside: of the frames where the track shows the ball (VISIBLE), the share whose ball lies inside the
 * crop, edges included;</li>
 * <li>mean jerk: the mean, over every frame f from 3 on, of the length of the crop centre's third difference
 * c(f) − 3c(f−1) + 3c(f−2) − c(f−3), pixels per frame³; a centre that moves at constant speed or constant
 * acceleration has none, one that starts, stops or turns abruptly has much;</li>
 * <li>lag: the shift k in 0..{@value #MAX_LAG} frames that minimises the mean distance between the crop centre of
 * frame f and the ball of frame f − k, over the frames f whose f − k shows the ball: how many frames the camera
 * trails the ball; the smallest such k on a tie;</li>
 * <li>mean zoom: the crop's width as a share of the frame's, averaged over all frames (1 is the whole width).</li>
 * </ul>
 *
 * @param visibleFrames frames with a visible ball
 * @param insideFrames  of those, frames with the ball inside the crop
 * @param meanJerk      px/frame³; 0 for a path under four frames
 * @param lagFrames     -1 when no frame shows the ball
 * @param meanWidthShare mean crop width over the frame width; NaN for an empty path
 */
public record CameraMetrics(int visibleFrames, int insideFrames, double meanJerk, int lagFrames,
                            double meanWidthShare) {

    public static final int MAX_LAG = 30;

    public static CameraMetrics of(BallTrack ball, CameraPath path) {
        int n = Math.min(ball.frameCount(), path.frameCount());
        int visible = 0;
        int inside = 0;
        double widths = 0;
        for (int f = 0; f < n; f++) {
            widths += path.width(f);
            if (ball.isVisible(f)) {
                visible++;
                Crop c = path.crop(f);
                inside += c.contains(ball.x(f), ball.y(f)) ? 1 : 0;
            }
        }
        double share = n == 0 ? Double.NaN : widths / n / path.sourceWidth();
        return new CameraMetrics(visible, inside, meanJerk(path, n), lag(ball, path, n), share);
    }

    /** Share of the visible-ball frames with the ball inside the crop; NaN when none shows the ball. */
    public double insideShare() {
        return visibleFrames == 0 ? Double.NaN : insideFrames / (double) visibleFrames;
    }

    static double meanJerk(CameraPath path, int n) {
        if (n < 4) {
            return 0;
        }
        double sum = 0;
        for (int f = 3; f < n; f++) {
            double jx = path.centreX(f) - 3.0 * path.centreX(f - 1) + 3.0 * path.centreX(f - 2) - path.centreX(f - 3);
            double jy = path.centreY(f) - 3.0 * path.centreY(f - 1) + 3.0 * path.centreY(f - 2) - path.centreY(f - 3);
            sum += Math.hypot(jx, jy);
        }
        return sum / (n - 3);
    }

    static int lag(BallTrack ball, CameraPath path, int n) {
        int best = -1;
        double bestMean = Double.POSITIVE_INFINITY;
        for (int k = 0; k <= MAX_LAG; k++) {
            double sum = 0;
            int count = 0;
            for (int f = k; f < n; f++) {
                if (ball.isVisible(f - k)) {
                    sum += Math.hypot(path.centreX(f) - ball.x(f - k), path.centreY(f) - ball.y(f - k));
                    count++;
                }
            }
            if (count > 0 && sum / count < bestMean) {
                bestMean = sum / count;
                best = k;
            }
        }
        return best;
    }
}
