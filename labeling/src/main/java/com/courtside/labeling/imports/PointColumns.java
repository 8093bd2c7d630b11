package com.courtside.labeling.imports;

import com.courtside.timeline.BallTrack.Visibility;
import com.courtside.timeline.MatchEvent;
import com.courtside.timeline.Rally;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** Grows the ball columns while a file is read, so a long match never becomes a list of small objects. */
final class PointColumns {

    private int[] frames = new int[256];
    private float[] x = new float[256];
    private float[] y = new float[256];
    private byte[] visibility = new byte[256];
    private int size;

    /** Adds a point; the caller has checked that frames increase. Hidden points without a position pass NaN. */
    void add(int frame, Visibility v, float px, float py) {
        if (size == frames.length) {
            int grown = size * 2;
            frames = Arrays.copyOf(frames, grown);
            x = Arrays.copyOf(x, grown);
            y = Arrays.copyOf(y, grown);
            visibility = Arrays.copyOf(visibility, grown);
        }
        boolean none = v == Visibility.NONE;
        frames[size] = frame;
        x[size] = none ? Float.NaN : px;
        y[size] = none ? Float.NaN : py;
        visibility[size] = (byte) v.ordinal();
        size++;
    }

    int size() {
        return size;
    }

    /** The last frame added, or -1 before the first. */
    int lastFrame() {
        return size == 0 ? -1 : frames[size - 1];
    }

    ImportedLabels toLabels(String format, Path file, List<MatchEvent> events, List<Rally> rallies) {
        return toLabels(format, file, events, rallies, "");
    }

    ImportedLabels toLabels(String format, Path file, List<MatchEvent> events, List<Rally> rallies, String leftOut) {
        return new ImportedLabels(format, file, Arrays.copyOf(frames, size), Arrays.copyOf(x, size),
                Arrays.copyOf(y, size), Arrays.copyOf(visibility, size), events, rallies, leftOut);
    }
}
