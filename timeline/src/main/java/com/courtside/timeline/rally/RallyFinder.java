package com.courtside.timeline.rally;

import com.courtside.timeline.BallTrack;
import com.courtside.timeline.Rally;

import java.util.ArrayList;
import java.util.List;

/**
 * The rallies of a video from what an analysis found: from the game-state model's windows and the ball track
 * together where a game-state model ran ({@link RallyCombiner}), else from the ball track alone
 * ({@link TrajectoryRallies}). A rally of the ball track that the windows over it call play (mean probability at
 * least {@value #VOUCH} over the windows whose middle frame is in it) counts as sure in the combination even when
 * the game-state rallies miss it: a short rally may be a single window, which the post-processing's minimum length
 * drops.
 */
public final class RallyFinder {

    /** The rallies and how they were found, for the method text. */
    public record Found(List<Rally> rallies, String method) {

        public Found {
            rallies = List.copyOf(rallies);
        }
    }

    /** The mean play probability of the windows over a ball-track rally from which the model vouches for it. */
    static final double VOUCH = 0.5;

    private RallyFinder() {
    }

    /** @param series the game-state model's windows, or null where none ran */
    public static Found find(BallTrack track, double fps, int width, int height, GameStateSeries series,
                             RallySettings settings) {
        List<ScoredRally> trajectory = TrajectoryRallies.detect(track, fps, width, height, settings);
        if (series == null || series.windowCount() == 0) {
            return new Found(trajectory.stream().map(ScoredRally::rally).toList(), "rallies from the ball track");
        }
        List<ScoredRally> gameState = RallyPostProcessor.detect(series, settings);
        List<ScoredRally> vouched = new ArrayList<>();
        for (ScoredRally r : trajectory) {
            double play = windowPlay(series, r.rally());
            vouched.add(play >= VOUCH && r.confidence() < settings.soloTrajectoryConfidence()
                    ? new ScoredRally(r.rally(), settings.soloTrajectoryConfidence()) : r);
        }
        return new Found(RallyCombiner.combine(gameState, vouched, series.stride(), settings),
                "rallies from the game-state model and the ball track");
    }

    /**
     * The mean probability of play (or service) of the windows whose middle frame lies in {@code rally} (a window
     * that straddles an edge is mostly outside or mostly inside); NaN where none does.
     */
    static double windowPlay(GameStateSeries series, Rally rally) {
        double sum = 0;
        int count = 0;
        for (int w = 0; w < series.windowCount(); w++) {
            int middle = (series.windowStart(w) + series.windowEnd(w)) / 2;
            if (rally.contains(middle)) {
                sum += series.activeProbability(w);
                count++;
            }
        }
        return count == 0 ? Double.NaN : sum / count;
    }
}
