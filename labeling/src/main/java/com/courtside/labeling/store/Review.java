package com.courtside.labeling.store;

/** Where a rally stands in review. */
public enum Review {
    UNREVIEWED, REVIEWED, FLAGGED;

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Review fromWire(String name) {
        return valueOf(name.toUpperCase(java.util.Locale.ROOT));
    }
}
