package com.courtside.timeline.rally;

import com.courtside.timeline.BallTrack;
import com.courtside.timeline.Rally;

import java.util.List;

/**
 * The rallies of a video from what an analysis found: from the game-state model's windows and the ball track
 * together where a game-state model ran ({@link RallyCombiner}), else from the ball track alone
 * ({@link TrajectoryRallies}).
 */
public final class RallyFinder {

    /** The rallies and how they were found, for the method text. */
    public record Found(List<Rally> rallies, String method) {

        public Found {
            rallies = List.copyOf(rallies);
        }
    }

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
        return new Found(RallyCombiner.combine(gameState, trajectory, series.stride(), settings),
                "rallies from the game-state model and the ball track");
    }
}
