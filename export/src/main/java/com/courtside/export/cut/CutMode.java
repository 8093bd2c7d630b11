package com.courtside.export.cut;

/** How a cut is made: by copying the compressed packets, or by decoding and encoding again. */
public enum CutMode {
    /** Fast and lossless; each cut starts at the key frame at or before the asked frame (the report says how far). */
    COPY,
    /** Frame-exact; H.264 from the bundled encoder at the chosen quality, audio as AAC. */
    REENCODE
}
