package com.courtside.inference.analysis;

import com.courtside.inference.track.TrackResult;
import com.courtside.timeline.EventKind;
import com.courtside.timeline.MatchEvent;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Events from a {@code ball-events} model's scores: a peak at or above the threshold is an event where the track
 * holds the ball near it. Where the model is unsure when a hidden bounce happened, its score stays high over a few
 * frames; the event then goes to the middle of that stretch (the score-weighted mean of the frames around the peak
 * that score at least {@value #PLATEAU_SHARE} of it), not to its first frame.
 */
final class TrackModelEvents {

    /** Frames scoring at least this share of the peak belong to its stretch. */
    static final double PLATEAU_SHARE = 0.75;
    /** A stretch reaches at most this long on each side of its peak. */
    static final double PLATEAU_SECONDS = 0.14;

    private TrackModelEvents() {
    }

    /**
     * @param scores    the model's score per kind of {@code kinds} and frame
     * @param gaps      per kind, two events at least this many frames apart
     * @param near      an event needs the track to hold the ball within this many frames
     */
    static List<MatchEvent> pick(TrackResult track, float[][] scores, List<EventKind> kinds, float threshold,
                                 int[] gaps, int near, double fps) {
        int reach = Math.max(1, (int) Math.round(PLATEAU_SECONDS * fps));
        List<MatchEvent> events = new ArrayList<>();
        for (int k = 0; k < kinds.size() && k < scores.length; k++) {
            for (int peak : EventPeaks.pick(scores[k], threshold, gaps[k])) {
                int frame = middle(scores[k], peak, reach);
                if (HeadEvents.ballNear(track, frame, near)) {
                    events.add(new MatchEvent(frame, kinds.get(k)));
                }
            }
        }
        Collections.sort(events);
        return List.copyOf(events);
    }

    /** The score-weighted mean frame of the stretch around {@code peak}. */
    static int middle(float[] scores, int peak, int reach) {
        double floor = PLATEAU_SHARE * scores[peak];
        int from = peak;
        while (from > 0 && peak - from < reach && scores[from - 1] >= floor) {
            from--;
        }
        int to = peak;
        while (to + 1 < scores.length && to - peak < reach && scores[to + 1] >= floor) {
            to++;
        }
        double sum = 0;
        double weighted = 0;
        for (int f = from; f <= to; f++) {
            sum += scores[f];
            weighted += (double) f * scores[f];
        }
        return (int) Math.round(weighted / sum);
    }
}
