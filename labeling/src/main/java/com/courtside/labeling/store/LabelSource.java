package com.courtside.labeling.store;

/** Which layer an effective label comes from. */
public enum LabelSource {
    NONE, MODEL, HUMAN
}
