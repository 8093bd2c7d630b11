package com.courtside.inference.track;

import java.util.List;

/** Picks the candidate that continues a track: the smallest Mahalanobis distance among those the gate lets through. */
final class CandidateGate {

    /** Which candidates a mode lets through, besides the Mahalanobis gate. */
    record Rule(double chi2, double floorPx, double maxDistancePx, double centreX, double centreY, double radiusPx) {

        static Rule mahalanobis(double chi2, double floorPx, double maxDistancePx) {
            return new Rule(chi2, floorPx, maxDistancePx, 0, 0, Double.NaN);
        }

        /** Anything within the radius of a fixed centre, whatever the filter's covariance says. */
        static Rule radius(double centreX, double centreY, double radiusPx) {
            return new Rule(Double.POSITIVE_INFINITY, 0, Double.POSITIVE_INFINITY, centreX, centreY, radiusPx);
        }

        boolean admits(Candidate c, double mahalanobis2, double distancePx) {
            if (!Double.isNaN(radiusPx)) {
                return Math.hypot(c.x() - centreX, c.y() - centreY) <= radiusPx;
            }
            return distancePx <= maxDistancePx && (mahalanobis2 <= chi2 || distancePx <= floorPx);
        }
    }

    /**
     * The result of one frame's gating; {@code nearestDistancePx} is the distance of the nearest candidate scoring
     * at least the chaos score, infinite when there is none.
     */
    record Choice(Candidate chosen, double chosenMahalanobis2, double nearestDistancePx) {
    }

    private CandidateGate() {
    }

    static Choice choose(KalmanFilter6 filter, List<Candidate> candidates, Rule rule, float chaosMinScore) {
        Candidate best = null;
        double bestM2 = Double.POSITIVE_INFINITY;
        double nearest = Double.POSITIVE_INFINITY;
        for (Candidate c : candidates) {
            double distance = Math.hypot(c.x() - filter.x(), c.y() - filter.y());
            if (c.score() >= chaosMinScore) {
                nearest = Math.min(nearest, distance);
            }
            double m2 = filter.mahalanobis2(c.x(), c.y());
            if (!rule.admits(c, m2, distance)) {
                continue;
            }
            if (m2 < bestM2 || (m2 == bestM2 && best != null && c.score() > best.score())) {
                best = c;
                bestM2 = m2;
            }
        }
        return new Choice(best, bestM2, nearest);
    }

    /** The highest-scoring candidate at or above {@code minScore}, or null. */
    static Candidate strongest(List<Candidate> candidates, float minScore) {
        Candidate best = null;
        for (Candidate c : candidates) {
            if (c.score() >= minScore && (best == null || c.score() > best.score())) {
                best = c;
            }
        }
        return best;
    }
}
