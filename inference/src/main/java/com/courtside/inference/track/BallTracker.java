package com.courtside.inference.track;

import java.util.List;
import java.util.Objects;

/**
 * Turns each frame's detector candidates into one ball position, or none once the track is lost. Frames must
 * arrive in increasing order; gaps between frame indexes are not bridged (each call advances the filter once).
 * Not thread-safe: one tracker per video pass.
 */
public final class BallTracker {

    /** A bounce or a hit can turn the ball around within a frame, so a candidate this many frames of travel from
     * the prediction is still plausible whatever the covariance says. */
    private static final double REVERSAL_FRAMES = 2.0;

    private final TrackerSettings settings;
    private final KalmanFilter6 filter;
    private final StillnessWindow window;
    private boolean active;
    private boolean trusted;
    private boolean locked;
    private double lockX;
    private double lockY;
    private int misses;
    private int consecutive;
    private int chaosCooldown;
    private float confidence;
    private int lastFrame = -1;
    private Candidate rejected;
    private int rejectedFrame = -1;

    public BallTracker(TrackerSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.filter = new KalmanFilter6(settings.measurementStdPx(), settings.jerkStd());
        this.window = new StillnessWindow(settings.stillFrames());
    }

    /** @return the ball in this frame, or null when there is no track (lost, or nothing to start one from) */
    public TrackSample update(int frame, List<Candidate> candidates) {
        if (frame <= lastFrame) {
            throw new IllegalArgumentException("frames must increase: " + frame + " after " + lastFrame);
        }
        lastFrame = frame;
        if (!active) {
            return start(frame, candidates);
        }
        filter.predict();
        CandidateGate.Choice choice = CandidateGate.choose(filter, candidates, rule(), settings.chaosMinScore());
        if (chaosCooldown > 0) {
            chaosCooldown--;
        }
        if (choice.chosen() != null) {
            if (choice.chosenMahalanobis2() > settings.gateChi2()) {
                filter.inflateMotion(settings.maneuverVelocityStdPx(), settings.maneuverVelocityStdPx() / 4);
            }
            return accept(frame, choice.chosen());
        }
        Candidate strong = CandidateGate.strongest(candidates, settings.reacquireScore());
        if (strong != null && rejected != null && rejectedFrame == frame - 1
                && Math.hypot(strong.x() - rejected.x(), strong.y() - rejected.y()) <= settings.chaosJumpPx()) {
            return reacquire(frame, rejected, strong);
        }
        rejected = strong;
        rejectedFrame = frame;
        if (!locked && choice.nearestDistancePx() > settings.chaosJumpPx()
                && choice.nearestDistancePx() != Double.POSITIVE_INFINITY) {
            chaosCooldown = settings.chaosCooldownFrames();
        }
        return miss(frame, candidates);
    }

    public boolean isTracking() {
        return active;
    }

    /** Forgets the track, for a cut or a seek. */
    public void reset() {
        active = false;
        rejected = null;
        rejectedFrame = -1;
        trusted = false;
        locked = false;
        misses = 0;
        consecutive = 0;
        chaosCooldown = 0;
        window.clear();
    }

    private CandidateGate.Rule rule() {
        double floor = Math.max(settings.gateFloorPx(), REVERSAL_FRAMES * filter.speed());
        if (chaosCooldown > 0) {
            return CandidateGate.Rule.mahalanobis(settings.gateChi2(), settings.gateFloorPx(), settings.chaosAcceptPx());
        }
        if (locked) {
            return CandidateGate.Rule.radius(lockX, lockY, settings.stabilityRadiusPx());
        }
        if (misses > 0 && misses <= settings.recoveringMaxMisses()) {
            return CandidateGate.Rule.mahalanobis(settings.relaxedGateChi2(), floor, settings.chaosJumpPx());
        }
        return CandidateGate.Rule.mahalanobis(settings.gateChi2(), floor, settings.chaosJumpPx());
    }

    private TrackSample start(int frame, List<Candidate> candidates) {
        Candidate first = CandidateGate.strongest(candidates, settings.minStartScore());
        if (first == null) {
            return null;
        }
        reset();
        active = true;
        filter.reset(first.x(), first.y(), settings.initialVelocityStdPx(), settings.initialVelocityStdPx() / 10);
        return accept(frame, first);
    }

    /** Starts again at {@code now}, moving as from {@code before} (the frame before) to it. */
    private TrackSample reacquire(int frame, Candidate before, Candidate now) {
        reset();
        active = true;
        filter.reset(before.x(), before.y(), settings.initialVelocityStdPx(), settings.initialVelocityStdPx() / 10);
        filter.update(before.x(), before.y());
        filter.predict();
        consecutive = 1;
        return accept(frame, now);
    }

    private TrackSample accept(int frame, Candidate candidate) {
        if (consecutive > 0 || misses > 0) {
            filter.update(candidate.x(), candidate.y());
        }
        misses = 0;
        consecutive++;
        trusted |= consecutive > settings.normalAfterDetections();
        confidence = candidate.score();
        window.add(filter.x(), filter.y());
        if (locked && Math.hypot(filter.x() - lockX, filter.y() - lockY) > 2 * settings.stillPx()) {
            locked = false;
        } else if (!locked && window.isStill(settings.stillPx())) {
            locked = true;
            lockX = window.meanX();
            lockY = window.meanY();
        }
        return sample(frame, true);
    }

    private TrackSample miss(int frame, List<Candidate> candidates) {
        misses++;
        consecutive = 0;
        window.clear();
        int limit = trusted ? settings.maxPredictedFrames() : settings.recoveringMaxMisses();
        if (misses > limit) {
            active = false;
            return start(frame, candidates);
        }
        filter.inflateMotion(settings.maneuverVelocityStdPx(), settings.maneuverVelocityStdPx() / 4);
        confidence *= settings.predictedConfidenceDecay();
        return sample(frame, false);
    }

    private TrackSample sample(int frame, boolean detected) {
        return new TrackSample(frame, (float) filter.x(), (float) filter.y(), confidence, detected, mode());
    }

    /** The mode of the last frame; chaos outranks the lock, which outranks the miss-count modes. */
    public TrackMode mode() {
        if (chaosCooldown > 0) {
            return TrackMode.CHAOS;
        }
        if (locked) {
            return TrackMode.STABILITY_LOCK;
        }
        if (misses > 0) {
            return misses <= settings.recoveringMaxMisses() ? TrackMode.RECOVERING : TrackMode.PREDICTING;
        }
        return consecutive > settings.normalAfterDetections() ? TrackMode.NORMAL : TrackMode.TENTATIVE;
    }
}
