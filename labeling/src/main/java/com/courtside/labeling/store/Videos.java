package com.courtside.labeling.store;

import com.courtside.timeline.FileSignature;
import com.courtside.timeline.Rational;
import com.courtside.timeline.VideoFacts;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The project's videos, identified by signature (size and SHA-256 of the first MiB), not by path: a moved file is
 * found again; a file changed in place no longer matches, and its old entry is flagged changed.
 */
public final class Videos {

    private final Project project;

    public Videos(Project project) {
        this.project = project;
    }

    /** Finds the video by signature (recording a new path), or adds it. */
    public VideoRecord register(VideoFacts facts) {
        FileSignature sig = facts.signature();
        Path path = facts.path().toAbsolutePath().normalize();
        return project.write("Adding " + sig.fileName() + " to the project", c -> {
            Optional<VideoRecord> known = find(c, sig);
            if (known.isPresent()) {
                VideoRecord v = known.get();
                if (!v.lastPath().equals(path)) {
                    update(c, "UPDATE video SET last_path = ?, file_name = ?, mtime_ms = ? WHERE id = ?",
                            path.toString(), sig.fileName(), sig.modifiedMillis(), v.id());
                    return new VideoRecord(v.id(), sig, path, v.width(), v.height(), v.fps(), v.frameCount(), v.lastPath());
                }
                return v;
            }
            update(c, "UPDATE video SET changed = 1 WHERE last_path = ?", path.toString());
            try (PreparedStatement s = c.prepareStatement("INSERT INTO video (file_name, size_bytes, mtime_ms, "
                    + "head_sha256, last_path, width, height, fps_num, fps_den, frame_count, added_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", PreparedStatement.RETURN_GENERATED_KEYS)) {
                s.setString(1, sig.fileName());
                s.setLong(2, sig.size());
                s.setLong(3, sig.modifiedMillis());
                s.setString(4, sig.headSha256());
                s.setString(5, path.toString());
                s.setInt(6, facts.width());
                s.setInt(7, facts.height());
                s.setLong(8, facts.fps().num());
                s.setLong(9, facts.fps().den());
                s.setInt(10, facts.frameCount());
                s.setString(11, Instant.now().toString());
                s.executeUpdate();
                try (ResultSet keys = s.getGeneratedKeys()) {
                    keys.next();
                    return new VideoRecord(keys.getLong(1), sig, path, facts.width(), facts.height(), facts.fps(),
                            facts.frameCount(), null);
                }
            }
        });
    }

    /** Whether a video whose entry was at {@code path} has since been changed in place. */
    public boolean changedAt(Path path) {
        return project.read("Checking " + path.getFileName(), c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM video WHERE last_path = ? AND changed = 1")) {
                s.setString(1, path.toAbsolutePath().normalize().toString());
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    public List<VideoRecord> all() {
        return project.read("Listing the videos", c -> {
            List<VideoRecord> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(SELECT + " ORDER BY id"); ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(row(rs));
                }
            }
            return out;
        });
    }

    private static final String SELECT = "SELECT id, file_name, size_bytes, mtime_ms, head_sha256, last_path, width, "
            + "height, fps_num, fps_den, frame_count FROM video";

    private static Optional<VideoRecord> find(Connection c, FileSignature sig) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(SELECT + " WHERE head_sha256 = ? AND size_bytes = ?")) {
            s.setString(1, sig.headSha256());
            s.setLong(2, sig.size());
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(row(rs)) : Optional.empty();
            }
        }
    }

    private static VideoRecord row(ResultSet rs) throws SQLException {
        FileSignature sig = new FileSignature(rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getString(5));
        return new VideoRecord(rs.getLong(1), sig, Path.of(rs.getString(6)), rs.getInt(7), rs.getInt(8),
                Rational.of(rs.getLong(9), rs.getLong(10)), rs.getInt(11), null);
    }

    private static void update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            s.executeUpdate();
        }
    }
}
