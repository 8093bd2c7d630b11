package com.courtside.inference.track;

/** The tracker's state for a frame; the virtual camera reads it too (it zooms out in {@link #CHAOS}). */
public enum TrackMode {
    /** A track has started but has not yet had enough consecutive detections to be trusted. */
    TENTATIVE,
    /** More than {@link TrackerSettings#normalAfterDetections()} consecutive detections. */
    NORMAL,
    /** The ball was missed for a few frames; the gate is relaxed to pick it up again. */
    RECOVERING,
    /** Missed longer than recovering allows; the position is coasting on the filter until the track is lost. */
    PREDICTING,
    /** The nearest candidate jumped implausibly far; far detections are rejected until a cooldown ends. */
    CHAOS,
    /** The ball lies still; any candidate within a fixed radius of it is accepted. */
    STABILITY_LOCK
}
