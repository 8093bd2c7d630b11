package com.courtside.labeling.edit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/**
 * The edit history of each video, kept in the project ({@code edit_journal}), so undo and redo work after a
 * restart or a crash. Every method runs inside the caller's transaction (the store's writer), so an edit and
 * its journal entry are committed together or not at all. A new edit drops the redo tail; the oldest entries
 * beyond {@link #LIMIT} are forgotten.
 */
public final class EditJournal {

    /** Edits kept per video. */
    public static final int LIMIT = 10_000;

    private EditJournal() {
    }

    /** Applies {@code edit} and records it. An empty edit changes nothing and is not recorded. */
    public static void record(Connection c, long videoId, String author, Edit edit) throws SQLException {
        if (edit.isEmpty()) {
            return;
        }
        edit.apply(c);
        try (PreparedStatement s = c.prepareStatement("DELETE FROM edit_journal WHERE video_id = ? AND undone = 1")) {
            s.setLong(1, videoId);
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO edit_journal "
                + "(video_id, description, changes, author, created_at) VALUES (?, ?, ?, ?, ?)")) {
            s.setLong(1, videoId);
            s.setString(2, edit.description());
            s.setString(3, EditCodec.encode(edit.changes()));
            s.setString(4, author);
            s.setString(5, Instant.now().toString());
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("DELETE FROM edit_journal WHERE video_id = ? AND seq <= "
                + "(SELECT seq FROM edit_journal WHERE video_id = ? ORDER BY seq DESC LIMIT 1 OFFSET ?)")) {
            s.setLong(1, videoId);
            s.setLong(2, videoId);
            s.setInt(3, LIMIT);
            s.executeUpdate();
        }
    }

    /** Undoes the latest edit still applied. @return its description, or empty when there is nothing to undo */
    public static Optional<String> undo(Connection c, long videoId) throws SQLException {
        Optional<Entry> entry = find(c, videoId, false);
        if (entry.isPresent()) {
            new Edit(entry.get().description, EditCodec.decode(entry.get().changes)).undo(c);
            mark(c, entry.get().seq, true);
        }
        return entry.map(Entry::description);
    }

    /** Redoes the earliest undone edit. @return its description, or empty when there is nothing to redo */
    public static Optional<String> redo(Connection c, long videoId) throws SQLException {
        Optional<Entry> entry = find(c, videoId, true);
        if (entry.isPresent()) {
            new Edit(entry.get().description, EditCodec.decode(entry.get().changes)).apply(c);
            mark(c, entry.get().seq, false);
        }
        return entry.map(Entry::description);
    }

    /** What Undo would undo, for the Edit menu. */
    public static Optional<String> nextUndo(Connection c, long videoId) throws SQLException {
        return find(c, videoId, false).map(Entry::description);
    }

    /** What Redo would redo. */
    public static Optional<String> nextRedo(Connection c, long videoId) throws SQLException {
        return find(c, videoId, true).map(Entry::description);
    }

    private record Entry(long seq, String description, String changes) {
    }

    private static Optional<Entry> find(Connection c, long videoId, boolean undone) throws SQLException {
        String order = undone ? "ASC" : "DESC";
        try (PreparedStatement s = c.prepareStatement("SELECT seq, description, changes FROM edit_journal "
                + "WHERE video_id = ? AND undone = ? ORDER BY seq " + order + " LIMIT 1")) {
            s.setLong(1, videoId);
            s.setInt(2, undone ? 1 : 0);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(new Entry(rs.getLong(1), rs.getString(2), rs.getString(3))) : Optional.empty();
            }
        }
    }

    private static void mark(Connection c, long seq, boolean undone) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE edit_journal SET undone = ? WHERE seq = ?")) {
            s.setInt(1, undone ? 1 : 0);
            s.setLong(2, seq);
            s.executeUpdate();
        }
    }
}
