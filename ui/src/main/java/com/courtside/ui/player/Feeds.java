package com.courtside.ui.player;

import com.courtside.inference.video.PlaybackClock;

/** The feed of a player with no video: it shows nothing. */
final class Feeds {

    static final FrameFeed NONE = new FrameFeed() {
        @Override
        public void connect(PlaybackClock clock, Events events) {
        }

        @Override
        public void request(int frame) {
        }

        @Override
        public void startPlayback(int frame) {
        }

        @Override
        public void stopPlayback(int frame) {
        }

        @Override
        public int tick(long nowNanos) {
            return -1;
        }

        @Override
        public long droppedFrames() {
            return 0;
        }
    };

    private Feeds() {
    }
}
