package com.courtside.timeline.io;

import com.courtside.timeline.players.PersonBoxes;
import com.courtside.timeline.players.Shot;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a synthetic basketball clip holds, frame by frame: every person's box with a stable track and slot, the
 * shots with their release frame, shooter and ball origin, and the ball's pixel position (NaN where it is not
 * seen). The ball columns are shared, not copied: a long match keeps one pair of arrays.
 *
 * @param options how the clip was rendered, in a fixed key order so equal renders write equal files
 */
public record BasketballTruth(int width, int height, double fps, int frameCount, long seed,
                              Map<String, Object> options, PersonBoxes people, List<ShotTruth> shots,
                              float[] ballX, float[] ballY) {

    /**
     * A shot with what the renderer knows beyond {@link Shot}: the rim centre in frame pixels at the release frame
     * and whether the ball went in.
     */
    public record ShotTruth(Shot shot, float rimX, float rimY, boolean made) {
        public ShotTruth {
            if (shot == null) {
                throw new IllegalArgumentException("a shot truth needs its shot");
            }
            if (!Float.isFinite(rimX) || !Float.isFinite(rimY)) {
                throw new IllegalArgumentException("the rim position must be finite, got " + rimX + ", " + rimY);
            }
        }
    }

    public BasketballTruth {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("frame size must be positive, got " + width + "x" + height);
        }
        if (!(fps > 0) || Double.isInfinite(fps)) {
            throw new IllegalArgumentException("fps must be positive, got " + fps);
        }
        if (frameCount < 0) {
            throw new IllegalArgumentException("frame count must be 0 or more, got " + frameCount);
        }
        if (ballX.length != frameCount || ballY.length != frameCount) {
            throw new IllegalArgumentException("the ball needs one x and one y per frame: " + frameCount
                    + " frames but " + ballX.length + " x and " + ballY.length + " y");
        }
        if (people.size() > 0 && people.frame(people.size() - 1) >= frameCount) {
            throw new IllegalArgumentException("a person box lies in frame " + people.frame(people.size() - 1)
                    + ", past the last frame " + (frameCount - 1));
        }
        for (ShotTruth s : shots) {
            if (s.shot().releaseFrame() >= frameCount) {
                throw new IllegalArgumentException("a shot is released in frame " + s.shot().releaseFrame()
                        + ", past the last frame " + (frameCount - 1));
            }
        }
        options = Collections.unmodifiableMap(new LinkedHashMap<>(options));
        shots = List.copyOf(shots);
    }

    /** True where the ball is drawn and not hidden behind a person in frame {@code f}. */
    public boolean ballSeen(int f) {
        return !Float.isNaN(ballX[f]);
    }

    public List<Shot> shotList() {
        return shots.stream().map(ShotTruth::shot).toList();
    }
}
