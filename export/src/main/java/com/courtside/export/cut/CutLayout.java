package com.courtside.export.cut;

/** What files a rally cut writes. */
public enum CutLayout {
    /** One file of the chosen rallies back to back, dead time removed. */
    REEL,
    /** One file per chosen rally, named {@code <video>-rally-03.mp4}, in a folder. */
    PER_RALLY
}
