package com.courtside.export.cut;

import com.courtside.timeline.Rally;
import com.courtside.timeline.Rational;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Turns rallies into the segments of each output file: the chosen rallies in time order, each widened by the
 * padding and kept inside the video. In a reel a padded rally starts after the one before ends, so no frame is
 * shown twice; a rally wholly covered by the one before adds nothing.
 */
final class SegmentPlanner {

    private SegmentPlanner() {
    }

    /** The segments of each output file: one list for a reel, one list of one segment per rally otherwise. */
    static List<List<Segment>> plan(List<Rally> rallies, CutOptions options, Rational fps, int frameCount) {
        List<Segment> padded = padded(rallies, options, fps, frameCount);
        if (options.layout() == CutLayout.PER_RALLY) {
            return padded.stream().map(List::of).toList();
        }
        List<Segment> reel = new ArrayList<>();
        int shown = -1;
        for (Segment s : padded) {
            if (s.last() > shown) {
                reel.add(new Segment(s.rally(), Math.max(s.first(), shown + 1), s.last()));
                shown = s.last();
            }
        }
        return List.of(reel);
    }

    private static List<Segment> padded(List<Rally> rallies, CutOptions options, Rational fps, int frameCount) {
        int pad = (int) Math.round(options.paddingSeconds() * fps.toDouble());
        List<Integer> chosen = options.selected().isEmpty()
                ? IntStream.range(0, rallies.size()).boxed().toList()
                : options.selected();
        List<Segment> out = new ArrayList<>();
        for (int i : chosen) {
            if (i < 0 || i >= rallies.size()) {
                throw new IllegalArgumentException("there is no rally " + (i + 1) + "; the video has "
                        + rallies.size() + " rallies");
            }
            Rally r = rallies.get(i);
            if (r.startFrame() >= frameCount) {
                throw new IllegalArgumentException("rally " + (i + 1) + " starts at frame " + r.startFrame()
                        + ", after the video's last frame " + (frameCount - 1));
            }
            out.add(new Segment(i, Math.max(0, r.startFrame() - pad), Math.min(frameCount - 1, r.endFrame() + pad)));
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("there are no rallies to cut");
        }
        out.sort(Comparator.comparingInt(Segment::first).thenComparingInt(Segment::rally));
        return out;
    }
}
