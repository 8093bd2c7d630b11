package com.courtside.app.bench;

/** How a measured figure stands against its target. */
public enum Verdict {
    PASS("PASS"),
    FAIL("FAIL"),
    /** The target is a ratio to a peer, and the peer could not be measured. */
    NO_PEER("no peer"),
    /** The row has no target; it is there for context. */
    INFO("info");

    private final String label;

    Verdict(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
