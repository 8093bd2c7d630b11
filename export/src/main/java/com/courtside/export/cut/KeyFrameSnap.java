package com.courtside.export.cut;

import com.courtside.inference.video.FrameIndex;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a stream copy can cut: each segment starts at the key frame at or before the frame asked for, since the
 * frames before the next key frame cannot be decoded without it. Where that key frame lies inside the segment
 * written before, the copy simply runs on from there, so no frame is shown twice. The end is kept as asked, unless
 * B-frames before it need a frame after it ({@link #ended}).
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

    /**
     * The segments with each run's last segment ending where the copy ended it ({@code lastFrames}, a frame per run
     * of {@link #runs}): on the last frame asked for, or on the reference frame after it that B-frames needed.
     */
    static List<SegmentReport> ended(List<SegmentReport> snapped, List<Integer> lastFrames) {
        List<SegmentReport> out = new ArrayList<>(snapped);
        int run = -1;
        for (int i = 0; i < out.size(); i++) {
            SegmentReport s = snapped.get(i);
            boolean startsRun = i == 0 || snapped.get(i - 1).actualLast() + 1 != s.actualFirst();
            run += startsRun ? 1 : 0;
            boolean endsRun = i + 1 == out.size() || s.actualLast() + 1 != snapped.get(i + 1).actualFirst();
            if (endsRun && run < lastFrames.size() && lastFrames.get(run) > s.actualLast()) {
                out.set(i, new SegmentReport(s.rally(), s.file(), s.requestedFirst(), s.requestedLast(),
                        s.actualFirst(), lastFrames.get(run), s.snapSeconds()));
            }
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
