package com.courtside.ui.timeline;

import com.courtside.labeling.store.LabelSource;
import com.courtside.labeling.store.Labels;
import com.courtside.labeling.store.Review;
import com.courtside.timeline.BallTrack;
import com.courtside.timeline.MatchEvent;
import com.courtside.timeline.Rally;
import com.courtside.ui.labels.LabelingSession;
import com.courtside.ui.overlay.LabelLayer;
import com.courtside.ui.overlay.TrackDetail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What the timeline draws: the rallies with their review state, the events (sorted by frame), the ball's confidence
 * per frame (NaN where no ball is in sight) and, where a game-state model ran, the probability of play per frame.
 * Arrays are taken as they are; nobody changes them afterwards.
 *
 * @param play probability of play per frame, or null where no game-state model ran
 */
public record TimelineData(int frameCount, double fps, List<RallyMark> rallies, List<MatchEvent> events,
                           float[] confidence, float[] play) {

    /** A rally bar: its frames, how far review got, and whether a person set it (else a model did). */
    public record RallyMark(int start, int end, Review review, boolean human) {

        public Rally rally() {
            return new Rally(start, end);
        }

        public int length() {
            return end - start + 1;
        }
    }

    public static final TimelineData EMPTY = new TimelineData(0, 30, List.of(), List.of(), new float[0], null);

    public TimelineData {
        rallies = List.copyOf(rallies);
        events = List.copyOf(events);
    }

    /** A video with no labels yet: the ruler and the playhead. */
    public static TimelineData blank(int frameCount, double fps) {
        float[] none = new float[frameCount];
        Arrays.fill(none, Float.NaN);
        return new TimelineData(frameCount, fps, List.of(), List.of(), none, null);
    }

    public boolean isEmpty() {
        return frameCount == 0;
    }

    /** The project's effective labels (human over model). */
    public static TimelineData of(LabelingSession.Snapshot s, double fps) {
        int n = s.labels().frameCount();
        float[] confidence = new float[n];
        Arrays.fill(confidence, Float.NaN);
        var ball = s.ball();
        for (int f = 0; f < Math.min(n, ball.length()); f++) {
            if (ball.visibility(f) == BallTrack.Visibility.VISIBLE.ordinal()) {
                float c = ball.confidence()[f];
                confidence[f] = ball.source(f) == LabelSource.MODEL && Float.isFinite(c) ? c : 1f;
            }
        }
        List<RallyMark> rallies = new ArrayList<>();
        for (Labels.LabeledRally r : s.rallies()) {
            rallies.add(new RallyMark(r.startFrame(), r.endFrame(), r.review(), r.source() == LabelSource.HUMAN));
        }
        return new TimelineData(n, fps, rallies, s.labels().events(), confidence,
                s.play() != null && s.play().length == n ? s.play() : null);
    }

    /** A label layer with no project behind it (ground truth beside the video, or a bare analysis). */
    public static TimelineData of(LabelLayer layer, double fps) {
        int n = layer.labels().frameCount();
        BallTrack ball = layer.labels().ball();
        TrackDetail detail = layer.detail();
        float[] confidence = new float[n];
        for (int f = 0; f < n; f++) {
            confidence[f] = !ball.isVisible(f) ? Float.NaN
                    : detail == null ? 1f : (float) detail.confidence(f);
        }
        List<RallyMark> rallies = layer.labels().rallies().stream()
                .map(r -> new RallyMark(r.startFrame(), r.endFrame(), Review.UNREVIEWED, false)).toList();
        return new TimelineData(n, fps, rallies, layer.labels().events(), confidence, null);
    }

    /** The same labels with a game-state curve. */
    public TimelineData withPlay(float[] playCurve) {
        return new TimelineData(frameCount, fps, rallies, events, confidence, playCurve);
    }

    /** The index of the rally containing {@code frame}, or -1. */
    public int rallyAt(int frame) {
        for (int i = 0; i < rallies.size(); i++) {
            RallyMark r = rallies.get(i);
            if (frame >= r.start() && frame <= r.end()) {
                return i;
            }
        }
        return -1;
    }
}
