package com.courtside.ui.player;

import com.courtside.inference.video.PlaybackClock;

/**
 * Where the player's frames come from, as the view model sees it: requests for single frames (scrub, step), and
 * per-pulse delivery while playing. The real one decodes a video; tests use a scripted one.
 */
public interface FrameFeed {

    /** What the feed tells the view model; called on the FX thread. */
    interface Events {
        void frameShown(int index, boolean proxy);

        void failed(String userMessage);
    }

    /** Playback will follow {@code clock}; events go to {@code events}. Called once, before any other call. */
    void connect(PlaybackClock clock, Events events);

    /** Shows {@code frame} once it is decoded (first perhaps as a low-resolution stand-in); newer requests win. */
    void request(int frame);

    /** Playback starts from {@code frame}, which is on screen. */
    void startPlayback(int frame);

    /** Playback stopped on {@code frame}; the feed settles on it and decodes its neighbours for stepping. */
    void stopPlayback(int frame);

    /** One display pulse while playing: puts the frame the clock asks for on screen; returns it, or -1. */
    int tick(long nowNanos);

    /** Frames the clock passed without them being shown, since playback last started. */
    long droppedFrames();
}
