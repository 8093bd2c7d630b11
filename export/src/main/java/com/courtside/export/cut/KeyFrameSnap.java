package com.courtside.export.cut;

import com.courtside.inference.video.FrameIndex;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a stream copy can cut: each segment starts at the key frame at or before the frame asked for, since the
 * frames before the next key frame cannot be decoded without it. Where that key frame lies inside the segment
 * written before, the copy simply runs on from there, so no frame is shown twice. The end is kept as asked.
 */
final class KeyFrameSnap {

    private KeyFrameSnap() {
    }

    static List<SegmentReport> snap(List<Segment> segments, FrameIndex index, Path file) {
        List<SegmentReport> out = new ArrayList<>();
        int written = -1;
        for (Segment s : segments) {
            int first = Math.max(index.keyFrameAtOrBefore(s.first()), written + 1);
            double snap = (index.ptsMicros(s.first()) - index.ptsMicros(first)) / 1e6;
            out.add(new SegmentReport(s.rally(), file, s.first(), s.last(), first, s.last(), snap));
            written = s.last();
        }
        return out;
    }

    /** Groups snapped segments into runs of consecutive source frames, each copied from one seek. */
    static List<int[]> runs(List<SegmentReport> snapped) {
        List<int[]> runs = new ArrayList<>();
        for (SegmentReport s : snapped) {
            int[] last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
            if (last != null && last[1] + 1 == s.actualFirst()) {
                last[1] = s.actualLast();
            } else {
                runs.add(new int[] {s.actualFirst(), s.actualLast()});
            }
        }
        return runs;
    }
}
