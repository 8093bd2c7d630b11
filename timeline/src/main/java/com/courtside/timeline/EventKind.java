package com.courtside.timeline;

import java.util.Locale;

/** Kinds of ball events; the wire name is the lower-case name used in JSON files. */
public enum EventKind {
    BOUNCE, NET, HIT, SERVE, SHOT;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static EventKind fromWire(String name) {
        return valueOf(name.trim().toUpperCase(Locale.ROOT));
    }
}
