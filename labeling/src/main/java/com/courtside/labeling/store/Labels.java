package com.courtside.labeling.store;

import com.courtside.timeline.EventKind;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The effective labels: the human layer over the newest complete model run. A human ball row replaces the model's
 * sample of its frame; human events and rallies are added ('add') or hide a model one ('hide'); an event is one
 * per frame and kind, whichever layer holds it.
 */
public final class Labels {

    /** An effective event; {@code humanId} is the human row that holds it, null for a model event. */
    public record LabeledEvent(int frame, EventKind kind, LabelSource source, Long humanId) {
    }

    /** An effective rally; {@code humanId} is null for a model rally, which is unreviewed. */
    public record LabeledRally(int startFrame, int endFrame, LabelSource source, Long humanId, Review review,
                               String reviewer, String reviewedAt) {

        public boolean contains(int frame) {
            return frame >= startFrame && frame <= endFrame;
        }
    }

    private final Project project;

    public Labels(Project project) {
        this.project = project;
    }

    public BallWindow ball(long videoId, int from, int length) {
        return project.read("Reading the ball labels", c -> ball(c, videoId, from, length));
    }

    public List<LabeledEvent> events(long videoId) {
        return project.read("Reading the events", c -> events(c, videoId));
    }

    public List<LabeledRally> rallies(long videoId) {
        return project.read("Reading the rallies", c -> rallies(c, videoId));
    }

    /**
     * The game-state probabilities of the newest complete rally run, for a video of {@code frameCount} frames at
     * {@code fps}; empty where no game-state model ran.
     */
    public java.util.Optional<com.courtside.timeline.rally.GameStateSeries> gameState(long videoId, double fps,
                                                                                      int frameCount) {
        return project.read("Reading the game state", c -> {
            OptionalLong run = ModelRuns.activeRun(c, videoId, ModelRuns.RALLY_TASK);
            if (run.isEmpty()) {
                return java.util.Optional.empty();
            }
            List<float[]> rows = new ArrayList<>();
            List<Integer> starts = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT window_start, no_play, play, service "
                    + "FROM model_game_state WHERE run_id = ? ORDER BY window_start")) {
                s.setLong(1, run.getAsLong());
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        starts.add(rs.getInt(1));
                        rows.add(new float[] {rs.getFloat(2), rs.getFloat(3), rs.getFloat(4)});
                    }
                }
            }
            if (rows.isEmpty()) {
                return java.util.Optional.empty();
            }
            int n = rows.size();
            float[] noPlay = new float[n];
            float[] play = new float[n];
            float[] service = new float[n];
            int[] windowStart = new int[n];
            for (int i = 0; i < n; i++) {
                windowStart[i] = starts.get(i);
                noPlay[i] = rows.get(i)[0];
                play[i] = rows.get(i)[1];
                service[i] = rows.get(i)[2];
            }
            return java.util.Optional.of(new com.courtside.timeline.rally.GameStateSeries(fps, frameCount,
                    com.courtside.timeline.rally.GameStateSeries.strideFor(fps), windowStart, noPlay, play, service));
        });
    }

    public static BallWindow ball(Connection c, long videoId, int from, int length) throws SQLException {
        float[] x = new float[length];
        float[] y = new float[length];
        byte[] vis = new byte[length];
        byte[] source = new byte[length];
        float[] conf = new float[length];
        boolean[] predicted = new boolean[length];
        Arrays.fill(x, Float.NaN);
        Arrays.fill(y, Float.NaN);
        OptionalLong run = ModelRuns.activeRun(c, videoId, ModelRuns.BALL_TASK);
        if (run.isPresent()) {
            BallChunk.forEachOverlapping(c, run.getAsLong(), from, length, chunk -> {
                int lo = Math.max(from, chunk.firstFrame);
                int hi = Math.min(from + length, chunk.firstFrame + chunk.count());
                for (int f = lo; f < hi; f++) {
                    int k = f - chunk.firstFrame;
                    if (chunk.visibility[k] == 0) {
                        continue;
                    }
                    int i = f - from;
                    x[i] = chunk.x[k];
                    y[i] = chunk.y[k];
                    vis[i] = chunk.visibility[k];
                    conf[i] = chunk.confidence[k];
                    predicted[i] = chunk.predicted[k] != 0;
                    source[i] = (byte) LabelSource.MODEL.ordinal();
                }
            });
        }
        try (PreparedStatement s = c.prepareStatement("SELECT frame, x, y, visibility FROM human_ball "
                + "WHERE video_id = ? AND frame >= ? AND frame < ?")) {
            s.setLong(1, videoId);
            s.setInt(2, from);
            s.setInt(3, from + length);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    int i = rs.getInt(1) - from;
                    x[i] = coordinate(rs, 2);
                    y[i] = coordinate(rs, 3);
                    vis[i] = (byte) rs.getInt(4);
                    conf[i] = 1f;
                    predicted[i] = false;
                    source[i] = (byte) LabelSource.HUMAN.ordinal();
                }
            }
        }
        return new BallWindow(from, x, y, vis, source, conf, predicted);
    }

    private static float coordinate(ResultSet rs, int column) throws SQLException {
        float v = rs.getFloat(column);
        return rs.wasNull() ? Float.NaN : v;
    }

    public static List<LabeledEvent> events(Connection c, long videoId) throws SQLException {
        List<LabeledEvent> out = new ArrayList<>();
        Set<String> hidden = new HashSet<>();
        Set<String> seen = new HashSet<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT id, frame, kind, op FROM human_event WHERE video_id = ? ORDER BY id")) {
            s.setLong(1, videoId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String key = rs.getInt(2) + "/" + rs.getString(3);
                    if ("hide".equals(rs.getString(4))) {
                        hidden.add(key);
                    } else if (seen.add(key)) {
                        out.add(new LabeledEvent(rs.getInt(2), EventKind.fromWire(rs.getString(3)), LabelSource.HUMAN,
                                rs.getLong(1)));
                    }
                }
            }
        }
        OptionalLong run = ModelRuns.activeRun(c, videoId, ModelRuns.BALL_TASK);
        if (run.isPresent()) {
            try (PreparedStatement s = c.prepareStatement("SELECT frame, kind FROM model_event WHERE run_id = ?")) {
                s.setLong(1, run.getAsLong());
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        String key = rs.getInt(1) + "/" + rs.getString(2);
                        if (!hidden.contains(key) && seen.add(key)) {
                            out.add(new LabeledEvent(rs.getInt(1), EventKind.fromWire(rs.getString(2)),
                                    LabelSource.MODEL, null));
                        }
                    }
                }
            }
        }
        out.sort(Comparator.comparingInt(LabeledEvent::frame).thenComparing(LabeledEvent::kind));
        return out;
    }

    /** Whether the active model run has an event of this kind at the frame (hidden or not). */
    public static boolean modelHasEvent(Connection c, long videoId, int frame, EventKind kind) throws SQLException {
        OptionalLong run = ModelRuns.activeRun(c, videoId, ModelRuns.BALL_TASK);
        if (run.isEmpty()) {
            return false;
        }
        try (PreparedStatement s = c.prepareStatement(
                "SELECT 1 FROM model_event WHERE run_id = ? AND frame = ? AND kind = ?")) {
            s.setLong(1, run.getAsLong());
            s.setInt(2, frame);
            s.setString(3, kind.wireName());
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        }
    }

    public static List<LabeledRally> rallies(Connection c, long videoId) throws SQLException {
        List<LabeledRally> out = new ArrayList<>();
        Set<String> hidden = new HashSet<>();
        try (PreparedStatement s = c.prepareStatement("SELECT id, start_frame, end_frame, op, review, reviewer, "
                + "reviewed_at FROM human_rally WHERE video_id = ? ORDER BY id")) {
            s.setLong(1, videoId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    if ("hide".equals(rs.getString(4))) {
                        hidden.add(rs.getInt(2) + "/" + rs.getInt(3));
                    } else {
                        out.add(new LabeledRally(rs.getInt(2), rs.getInt(3), LabelSource.HUMAN, rs.getLong(1),
                                Review.fromWire(rs.getString(5)), rs.getString(6), rs.getString(7)));
                    }
                }
            }
        }
        OptionalLong run = ModelRuns.activeRun(c, videoId, ModelRuns.RALLY_TASK);
        if (run.isEmpty()) {
            run = ModelRuns.activeRun(c, videoId, ModelRuns.BALL_TASK);
        }
        if (run.isPresent()) {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT start_frame, end_frame FROM model_rally WHERE run_id = ?")) {
                s.setLong(1, run.getAsLong());
                try (ResultSet rs = s.executeQuery()) {
                    List<LabeledRally> human = List.copyOf(out);
                    while (rs.next()) {
                        int start = rs.getInt(1);
                        int end = rs.getInt(2);
                        // A person's rally wins over the model's rallies it overlaps, as a human ball label does.
                        boolean covered = human.stream().anyMatch(h -> h.startFrame() <= end && start <= h.endFrame());
                        if (!hidden.contains(start + "/" + end) && !covered) {
                            out.add(new LabeledRally(start, end, LabelSource.MODEL, null, Review.UNREVIEWED, null,
                                    null));
                        }
                    }
                }
            }
        }
        out.sort(Comparator.comparingInt(LabeledRally::startFrame));
        return out;
    }
}
