package com.courtside.inference.video;

import java.util.function.Consumer;

/**
 * Moves frames from the {@link FrameServer} to a display at the pace of a {@link PlaybackClock}. Called once per
 * display refresh: shows the due frame if it is decoded, else the newest decoded frame before it, and counts
 * every frame the clock passed without it being shown as dropped.
 */
public final class PlaybackPump {

    private final FrameServer server;
    private final PlaybackClock clock;
    private final int framesAhead;
    private int lastShown = -1;
    private long shown;
    private long dropped;

    public PlaybackPump(FrameServer server, PlaybackClock clock, int framesAhead) {
        this.server = server;
        this.clock = clock;
        this.framesAhead = framesAhead;
    }

    /** Starts counting from {@code frame}, the frame on screen when playback starts. */
    public void reset(int frame) {
        lastShown = frame;
    }

    /**
     * One display refresh. Copies the frame to show into {@code sink} (under the cache lock) and returns its
     * index, or -1 when nothing new is ready.
     */
    public int tick(long nowNanos, Consumer<FrameImage> sink) {
        int due = clock.frameAt(nowNanos);
        int direction = clock.direction();
        server.play(due, direction, framesAhead);
        if (due == lastShown) {
            return -1;
        }
        int candidate;
        if (direction >= 0) {
            candidate = server.latestCachedIn(lastShown + 1, due);
        } else {
            candidate = server.cache().contains(due) ? due : -1;
        }
        if (candidate < 0 || !server.readExact(candidate, sink)) {
            return -1;
        }
        int passed = Math.abs(candidate - lastShown) - 1;
        if (lastShown >= 0 && passed > 0) {
            dropped += passed;
        }
        lastShown = candidate;
        shown++;
        return candidate;
    }

    public long shownFrames() {
        return shown;
    }

    public long droppedFrames() {
        return dropped;
    }

    public void resetCounters() {
        shown = 0;
        dropped = 0;
    }
}
