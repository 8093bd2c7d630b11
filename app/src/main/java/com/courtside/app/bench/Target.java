package com.courtside.app.bench;

import java.util.Locale;

/** What a row must reach: a ratio to its peer, an upper or lower bound on its own value, or nothing. */
public record Target(Kind kind, double limit, String unit, String remark) {

    public enum Kind { RATIO_AT_LEAST, AT_MOST, AT_LEAST, NONE }

    public static final Target NONE = new Target(Kind.NONE, 0, "", "");

    public static Target ratioAtLeast(double limit) {
        return new Target(Kind.RATIO_AT_LEAST, limit, "", "");
    }

    public static Target atMost(double limit, String unit) {
        return new Target(Kind.AT_MOST, limit, unit, "");
    }

    public static Target atLeast(double limit, String unit) {
        return new Target(Kind.AT_LEAST, limit, unit, "");
    }

    /** The same target with a short remark printed after it, such as "design goal". */
    public Target withRemark(String text) {
        return new Target(kind, limit, unit, text);
    }

    /** The target as printed in the table. */
    public String describe() {
        String text = switch (kind) {
            case RATIO_AT_LEAST -> String.format(Locale.ROOT, "≥ %.2f × peer", limit);
            case AT_MOST -> "≤ " + Units.format(limit, unit);
            case AT_LEAST -> "≥ " + Units.format(limit, unit);
            case NONE -> "—";
        };
        return remark.isEmpty() ? text : text + " (" + remark + ")";
    }

    /** Judges a row's value and its ratio to the peer (null when the peer is unavailable). */
    public Verdict judge(Double value, Double ratio) {
        return switch (kind) {
            case NONE -> Verdict.INFO;
            case RATIO_AT_LEAST -> ratio == null ? Verdict.NO_PEER : pass(ratio >= limit);
            case AT_MOST -> value == null ? Verdict.FAIL : pass(value <= limit);
            case AT_LEAST -> value == null ? Verdict.FAIL : pass(value >= limit);
        };
    }

    private static Verdict pass(boolean ok) {
        return ok ? Verdict.PASS : Verdict.FAIL;
    }
}
