package com.courtside.labeling.store;

import com.courtside.timeline.BallTrack;
import com.courtside.timeline.EventKind;
import com.courtside.timeline.MatchEvent;
import com.courtside.timeline.Rally;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.Set;

/**
 * A video's labels one layer at a time, to compare them: the model layer (the newest complete run, as
 * {@link Labels} shows it), the human layer alone (what people added; their hides only matter over a model), and
 * the effective labels (human over model). Each read is one consistent snapshot of the database.
 */
public final class LabelLayers {

    /** Which labels to read. */
    public enum Layer {
        MODEL, HUMAN, EFFECTIVE
    }

    private final Project project;

    public LabelLayers(Project project) {
        this.project = project;
    }

    /** The layer's labels over frames 0 … frameCount − 1; an empty layer where there is nothing. */
    public LayerLabels read(long videoId, int frameCount, Layer layer) {
        String what = "Reading the " + layer.name().toLowerCase(Locale.ROOT) + " labels";
        return project.read(what, c -> switch (layer) {
            case MODEL -> model(c, videoId, frameCount);
            case HUMAN -> human(c, videoId, frameCount);
            case EFFECTIVE -> effective(c, videoId, frameCount);
        });
    }

    static LayerLabels model(Connection c, long videoId, int n) throws SQLException {
        BallTrack ball = new BallTrack(n);
        boolean[] labelled = new boolean[n];
        List<MatchEvent> events = new ArrayList<>();
        OptionalLong run = ModelRuns.activeRun(c, videoId, ModelRuns.BALL_TASK);
        if (run.isPresent()) {
            // A run analyses every frame: visibility 0 there means "no ball", not "not looked at".
            Arrays.fill(labelled, true);
            BallChunk.forEachOverlapping(c, run.getAsLong(), 0, n, chunk -> {
                int hi = Math.min(n, chunk.firstFrame + chunk.count());
                for (int f = Math.max(0, chunk.firstFrame); f < hi; f++) {
                    int k = f - chunk.firstFrame;
                    put(ball, f, chunk.visibility[k], chunk.x[k], chunk.y[k]);
                }
            });
            try (PreparedStatement s = c.prepareStatement("SELECT frame, kind FROM model_event WHERE run_id = ?")) {
                s.setLong(1, run.getAsLong());
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        events.add(new MatchEvent(rs.getInt(1), EventKind.fromWire(rs.getString(2))));
                    }
                }
            }
        }
        OptionalLong rallyRun = ModelRuns.activeRun(c, videoId, ModelRuns.RALLY_TASK);
        List<Rally> rallies = new ArrayList<>();
        if (rallyRun.isPresent() || run.isPresent()) {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT start_frame, end_frame FROM model_rally WHERE run_id = ?")) {
                s.setLong(1, rallyRun.isPresent() ? rallyRun.getAsLong() : run.getAsLong());
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        rallies.add(new Rally(rs.getInt(1), rs.getInt(2)));
                    }
                }
            }
        }
        return new LayerLabels(ball, labelled, events, rallies);
    }

    static LayerLabels human(Connection c, long videoId, int n) throws SQLException {
        BallTrack ball = new BallTrack(n);
        boolean[] labelled = new boolean[n];
        try (PreparedStatement s = c.prepareStatement(
                "SELECT frame, x, y, visibility FROM human_ball WHERE video_id = ? AND frame < ?")) {
            s.setLong(1, videoId);
            s.setInt(2, n);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    int f = rs.getInt(1);
                    labelled[f] = true;
                    put(ball, f, rs.getInt(4), coordinate(rs, 2), coordinate(rs, 3));
                }
            }
        }
        Set<MatchEvent> events = new LinkedHashSet<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT frame, kind FROM human_event WHERE video_id = ? AND op = 'add'")) {
            s.setLong(1, videoId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    events.add(new MatchEvent(rs.getInt(1), EventKind.fromWire(rs.getString(2))));
                }
            }
        }
        List<Rally> rallies = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT start_frame, end_frame FROM human_rally WHERE video_id = ? AND op = 'add'")) {
            s.setLong(1, videoId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rallies.add(new Rally(rs.getInt(1), rs.getInt(2)));
                }
            }
        }
        return new LayerLabels(ball, labelled, new ArrayList<>(events), rallies);
    }

    static LayerLabels effective(Connection c, long videoId, int n) throws SQLException {
        BallWindow window = Labels.ball(c, videoId, 0, n);
        boolean modelRun = ModelRuns.activeRun(c, videoId, ModelRuns.BALL_TASK).isPresent();
        BallTrack ball = new BallTrack(n);
        boolean[] labelled = new boolean[n];
        for (int f = 0; f < n; f++) {
            labelled[f] = modelRun || window.source(f) != LabelSource.NONE;
            put(ball, f, window.visibility(f), window.x(f), window.y(f));
        }
        List<MatchEvent> events = Labels.events(c, videoId).stream()
                .map(e -> new MatchEvent(e.frame(), e.kind())).toList();
        List<Rally> rallies = Labels.rallies(c, videoId).stream()
                .map(r -> new Rally(r.startFrame(), r.endFrame())).toList();
        return new LayerLabels(ball, labelled, events, rallies);
    }

    private static void put(BallTrack ball, int frame, int visibility, float x, float y) {
        if (visibility == BallTrack.Visibility.VISIBLE.ordinal() && !Float.isNaN(x) && !Float.isNaN(y)) {
            ball.set(frame, x, y);
        } else if (visibility > BallTrack.Visibility.VISIBLE.ordinal()) {
            ball.setHidden(frame, BallTrack.Visibility.ofCode(visibility), x, y);
        }
    }

    private static float coordinate(ResultSet rs, int column) throws SQLException {
        float v = rs.getFloat(column);
        return rs.wasNull() ? Float.NaN : v;
    }
}
