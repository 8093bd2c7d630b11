package com.courtside.timeline.rally;

import com.courtside.timeline.Rally;

import java.util.ArrayList;
import java.util.List;

/**
 * Joins the game-state rallies and the trajectory rallies of one video, for when both detectors ran (with only
 * one, use its rallies as they are). The rule:
 * <ol>
 *   <li>the two lists are matched one-to-one at IoU &ge; {@value #MIN_IOU} ({@link RallyOverlap#match});</li>
 *   <li>a matched pair is one rally on the game-state edges refined by the trajectory: each edge moves to the
 *       trajectory's edge, but by at most {@code maxEdgeShift} frames. The game-state model knows whether a
 *       rally is on but sees only every stride's 16 frames; the ball track is frame-exact but loses the ball,
 *       so a shift of one stride lets it sharpen an edge without ever redrawing the rally;</li>
 *   <li>a rally that only one side found is kept when that side is confident: a game-state rally at a mean
 *       play probability of at least {@link RallySettings#soloGameStateConfidence()}, a trajectory rally with
 *       a moving ball in at least {@link RallySettings#soloTrajectoryConfidence()} of its frames;</li>
 *   <li>rallies that then overlap become one.</li>
 * </ol>
 */
public final class RallyCombiner {

    public static final double MIN_IOU = 0.5;

    private RallyCombiner() {
    }

    /** {@code maxEdgeShift} is in frames; pass the game-state stride ({@link GameStateSeries#stride()}). */
    public static List<Rally> combine(List<ScoredRally> gameState, List<ScoredRally> trajectory,
                                      int maxEdgeShift, RallySettings settings) {
        if (maxEdgeShift < 0) {
            throw new IllegalArgumentException("maxEdgeShift must not be negative, got " + maxEdgeShift);
        }
        List<ScoredRally> g = gameState.stream().sorted().toList();
        List<ScoredRally> t = trajectory.stream().sorted().toList();
        List<RallyOverlap.Pair> pairs = RallyOverlap.match(
                g.stream().map(ScoredRally::rally).toList(), t.stream().map(ScoredRally::rally).toList(), MIN_IOU);
        boolean[] gMatched = new boolean[g.size()];
        boolean[] tMatched = new boolean[t.size()];
        List<Rally> out = new ArrayList<>();
        for (RallyOverlap.Pair pair : pairs) {
            gMatched[pair.left()] = true;
            tMatched[pair.right()] = true;
            out.add(refine(g.get(pair.left()).rally(), t.get(pair.right()).rally(), maxEdgeShift));
        }
        for (int i = 0; i < g.size(); i++) {
            if (!gMatched[i] && g.get(i).confidence() >= settings.soloGameStateConfidence()) {
                out.add(g.get(i).rally());
            }
        }
        for (int i = 0; i < t.size(); i++) {
            if (!tMatched[i] && t.get(i).confidence() >= settings.soloTrajectoryConfidence()) {
                out.add(t.get(i).rally());
            }
        }
        return RallyPostProcessor.mergeClose(out.stream().sorted().toList(), 0);
    }

    /** The game-state rally with each edge moved towards the trajectory's by at most {@code maxShift} frames. */
    static Rally refine(Rally gameState, Rally trajectory, int maxShift) {
        int start = clamp(trajectory.startFrame(), gameState.startFrame() - maxShift, gameState.startFrame() + maxShift);
        int end = clamp(trajectory.endFrame(), gameState.endFrame() - maxShift, gameState.endFrame() + maxShift);
        return end >= start && start >= 0 ? new Rally(start, end) : gameState;
    }

    private static int clamp(int value, int min, int max) {
        return Math.max(min, Math.min(max, value));
    }
}
