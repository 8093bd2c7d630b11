package com.courtside.export.dataset;

import java.util.Locale;

/** Which labels of a project an export takes. */
public enum LabelChoice {
    /**
     * What a person vouched for (the default): the human layer's labels anywhere, and the effective labels inside
     * rallies marked reviewed. Everything else counts as not labelled.
     */
    REVIEWED,
    /** What the workstation shows: the human labels over the newest complete model run. */
    EFFECTIVE,
    /** The newest complete model run alone, human corrections left out. */
    MODEL;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static LabelChoice fromWire(String name) {
        for (LabelChoice choice : values()) {
            if (choice.wireName().equals(name.trim().toLowerCase(Locale.ROOT))) {
                return choice;
            }
        }
        throw new IllegalArgumentException("Unknown label choice '" + name + "'; use reviewed, effective or model.");
    }
}
