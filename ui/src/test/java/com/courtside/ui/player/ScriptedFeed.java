package com.courtside.ui.player;

import com.courtside.inference.video.PlaybackClock;

import java.util.ArrayList;
import java.util.List;

/** A feed without a decoder: every frame is ready at once, and playback shows what the clock asks for. */
final class ScriptedFeed implements FrameFeed {

    final List<Integer> requests = new ArrayList<>();
    final List<String> calls = new ArrayList<>();
    PlaybackClock clock;
    Events events;
    int lastShown = -1;
    boolean playing;

    @Override
    public void connect(PlaybackClock newClock, Events newEvents) {
        clock = newClock;
        events = newEvents;
    }

    @Override
    public void request(int frame) {
        requests.add(frame);
        calls.add("request " + frame);
    }

    @Override
    public void startPlayback(int frame) {
        playing = true;
        lastShown = frame;
        calls.add("start " + frame);
    }

    @Override
    public void stopPlayback(int frame) {
        playing = false;
        calls.add("stop " + frame);
    }

    @Override
    public int tick(long nowNanos) {
        int due = clock.frameAt(nowNanos);
        if (due == lastShown) {
            return -1;
        }
        lastShown = due;
        return due;
    }

    @Override
    public long droppedFrames() {
        return 0;
    }

    int lastRequest() {
        return requests.isEmpty() ? -1 : requests.get(requests.size() - 1);
    }
}
