package com.courtside.inference.shooter;

import com.courtside.timeline.rally.GameStateSeries;

/**
 * The 16 frames that feed one shot to the shooter model: {@value #BEFORE} model steps before the release, the
 * release itself and {@value #AFTER} steps after it (release−12 … release+3 at 30 fps). The steps before show the
 * shooter gathering and rising, which is what tells the shooter apart; the three after show the ball leaving the
 * hands, which a model needs to be sure of the moment, while more would only show everyone watching the ball.
 *
 * <p>A step is one frame at up to 30 fps and {@code round(fps / 30)} frames above, as the game-state model's
 * windows ({@link GameStateSeries#subsampleFor}), so a window lasts about half a second at any rate. Near either end
 * of the video the window slides inside it, keeping its 16 distinct frames, and {@link #releaseSlot} says where the
 * release then sits; a video shorter than the window repeats its first or last frame.
 */
public final class ShooterWindow {

    public static final int FRAMES = 16;
    public static final int BEFORE = 12;
    public static final int AFTER = FRAMES - 1 - BEFORE;

    private final int start;
    private final int step;
    private final int frameCount;
    private final int releaseFrame;

    private ShooterWindow(int start, int step, int frameCount, int releaseFrame) {
        this.start = start;
        this.step = step;
        this.frameCount = frameCount;
        this.releaseFrame = releaseFrame;
    }

    /** The window of a shot released at {@code releaseFrame} in a video of {@code frameCount} frames at {@code fps}. */
    public static ShooterWindow around(int releaseFrame, double fps, int frameCount) {
        if (frameCount < 1) {
            throw new IllegalArgumentException("a video needs at least one frame, got " + frameCount);
        }
        if (releaseFrame < 0 || releaseFrame >= frameCount) {
            throw new IllegalArgumentException("release frame " + releaseFrame + " is outside the video's frames 0.."
                    + (frameCount - 1));
        }
        int step = GameStateSeries.subsampleFor(fps);
        int span = (FRAMES - 1) * step;
        int start = releaseFrame - BEFORE * step;
        // Slide rather than clamp each frame: 16 distinct frames tell the model more than repeated edge frames.
        start = Math.min(start, frameCount - 1 - span);
        start = Math.max(start, 0);
        return new ShooterWindow(start, step, frameCount, releaseFrame);
    }

    /** The source frame of slot {@code slot} (0 = oldest), inside the video. */
    public int frame(int slot) {
        if (slot < 0 || slot >= FRAMES) {
            throw new IndexOutOfBoundsException("slot " + slot + " outside 0.." + (FRAMES - 1));
        }
        return Math.min(frameCount - 1, start + slot * step);
    }

    /** The 16 source frames, oldest first. */
    public int[] frames() {
        int[] frames = new int[FRAMES];
        for (int s = 0; s < FRAMES; s++) {
            frames[s] = frame(s);
        }
        return frames;
    }

    /**
     * The slot that shows the release: {@value #BEFORE} unless the window slid at an end of the video; when the
     * release falls between two slots (a slid window above 30 fps) the earlier one, so that every slot up to it
     * shows a moment before or at the release.
     */
    public int releaseSlot() {
        return Math.min(FRAMES - 1, (releaseFrame - start) / step);
    }

    public int releaseFrame() {
        return releaseFrame;
    }

    public int start() {
        return start;
    }

    /** Source frames between two slots. */
    public int step() {
        return step;
    }

    @Override
    public String toString() {
        return "frames " + frame(0) + ".." + frame(FRAMES - 1) + " step " + step + ", release " + releaseFrame
                + " in slot " + releaseSlot();
    }
}
