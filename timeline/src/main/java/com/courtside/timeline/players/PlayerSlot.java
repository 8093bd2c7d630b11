package com.courtside.timeline.players;

/**
 * Who a person on a basketball court is, as the shooter contract's track channels see it: the five offensive
 * players O1–O5 and the five defenders D1–D5 (slots the user assigns once per clip and the tracker keeps), players
 * of either team not assigned a slot, and people who are not players (referee, bench, crowd).
 */
public enum PlayerSlot {
    O1, O2, O3, O4, O5, D1, D2, D3, D4, D5, OFFENCE_UNKNOWN, DEFENCE_UNKNOWN, OTHER;

    /** The five slots the shooter scores are over, in logit order. */
    public static final PlayerSlot[] OFFENCE = {O1, O2, O3, O4, O5};

    /** The track channel that marks this person's presence: 0–4 O1–O5, 5–9 D1–D5, 10, 11, 12. */
    public int channel() {
        return ordinal();
    }

    public boolean isOffence() {
        return ordinal() <= O5.ordinal() || this == OFFENCE_UNKNOWN;
    }

    public boolean isDefence() {
        return ordinal() >= D1.ordinal() && ordinal() <= D5.ordinal() || this == DEFENCE_UNKNOWN;
    }

    public boolean isPlayer() {
        return this != OTHER;
    }

    /** Index 0–4 among {@link #OFFENCE}, or −1 for every other slot. */
    public int offenceIndex() {
        return ordinal() <= O5.ordinal() ? ordinal() : -1;
    }

    /** "O3", "D1", "offence_unknown", "other": the name in files. */
    public String wireName() {
        return ordinal() <= D5.ordinal() ? name() : name().toLowerCase(java.util.Locale.ROOT);
    }

    public static PlayerSlot fromWire(String name) {
        for (PlayerSlot slot : values()) {
            if (slot.wireName().equalsIgnoreCase(name.trim())) {
                return slot;
            }
        }
        throw new IllegalArgumentException("unknown player slot '" + name + "'; known: O1–O5, D1–D5, "
                + "offence_unknown, defence_unknown, other");
    }
}
