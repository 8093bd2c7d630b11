package com.courtside.export.cut;

import java.nio.file.Path;

/**
 * One stretch of the source in an output file: the frames asked for (a rally with its padding) and the frames
 * written. A re-encode writes exactly what was asked; a stream copy starts at the key frame at or before it.
 *
 * @param rally          index of the rally in the list given to the cutter, or -1 for a follow-cam span
 * @param file           the output file it went to
 * @param requestedFirst first frame asked for
 * @param requestedLast  last frame asked for
 * @param actualFirst    first frame written
 * @param actualLast     last frame written
 * @param snapSeconds    how much earlier than asked the segment starts, in seconds of the source
 */
public record SegmentReport(int rally, Path file, int requestedFirst, int requestedLast, int actualFirst,
                            int actualLast, double snapSeconds) {

    /** How many frames earlier than asked the segment starts: 0 in a re-encode. */
    public int snapFrames() {
        return requestedFirst - actualFirst;
    }

    public int framesWritten() {
        return actualLast - actualFirst + 1;
    }
}
