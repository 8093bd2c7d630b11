package com.courtside.labeling.store;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

/**
 * Which label files a video's labels came from. Every imported label keeps its file's absolute path, so a batch
 * import run again can tell a file it imported before and skip it, while the labeller's later edits stay.
 */
public final class ImportedFiles {

    private static final String[] TABLES = {"human_ball", "human_event", "human_rally"};

    private ImportedFiles() {
    }

    /**
     * How many of the video's labels, ball points, events and rallies together, came from {@code file}; 0 when it
     * was never imported (or every label from it was since replaced by hand).
     */
    public static int labelsFrom(Project project, long videoId, Path file) {
        String path = file.toAbsolutePath().toString();
        return project.read("Looking up earlier imports", c -> {
            int total = 0;
            for (String table : TABLES) {
                try (PreparedStatement s = c.prepareStatement(
                        "SELECT COUNT(*) FROM " + table + " WHERE video_id = ? AND import_file = ?")) {
                    s.setLong(1, videoId);
                    s.setString(2, path);
                    try (ResultSet r = s.executeQuery()) {
                        total += r.next() ? r.getInt(1) : 0;
                    }
                }
            }
            return total;
        });
    }
}
