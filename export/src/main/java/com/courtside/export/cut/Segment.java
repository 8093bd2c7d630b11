package com.courtside.export.cut;

/**
 * A stretch of source frames to put in an output file, both ends inclusive.
 *
 * @param rally index of the rally in the caller's list, or -1 for a follow-cam span
 */
record Segment(int rally, int first, int last) {

    Segment {
        if (first < 0 || last < first) {
            throw new IllegalArgumentException("segment must satisfy 0 <= first <= last, got " + first + ".." + last);
        }
    }

    int length() {
        return last - first + 1;
    }
}
