package com.courtside.labeling.store;

import com.courtside.timeline.MatchEvent;
import com.courtside.timeline.Rally;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;

/**
 * Model output: one run per analysis (task, model and its SHA-256, parameters, provider, start and end, status)
 * with its ball samples, events and rallies. A run's rows are written while it is 'running' and only a
 * 'complete' run is ever shown, so a cancelled or killed analysis never looks like a result.
 */
public final class ModelRuns {

    public static final String BALL_TASK = "ball";
    public static final String RALLY_TASK = "rally";
    /** A run of the shooter scorer (or its baseline) over a video's shots. */
    public static final String SHOOTER_TASK = "shooter";
    /** A run of the person detector and tracker: boxes with track ids and kit teams ({@code model_player_box}). */
    public static final String PEOPLE_TASK = "people";

    private final Project project;

    public ModelRuns(Project project) {
        this.project = project;
    }

    public long start(long videoId, String task, String modelName, String modelSha256, String parameters,
                      String provider) {
        return project.write("Recording a model run", c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO model_run (video_id, task, model_name, "
                    + "model_sha256, parameters, provider, started_at, status) VALUES (?, ?, ?, ?, ?, ?, ?, 'running')",
                    PreparedStatement.RETURN_GENERATED_KEYS)) {
                s.setLong(1, videoId);
                s.setString(2, task);
                s.setString(3, modelName);
                s.setString(4, modelSha256);
                s.setString(5, parameters);
                s.setString(6, provider);
                s.setString(7, Instant.now().toString());
                s.executeUpdate();
                try (ResultSet keys = s.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
    }

    /** Ends a run as 'complete', 'failed' or 'cancelled'. */
    public void finish(long runId, String status) {
        project.write("Closing a model run", c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "UPDATE model_run SET status = ?, finished_at = ? WHERE id = ?")) {
                s.setString(1, status);
                s.setString(2, Instant.now().toString());
                s.setLong(3, runId);
                s.executeUpdate();
            }
            return null;
        });
    }

    /**
     * Writes ball samples in one transaction: frames[i] (increasing) with x[i], y[i] (NaN: no position), visibility
     * codes of {@code BallTrack.Visibility}, confidence and whether the sample was predicted. Writing frames the run
     * already has replaces them, so an analysis can save as it goes.
     */
    public void writeBall(long runId, int[] frames, float[] x, float[] y, byte[] visibility, float[] confidence,
                          boolean[] predicted) {
        project.write("Saving the ball track", c -> {
            BallChunk chunk = null;
            for (int i = 0; i < frames.length; i++) {
                int first = BallChunk.firstFrameOf(frames[i]);
                if (chunk == null || chunk.firstFrame != first) {
                    if (chunk != null) {
                        chunk.save(c, runId);
                    }
                    chunk = BallChunk.load(c, runId, first);
                }
                int k = frames[i] - first;
                chunk.x[k] = x[i];
                chunk.y[k] = y[i];
                chunk.confidence[k] = confidence[i];
                chunk.visibility[k] = visibility[i] == 0 && !Float.isNaN(x[i]) ? 2 : visibility[i];
                chunk.predicted[k] = (byte) (predicted[i] ? 1 : 0);
            }
            if (chunk != null) {
                chunk.save(c, runId);
            }
            return null;
        });
    }

    public void writeEvents(long runId, List<MatchEvent> events) {
        project.write("Saving the events", c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT OR REPLACE INTO model_event (run_id, frame, kind, score) VALUES (?, ?, ?, NULL)")) {
                for (MatchEvent e : events) {
                    s.setLong(1, runId);
                    s.setInt(2, e.frame());
                    s.setString(3, e.kind().wireName());
                    s.addBatch();
                }
                s.executeBatch();
            }
            return null;
        });
    }

    public void writeRallies(long runId, List<Rally> rallies) {
        project.write("Saving the rallies", c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO model_rally (run_id, start_frame, end_frame, score) VALUES (?, ?, ?, NULL)")) {
                for (Rally r : rallies) {
                    s.setLong(1, runId);
                    s.setInt(2, r.startFrame());
                    s.setInt(3, r.endFrame());
                    s.addBatch();
                }
                s.executeBatch();
            }
            return null;
        });
    }

    /** The game-state model's probabilities per window, kept with the rallies it gave (a {@link #RALLY_TASK} run). */
    public void writeGameState(long runId, com.courtside.timeline.rally.GameStateSeries series) {
        project.write("Saving the game state", c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT OR REPLACE INTO model_game_state "
                    + "(run_id, window_start, no_play, play, service) VALUES (?, ?, ?, ?, ?)")) {
                for (int w = 0; w < series.windowCount(); w++) {
                    s.setLong(1, runId);
                    s.setInt(2, series.windowStart(w));
                    s.setFloat(3, series.probability(w, com.courtside.timeline.rally.GameState.NO_PLAY));
                    s.setFloat(4, series.probability(w, com.courtside.timeline.rally.GameState.PLAY));
                    s.setFloat(5, series.probability(w, com.courtside.timeline.rally.GameState.SERVICE));
                    s.addBatch();
                }
                s.executeBatch();
            }
            return null;
        });
    }

    /** Writes the shooter scores of a run: for each shot's release frame, the five scores of O1–O5. */
    public void writeShots(long runId, java.util.SortedMap<Integer, float[]> scores) {
        project.write("Saving the shooter scores", c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT OR REPLACE INTO model_shot (run_id, frame, scores) VALUES (?, ?, ?)")) {
                for (var e : scores.entrySet()) {
                    if (e.getValue().length != 5) {
                        throw new IllegalArgumentException("a shot has five scores (O1–O5), got "
                                + e.getValue().length);
                    }
                    s.setLong(1, runId);
                    s.setInt(2, e.getKey());
                    s.setString(3, formatScores(e.getValue()));
                    s.addBatch();
                }
                s.executeBatch();
            }
            return null;
        });
    }

    /** Writes the tracked people of a run: a row per box, {@code player} its track id, with its kit team. */
    public void writePeople(long runId, com.courtside.timeline.players.TrackedPeople people) {
        com.courtside.timeline.players.PersonBoxes boxes = people.boxes();
        project.write("Saving the players' boxes", c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT OR REPLACE INTO model_player_box "
                    + "(run_id, frame, player, x, y, w, h, score, team) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < boxes.size(); i++) {
                    s.setLong(1, runId);
                    s.setInt(2, boxes.frame(i));
                    s.setString(3, Integer.toString(boxes.track(i)));
                    s.setFloat(4, boxes.x(i));
                    s.setFloat(5, boxes.y(i));
                    s.setFloat(6, boxes.width(i));
                    s.setFloat(7, boxes.height(i));
                    s.setFloat(8, boxes.confidence(i));
                    s.setInt(9, people.teams()[i]);
                    s.addBatch();
                }
                s.executeBatch();
            }
            return null;
        });
    }

    /** Scores as the JSON array text of {@code model_shot.scores}: {@code [0.1,0.6,0.1,0.1,0.1]}. */
    static String formatScores(float[] scores) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < scores.length; i++) {
            b.append(i == 0 ? "" : ",").append(scores[i]);
        }
        return b.append(']').toString();
    }

    static float[] parseScores(String text) {
        String body = text.trim();
        if (!body.startsWith("[") || !body.endsWith("]")) {
            throw new IllegalArgumentException("shooter scores must be a JSON array of numbers, got " + text);
        }
        String[] parts = body.substring(1, body.length() - 1).split(",");
        float[] out = new float[parts.length];
        for (int i = 0; i < parts.length; i++) {
            out[i] = Float.parseFloat(parts[i].trim());
        }
        return out;
    }

    /** What a run was made by, as {@link #start} recorded it. */
    public record RunInfo(long id, String modelName, String modelSha256, String parameters, String provider) {
    }

    /** The newest complete run of {@code task} on the video with what made it; empty where there is none. */
    public java.util.Optional<RunInfo> activeRunInfo(long videoId, String task) {
        return project.read("Finding the latest analysis", c -> {
            OptionalLong run = activeRun(c, videoId, task);
            if (run.isEmpty()) {
                return java.util.Optional.<RunInfo>empty();
            }
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT model_name, model_sha256, parameters, provider FROM model_run WHERE id = ?")) {
                s.setLong(1, run.getAsLong());
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    return java.util.Optional.of(new RunInfo(run.getAsLong(), rs.getString(1), rs.getString(2),
                            rs.getString(3), rs.getString(4)));
                }
            }
        });
    }

    /** The newest complete run of {@code task} on the video: the model layer that is shown. */
    public OptionalLong activeRun(long videoId, String task) {
        return project.read("Finding the latest analysis", c -> activeRun(c, videoId, task));
    }

    static OptionalLong activeRun(Connection c, long videoId, String task) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT id FROM model_run WHERE video_id = ? AND task = ? "
                + "AND status = 'complete' ORDER BY finished_at DESC, id DESC LIMIT 1")) {
            s.setLong(1, videoId);
            s.setString(2, task);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? OptionalLong.of(rs.getLong(1)) : OptionalLong.empty();
            }
        }
    }
}
