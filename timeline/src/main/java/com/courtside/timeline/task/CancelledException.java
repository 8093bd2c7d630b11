package com.courtside.timeline.task;

/** Thrown by work that stopped because its user cancelled it; not an error. */
public final class CancelledException extends RuntimeException {

    public CancelledException() {
        super("cancelled", null, false, false);
    }
}
