package com.courtside.inference.synth;

/**
 * Simulation time in ticks: each video frame is split into a whole number of physics substeps of about a
 * millisecond, so frame times fall exactly on ticks and the physics keeps the same step at 30, 60 or 120 fps.
 */
public final class SimClock {

    private final int fps;
    private final int ticksPerFrame;
    private final double dt;

    public SimClock(int fps) {
        if (fps <= 0) {
            throw new IllegalArgumentException("fps must be positive, got " + fps);
        }
        this.fps = fps;
        this.ticksPerFrame = (int) Math.ceil(1000.0 / fps);
        this.dt = 1.0 / ((double) fps * ticksPerFrame);
    }

    /** Seconds per tick. */
    public double dt() {
        return dt;
    }

    public int ticksPerFrame() {
        return ticksPerFrame;
    }

    public int fps() {
        return fps;
    }

    public long ticksOf(double seconds) {
        return Math.round(seconds / dt);
    }

    public double secondsOf(long tick) {
        return tick * dt;
    }

    public long tickOfFrame(int frame) {
        return (long) frame * ticksPerFrame;
    }

    /** The first frame whose instant is at or after a tick. */
    public int frameAtOrAfter(long tick) {
        return (int) Math.floorDiv(tick + ticksPerFrame - 1, ticksPerFrame);
    }

    /** The last frame whose instant is at or before a tick. */
    public int frameAtOrBefore(long tick) {
        return (int) Math.floorDiv(tick, ticksPerFrame);
    }

    /** The frame whose instant is nearest to a tick (half-way ticks go to the later frame). */
    public int frameOf(long tick) {
        return (int) Math.floorDiv(tick + ticksPerFrame / 2, ticksPerFrame);
    }
}
