package com.courtside.timeline.rally;

import java.util.Arrays;
import java.util.Locale;

/**
 * Rally settings per sport. The two volleyball presets are RallyCut's (github.com/mariiio/rally-cut,
 * {@code analysis/rallycut/core/config.py}: {@code MODEL_PRESETS} "indoor" and "beach", {@code SegmentConfig}
 * for min_gap_seconds 5.0 where indoor names none; RallyCut's docs list the same table). The racket-sport presets
 * are ours, reasoned from the sports, not measured; they are a starting point to tune with {@code RallyMetrics}.
 *
 * <p>Shared choices, ours: no median smoothing (RallyCut ships it off: it removes sparse true detections);
 * play threshold 0.5 (RallyCut takes the arg-max class, which for PLAY+SERVICE against NO_PLAY is close to it);
 * ball speed 0.1 frame diagonals a second (a held or resting ball jitters well below it, a ball in play crosses
 * the frame in a second or two); a one-sided rally is kept at 0.8 mean play probability or 80 % moving-ball frames.
 */
public enum RallyPreset {

    /** Ours: rallies are short (serve, return, miss can take a second) and the ball is rarely hidden a second. */
    TABLE_TENNIS(new RallySettings(0, 0.5, 0.35, 1.0, 0.3, 1.0, 2.0, 0.1, 0.8, 0.8)),
    /** Ours: an ace lasts about a second; the small ball is often lost near the far baseline, so 2 s bridges. */
    TENNIS(new RallySettings(0, 0.5, 0.35, 2.0, 0.25, 1.0, 4.0, 0.1, 0.8, 0.8)),
    /** Ours: high clears leave the frame for over a second; points follow each other within a few seconds. */
    BADMINTON(new RallySettings(0, 0.5, 0.35, 1.5, 0.25, 1.0, 3.0, 0.1, 0.8, 0.8)),
    /** RallyCut "indoor": min_play_duration 1.0, rally_continuation 2.0, boundary 0.35, density 0.25, gap 5.0. */
    INDOOR_VOLLEYBALL(new RallySettings(0, 0.5, 0.35, 2.0, 0.25, 1.0, 5.0, 0.1, 0.8, 0.8)),
    /**
     * RallyCut "beach" (its later, "more discriminative" set): min_play_duration 1.0, rally_continuation 1.5,
     * boundary 0.4, density 0.3, min_gap 3.0. An earlier RallyCut commit had 0.5 / 3.0 / 0.25 / 0.15.
     */
    BEACH_VOLLEYBALL(new RallySettings(0, 0.5, 0.4, 1.5, 0.3, 1.0, 3.0, 0.1, 0.8, 0.8));

    private final RallySettings settings;

    RallyPreset(RallySettings settings) {
        this.settings = settings;
    }

    public RallySettings settings() {
        return settings;
    }

    /** The name in settings files: lower case with underscores, e.g. {@code beach_volleyball}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a preset name; case and the word separator ({@code _ - space}) do not matter. */
    public static RallyPreset fromWire(String name) {
        String key = name.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (RallyPreset preset : values()) {
            if (preset.name().equals(key)) {
                return preset;
            }
        }
        throw new IllegalArgumentException("unknown rally preset '" + name + "'; known presets: "
                + Arrays.stream(values()).map(RallyPreset::wireName).toList());
    }
}
