package com.courtside.labeling.edit;

import com.courtside.labeling.store.BallWindow;
import com.courtside.labeling.store.LabelSource;
import com.courtside.labeling.store.Labels;
import com.courtside.labeling.store.Labels.LabeledEvent;
import com.courtside.labeling.store.Labels.LabeledRally;
import com.courtside.labeling.store.Review;
import com.courtside.timeline.BallTrack;
import com.courtside.labeling.imports.ImportedLabels;
import com.courtside.timeline.EventKind;
import com.courtside.timeline.MatchEvent;
import com.courtside.timeline.Rally;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the edits a labeller makes, from the labels as they are at that moment (on the writer's connection, inside
 * the edit's transaction). Model rows are never changed: a correction is a human row, and a wrong model event or
 * rally is hidden by a human 'hide' row.
 */
public final class LabelEdits {

    private final Connection c;
    private final long videoId;
    private final String author;
    private final String now;
    private final List<RowChange> changes = new ArrayList<>();
    private int idsTaken;
    /** The effective events as the edit found them (the edit's own changes are applied only at the end). */
    private List<LabeledEvent> eventsBefore;

    LabelEdits(Connection c, long videoId, String author) {
        this.c = c;
        this.videoId = videoId;
        this.author = author;
        this.now = Instant.now().toString();
    }

    private Edit done(String description) {
        return new Edit(description, changes);
    }

    // ---- ball

    /** Sets the ball of one frame: a position (VISIBLE or OCCLUDED with a position), or OCCLUDED / OUT_OF_FRAME / NONE. */
    Edit setBall(int frame, float x, float y, BallTrack.Visibility visibility) throws SQLException {
        putBall(frame, x, y, visibility, null);
        String what = switch (visibility) {
            case VISIBLE -> "Set the ball";
            case OCCLUDED -> "Mark the ball occluded";
            case OUT_OF_FRAME -> "Mark the ball out of frame";
            case NONE -> "Delete the ball";
        };
        return done(what + " at frame " + frame);
    }

    /** Gives the frame back to the model (removes the human label). */
    Edit revertBall(int frame) throws SQLException {
        Rows.fetch(c, HumanTable.BALL, videoId, frame).ifPresent(old -> changes.add(RowChange.delete(HumanTable.BALL, old)));
        return done("Give frame " + frame + " back to the model");
    }

    /** Sets many frames at once (a filled gap, an import): one edit. */
    Edit setBalls(int[] frames, float[] x, float[] y, byte[] visibility, String importFile, String description)
            throws SQLException {
        for (int i = 0; i < frames.length; i++) {
            putBall(frames[i], x[i], y[i], BallTrack.Visibility.values()[visibility[i]], importFile);
        }
        return done(description);
    }

    void putBall(int frame, float x, float y, BallTrack.Visibility visibility, String importFile)
            throws SQLException {
        Rows.fetch(c, HumanTable.BALL, videoId, frame).ifPresent(old -> changes.add(RowChange.delete(HumanTable.BALL, old)));
        boolean placed = visibility == BallTrack.Visibility.VISIBLE
                || visibility == BallTrack.Visibility.OCCLUDED && !Float.isNaN(x);
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("video_id", videoId);
        row.put("frame", frame);
        row.put("x", placed ? (double) x : null);
        row.put("y", placed ? (double) y : null);
        row.put("visibility", visibility.ordinal());
        row.put("author", author);
        row.put("edited_at", now);
        row.put("import_file", importFile);
        changes.add(RowChange.insert(HumanTable.BALL, row));
    }

    /** A whole imported file as one edit, each label carrying the file as its provenance. */
    Edit importLabels(ImportedLabels labels) throws SQLException {
        String file = labels.file().toAbsolutePath().toString();
        for (int i = 0; i < labels.pointCount(); i++) {
            putBall(labels.frameAt(i), labels.xAt(i), labels.yAt(i), labels.visibilityAt(i), file);
        }
        for (MatchEvent e : labels.events()) {
            putEvent(e.frame(), e.kind(), file);
        }
        for (Rally r : labels.rallies()) {
            addRally(null, r.startFrame(), r.endFrame(), Review.UNREVIEWED, null, null, file);
        }
        return done(String.format(java.util.Locale.ROOT, "Import %s (%d ball labels, %d events, %d rallies%s)",
                labels.file().getFileName(), labels.pointCount(), labels.events().size(), labels.rallies().size(),
                labels.leftOut().isEmpty() ? "" : "; not imported: " + labels.leftOut()));
    }

    // ---- events

    Edit addEvent(int frame, EventKind kind) throws SQLException {
        putEvent(frame, kind, null);
        return done("Add a " + kind.wireName() + " at frame " + frame);
    }

    Edit removeEvent(int frame, EventKind kind) throws SQLException {
        takeEvent(frame, kind);
        return done("Delete the " + kind.wireName() + " at frame " + frame);
    }

    Edit moveEvent(int from, EventKind kind, int to) throws SQLException {
        if (takeEvent(from, kind)) {
            putEvent(to, kind, null);
        }
        return done("Move the " + kind.wireName() + " from frame " + from + " to " + to);
    }

    /** Adds a human event unless one of this kind is already effective at the frame. */
    void putEvent(int frame, EventKind kind, String importFile) throws SQLException {
        boolean present = events().stream().anyMatch(e -> e.frame() == frame && e.kind() == kind);
        if (!present || hasHide(frame, kind)) {
            changes.add(RowChange.insert(HumanTable.EVENT, eventRow(frame, kind, "add", importFile)));
        }
    }

    private boolean hasHide(int frame, EventKind kind) {
        return changes.stream().anyMatch(ch -> ch.insert() && ch.table() == HumanTable.EVENT
                && "hide".equals(ch.row().get("op")) && frame == ((Number) ch.row().get("frame")).intValue()
                && kind.wireName().equals(ch.row().get("kind")));
    }

    /** @return whether there was such an event to take away */
    private boolean takeEvent(int frame, EventKind kind) throws SQLException {
        Optional<LabeledEvent> found = events().stream()
                .filter(e -> e.frame() == frame && e.kind() == kind).findFirst();
        if (found.isEmpty()) {
            return false;
        }
        if (found.get().source() == LabelSource.HUMAN) {
            changes.add(RowChange.delete(HumanTable.EVENT, Rows.fetch(c, HumanTable.EVENT, found.get().humanId()).orElseThrow()));
            if (Labels.modelHasEvent(c, videoId, frame, kind)) {
                changes.add(RowChange.insert(HumanTable.EVENT, eventRow(frame, kind, "hide", null)));
            }
        } else {
            changes.add(RowChange.insert(HumanTable.EVENT, eventRow(frame, kind, "hide", null)));
        }
        return true;
    }

    private Map<String, Object> eventRow(int frame, EventKind kind, String op, String importFile) throws SQLException {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", Rows.nextId(c, HumanTable.EVENT, idsTaken++));
        row.put("video_id", videoId);
        row.put("frame", frame);
        row.put("kind", kind.wireName());
        row.put("op", op);
        row.put("author", author);
        row.put("edited_at", now);
        row.put("import_file", importFile);
        return row;
    }

    // ---- rallies

    List<LabeledRally> rallies() throws SQLException {
        return Labels.rallies(c, videoId);
    }

    /** Replaces a rally by one with new edges and review state (a model rally is hidden and a human one added). */
    void replaceRally(LabeledRally old, int start, int end, Review review, String reviewer, String reviewedAt)
            throws SQLException {
        Long id = null;
        if (old != null) {
            id = dropRally(old);
        }
        addRally(id, start, end, review, reviewer, reviewedAt, null);
    }

    /** Takes a rally away. @return the id of the human row it was, to be reused by its replacement, or null */
    Long dropRally(LabeledRally old) throws SQLException {
        if (old.source() == LabelSource.HUMAN) {
            changes.add(RowChange.delete(HumanTable.RALLY, Rows.fetch(c, HumanTable.RALLY, old.humanId()).orElseThrow()));
            return old.humanId();
        }
        Map<String, Object> hide = rallyRow(null, old.startFrame(), old.endFrame(), "hide", Review.UNREVIEWED, null, null, null);
        changes.add(RowChange.insert(HumanTable.RALLY, hide));
        return null;
    }

    void addRally(Long id, int start, int end, Review review, String reviewer, String reviewedAt, String importFile)
            throws SQLException {
        changes.add(RowChange.insert(HumanTable.RALLY, rallyRow(id, start, end, "add", review, reviewer, reviewedAt, importFile)));
    }

    private Map<String, Object> rallyRow(Long id, int start, int end, String op, Review review, String reviewer,
                                         String reviewedAt, String importFile) throws SQLException {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", id != null ? id : Rows.nextId(c, HumanTable.RALLY, idsTaken++));
        row.put("video_id", videoId);
        row.put("start_frame", start);
        row.put("end_frame", end);
        row.put("op", op);
        row.put("review", review.wireName());
        row.put("reviewer", reviewer);
        row.put("reviewed_at", reviewedAt);
        row.put("author", author);
        row.put("edited_at", now);
        row.put("import_file", importFile);
        return row;
    }

    String now() {
        return now;
    }

    Connection connection() {
        return c;
    }

    long videoId() {
        return videoId;
    }

    void change(RowChange change) {
        changes.add(change);
    }

    String author() {
        return author;
    }

    List<LabeledEvent> events() throws SQLException {
        if (eventsBefore == null) {
            eventsBefore = Labels.events(c, videoId);
        }
        return eventsBefore;
    }

    /** A human copy of a model event (the effective events do not change; the label becomes the labeller's). */
    void putModelEventAsHuman(int frame, EventKind kind) throws SQLException {
        changes.add(RowChange.insert(HumanTable.EVENT, eventRow(frame, kind, "add", null)));
    }

    BallWindow ball(int from, int length) throws SQLException {
        return Labels.ball(c, videoId, from, length);
    }

    Edit finish(String description) {
        return done(description);
    }
}
