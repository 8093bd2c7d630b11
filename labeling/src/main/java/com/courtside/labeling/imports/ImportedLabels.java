package com.courtside.labeling.imports;

import com.courtside.timeline.BallTrack.Visibility;
import com.courtside.timeline.MatchEvent;
import com.courtside.timeline.Rally;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Labels read from one foreign file, ready for the store to write as a single step. Ball points are sparse
 * columns: only frames the file mentions are present, so "the file says no ball here" ({@link Visibility#NONE})
 * stays distinct from "the file says nothing". Positions are source-video pixels; NaN where none is known.
 * Events and rallies are kept sorted; rallies are inclusive at both ends and never overlap. What the file holds
 * that Courtside does not import (a dataset's person boxes) is told in words by {@link #leftOut()}.
 */
public final class ImportedLabels {

    private final String format;
    private final Path file;
    private final int[] frames;
    private final float[] x;
    private final float[] y;
    private final byte[] visibility;
    private final List<MatchEvent> events;
    private final List<Rally> rallies;
    private final String leftOut;

    public ImportedLabels(String format, Path file, int[] frames, float[] x, float[] y, byte[] visibility,
                          List<MatchEvent> events, List<Rally> rallies) {
        this(format, file, frames, x, y, visibility, events, rallies, "");
    }

    /** As the shorter constructor, with what was not imported, such as {@code "120 person boxes"} ("" for nothing). */
    public ImportedLabels(String format, Path file, int[] frames, float[] x, float[] y, byte[] visibility,
                          List<MatchEvent> events, List<Rally> rallies, String leftOut) {
        this.leftOut = Objects.requireNonNull(leftOut, "leftOut");
        this.format = requireText(format);
        this.file = Objects.requireNonNull(file, "file");
        int n = frames.length;
        if (x.length != n || y.length != n || visibility.length != n) {
            throw new IllegalArgumentException("columns differ in length: frames " + n + ", x " + x.length
                    + ", y " + y.length + ", visibility " + visibility.length);
        }
        this.frames = frames.clone();
        this.x = x.clone();
        this.y = y.clone();
        this.visibility = visibility.clone();
        for (int i = 0; i < n; i++) {
            checkPoint(i);
        }
        this.events = sortedWithoutRepeats(events);
        this.rallies = sortedWithoutOverlap(rallies);
    }

    public String format() {
        return format;
    }

    public Path file() {
        return file;
    }

    public int pointCount() {
        return frames.length;
    }

    /** A copy of the frame column; use {@link #frameAt(int)} in loops. */
    public int[] frames() {
        return frames.clone();
    }

    public float[] x() {
        return x.clone();
    }

    public float[] y() {
        return y.clone();
    }

    /** Codes in the order of {@link Visibility}. */
    public byte[] visibility() {
        return visibility.clone();
    }

    public int frameAt(int point) {
        return frames[point];
    }

    public float xAt(int point) {
        return x[point];
    }

    public float yAt(int point) {
        return y[point];
    }

    public Visibility visibilityAt(int point) {
        return Visibility.ofCode(visibility[point]);
    }

    public List<MatchEvent> events() {
        return events;
    }

    public List<Rally> rallies() {
        return rallies;
    }

    /** What the file holds that was not imported, in words; empty when everything was taken. */
    public String leftOut() {
        return leftOut;
    }

    public boolean isEmpty() {
        return frames.length == 0 && events.isEmpty() && rallies.isEmpty();
    }

    @Override
    public String toString() {
        return format + " labels from " + file + ": " + frames.length + " ball points, " + events.size()
                + " events, " + rallies.size() + " rallies" + (leftOut.isEmpty() ? "" : "; not imported: " + leftOut);
    }

    private void checkPoint(int i) {
        if (frames[i] < 0 || (i > 0 && frames[i] <= frames[i - 1])) {
            throw new IllegalArgumentException("frames must be >= 0 and strictly increasing, got " + frames[i]
                    + (i > 0 ? " after " + frames[i - 1] : ""));
        }
        int code = visibility[i];
        if (code < 0 || code >= Visibility.values().length) {
            throw new IllegalArgumentException("frame " + frames[i] + " has visibility code " + code);
        }
        boolean known = Float.isFinite(x[i]) && Float.isFinite(y[i]);
        boolean unknown = Float.isNaN(x[i]) && Float.isNaN(y[i]);
        Visibility v = Visibility.ofCode(code);
        if ((v == Visibility.VISIBLE && !known) || (v == Visibility.NONE && !unknown) || (!known && !unknown)) {
            throw new IllegalArgumentException("frame " + frames[i] + " is " + v + " at (" + x[i] + ", " + y[i]
                    + "); a visible ball needs a position, an absent one has none");
        }
    }

    private static List<MatchEvent> sortedWithoutRepeats(List<MatchEvent> events) {
        List<MatchEvent> sorted = new ArrayList<>(events);
        Collections.sort(sorted);
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).equals(sorted.get(i - 1))) {
                throw new IllegalArgumentException("event " + sorted.get(i) + " is listed twice");
            }
        }
        return Collections.unmodifiableList(sorted);
    }

    private static List<Rally> sortedWithoutOverlap(List<Rally> rallies) {
        List<Rally> sorted = new ArrayList<>(rallies);
        Collections.sort(sorted);
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).startFrame() <= sorted.get(i - 1).endFrame()) {
                throw new IllegalArgumentException("rallies " + sorted.get(i - 1) + " and " + sorted.get(i)
                        + " overlap");
            }
        }
        return Collections.unmodifiableList(sorted);
    }

    private static String requireText(String format) {
        if (format == null || format.isBlank()) {
            throw new IllegalArgumentException("format is required");
        }
        return format;
    }
}
