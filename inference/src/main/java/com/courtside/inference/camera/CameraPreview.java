package com.courtside.inference.camera;

import com.courtside.timeline.BallTrack;
import com.courtside.timeline.MatchEvent;
import com.courtside.timeline.camera.CameraPath;
import com.courtside.timeline.camera.CameraPin;
import com.courtside.timeline.camera.CameraSettings;
import com.courtside.timeline.camera.Crop;

import java.util.ArrayList;
import java.util.List;

/**
 * The follow-cam for a player that jumps about: the camera's state is saved every {@value #CHECKPOINT_FRAMES}
 * frames as it is first computed, and a frame is recomputed from the saved state at or before it, never from frame
 * 0; the block around the last frame asked for is kept, so playing on costs nothing. Every crop equals the one
 * {@link CameraPlanner} gives for that frame, bit for bit. Not thread-safe: one owner asks.
 */
public final class CameraPreview {

    static final int CHECKPOINT_FRAMES = 64;

    private final PathStepper stepper;
    private final int frameWidth;
    private final int frameHeight;
    private final List<CameraState> checkpoints = new ArrayList<>();
    private final float[][] block = new float[CHECKPOINT_FRAMES][4];
    private int blockIndex = -1;

    private final CameraSettings settings;
    private final double fps;

    /** The same inputs {@link CameraPlanner#plan} takes; nothing is computed until a frame is asked for. */
    public CameraPreview(BallTrack ball, List<MatchEvent> events, CameraSettings settings, List<CameraPin> pins,
                         double fps, int frameWidth, int frameHeight) {
        this.stepper = new PathStepper(ball, settings, pins, fps, frameWidth, frameHeight);
        this.frameWidth = frameWidth;
        this.frameHeight = frameHeight;
        this.settings = settings;
        this.fps = fps;
        checkpoints.add(stepper.state());
    }

    /**
     * The preview of edited labels, keeping the states {@code earlier} saved before {@code firstChanged}, the first
     * frame whose ball differs: the camera's state at a frame depends on the ball before it only (pins are laid over
     * its crops, not fed into it), so an edit late in a long match does not step the camera from frame 0 again.
     * The settings, rate and size are {@code earlier}'s.
     */
    public CameraPreview(CameraPreview earlier, BallTrack ball, List<MatchEvent> events, List<CameraPin> pins,
                         int firstChanged) {
        this(ball, events, earlier.settings, pins, earlier.fps, earlier.frameWidth, earlier.frameHeight);
        int keep = Math.min(earlier.checkpoints.size(), Math.floorDiv(Math.max(0, firstChanged), CHECKPOINT_FRAMES)
                + 1);
        for (int i = 1; i < keep; i++) {
            checkpoints.add(earlier.checkpoints.get(i));
        }
    }

    /** Whether {@code other} was made with the same settings, rate and frame size, so its states can be kept. */
    public boolean sameCamera(CameraSettings otherSettings, double otherFps, int width, int height) {
        return settings.equals(otherSettings) && fps == otherFps && frameWidth == width && frameHeight == height;
    }

    public int frameCount() {
        return stepper.frameCount();
    }

    public Crop crop(int frame) {
        if (frame < 0 || frame >= stepper.frameCount()) {
            throw new IndexOutOfBoundsException("frame " + frame + " outside 0.." + (stepper.frameCount() - 1));
        }
        int index = frame / CHECKPOINT_FRAMES;
        if (index != blockIndex) {
            fill(index);
        }
        float[] c = block[frame - index * CHECKPOINT_FRAMES];
        return CameraPath.crop(c[0], c[1], c[2], c[3], frameWidth, frameHeight);
    }

    /** How many states are saved: the blocks reached so far. */
    int checkpointCount() {
        return checkpoints.size();
    }

    private void fill(int index) {
        reach(index);
        stepper.restore(checkpoints.get(index));
        int start = index * CHECKPOINT_FRAMES;
        int end = Math.min(stepper.frameCount(), start + CHECKPOINT_FRAMES);
        for (int f = start; f < end; f++) {
            stepper.next(block[f - start]);
        }
        if (end == start + CHECKPOINT_FRAMES && checkpoints.size() == index + 1) {
            checkpoints.add(stepper.state());
        }
        blockIndex = index;
    }

    /** Steps on from the last saved state, saving one at each block start, until block {@code index} has one. */
    private void reach(int index) {
        if (checkpoints.size() > index) {
            return;
        }
        stepper.restore(checkpoints.get(checkpoints.size() - 1));
        while (checkpoints.size() <= index) {
            for (int i = 0; i < CHECKPOINT_FRAMES; i++) {
                stepper.skip();
            }
            checkpoints.add(stepper.state());
        }
    }
}
