package com.courtside.inference.video;

import com.courtside.timeline.Rational;

/**
 * The wall clock that playback follows: which frame should be on screen now, for a start frame and a signed
 * speed. Decoding never slows the clock; when decoding falls behind, frames are dropped instead.
 */
public final class PlaybackClock {

    private final Rational fps;
    private final int frameCount;
    private int startFrame;
    private long startNanos;
    private double speed;
    private boolean running;

    public PlaybackClock(Rational fps, int frameCount) {
        this.fps = fps;
        this.frameCount = frameCount;
    }

    public void start(int frame, double newSpeed, long nowNanos) {
        startFrame = frame;
        startNanos = nowNanos;
        speed = newSpeed;
        running = newSpeed != 0;
    }

    /** Freezes the clock at the frame it shows now. */
    public int pause(long nowNanos) {
        int frame = frameAt(nowNanos);
        startFrame = frame;
        running = false;
        return frame;
    }

    public boolean isRunning() {
        return running;
    }

    public double speed() {
        return running ? speed : 0;
    }

    public int direction() {
        return running ? (int) Math.signum(speed) : 0;
    }

    /** The frame due at {@code nowNanos}, clamped to the video. */
    public int frameAt(long nowNanos) {
        if (!running) {
            return startFrame;
        }
        double elapsed = (nowNanos - startNanos) / 1e9;
        long frame = startFrame + (long) Math.floor(elapsed * speed * fps.num() / fps.den() + 1e-9);
        return (int) Math.max(0, Math.min(frameCount - 1L, frame));
    }

    /** True when playback has run into the first or last frame. */
    public boolean atEnd(long nowNanos) {
        int frame = frameAt(nowNanos);
        return running && (speed > 0 ? frame >= frameCount - 1 : frame <= 0);
    }
}
