package com.courtside.export.cut;

import java.nio.file.Path;
import java.util.List;

/**
 * What a cut or render wrote.
 *
 * @param files           the finished files, in order
 * @param segments        every segment written, in output order
 * @param mode            stream copy or re-encode
 * @param videoCodec      the encoder used, or {@code copy}
 * @param framesWritten   video frames in all files together
 * @param durationSeconds playing time of all files together
 * @param elapsedSeconds  wall-clock time the cut took
 * @param notes           things the user should know, such as an encoder fallback; empty when none
 */
public record CutReport(List<Path> files, List<SegmentReport> segments, CutMode mode, String videoCodec,
                        long framesWritten, double durationSeconds, double elapsedSeconds, List<String> notes) {

    public CutReport {
        files = List.copyOf(files);
        segments = List.copyOf(segments);
        notes = List.copyOf(notes);
    }

    /** The largest start snap of any segment, in seconds: 0 in a re-encode. */
    public double maxSnapSeconds() {
        return segments.stream().mapToDouble(SegmentReport::snapSeconds).max().orElse(0);
    }
}
