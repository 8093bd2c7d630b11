package com.courtside.labeling.store;

import com.courtside.timeline.BallTrack;
import com.courtside.timeline.MatchEvent;
import com.courtside.timeline.Rally;

import java.util.List;
import java.util.Objects;

/**
 * One layer of a video's labels read whole, for comparing layers: the ball per frame, which frames the layer
 * says anything about (a human labels a few frames; a model run covers them all, "no ball" included), and the
 * events and rallies. The arrays are the caller's to keep; nothing else holds them.
 */
public record LayerLabels(BallTrack ball, boolean[] ballLabelled, List<MatchEvent> events, List<Rally> rallies) {

    public LayerLabels {
        Objects.requireNonNull(ball, "ball");
        if (ballLabelled.length != ball.frameCount()) {
            throw new IllegalArgumentException("ballLabelled has " + ballLabelled.length + " frames, the ball "
                    + ball.frameCount());
        }
        events = events.stream().sorted().toList();
        rallies = rallies.stream().sorted().toList();
    }

    /** Whether the layer holds nothing: no labelled frame, no event, no rally. */
    public boolean isEmpty() {
        return events.isEmpty() && rallies.isEmpty() && labelledFrames() == 0;
    }

    public int labelledFrames() {
        int count = 0;
        for (boolean b : ballLabelled) {
            count += b ? 1 : 0;
        }
        return count;
    }
}
