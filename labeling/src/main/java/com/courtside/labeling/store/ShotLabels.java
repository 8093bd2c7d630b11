package com.courtside.labeling.store;

import com.courtside.timeline.players.PersonBoxes;
import com.courtside.timeline.players.PlayerSlot;
import com.courtside.timeline.players.TrackedPeople;

import java.io.ByteArrayOutputStream;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * Basketball labels of a video: the shooter scores of the newest complete shooter run (table {@code model_shot},
 * task {@link ModelRuns#SHOOTER_TASK}), the shooters labellers chose ({@code human_shot}) with who chose them, the
 * people the newest people run tracked ({@code model_player_box}, task {@link ModelRuns#PEOPLE_TASK}) and the slots
 * labellers gave those tracks ({@code human_player_slot}).
 */
public final class ShotLabels {

    /** A labeller's choice of shooter: the provenance kept with it. */
    public record Choice(PlayerSlot shooter, String author, String editedAt) {
    }

    private final Project project;

    public ShotLabels(Project project) {
        this.project = project;
    }

    /** Release frame → the model's five scores (O1–O5), of the newest complete shooter run. */
    public TreeMap<Integer, float[]> modelScores(long videoId) {
        return project.read("Reading the shooter scores", c -> {
            TreeMap<Integer, float[]> out = new TreeMap<>();
            OptionalLong run = ModelRuns.activeRun(c, videoId, ModelRuns.SHOOTER_TASK);
            if (run.isEmpty()) {
                return out;
            }
            try (PreparedStatement s = c.prepareStatement("SELECT frame, scores FROM model_shot WHERE run_id = ?")) {
                s.setLong(1, run.getAsLong());
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getInt(1), ModelRuns.parseScores(rs.getString(2)));
                    }
                }
            }
            return out;
        });
    }

    /** Release frame → the labeller's shooter. */
    public TreeMap<Integer, Choice> choices(long videoId) {
        return project.read("Reading the chosen shooters", c -> {
            TreeMap<Integer, Choice> out = new TreeMap<>();
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT frame, shooter, author, edited_at FROM human_shot WHERE video_id = ?")) {
                s.setLong(1, videoId);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getInt(1), new Choice(PlayerSlot.fromWire(rs.getString(2)), rs.getString(3),
                                rs.getString(4)));
                    }
                }
            }
            return out;
        });
    }

    /** Track → the slot a labeller gave it. */
    public Map<Integer, PlayerSlot> slots(long videoId) {
        return project.read("Reading the player slots", c -> {
            Map<Integer, PlayerSlot> out = new LinkedHashMap<>();
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT track, slot FROM human_player_slot WHERE video_id = ? ORDER BY track")) {
                s.setLong(1, videoId);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getInt(1), PlayerSlot.fromWire(rs.getString(2)));
                    }
                }
            }
            return out;
        });
    }

    /** The boxes, tracks and kit teams of the newest complete people run; {@link TrackedPeople#NONE} without one. */
    public TrackedPeople people(long videoId) {
        return project.read("Reading the players' boxes", c -> {
            OptionalLong run = ModelRuns.activeRun(c, videoId, ModelRuns.PEOPLE_TASK);
            if (run.isEmpty()) {
                return TrackedPeople.NONE;
            }
            PersonBoxes.Builder boxes = new PersonBoxes.Builder();
            ByteArrayOutputStream teams = new ByteArrayOutputStream();
            try (PreparedStatement s = c.prepareStatement("SELECT frame, player, x, y, w, h, score, team "
                    + "FROM model_player_box WHERE run_id = ? ORDER BY frame, CAST(player AS INTEGER)")) {
                s.setLong(1, run.getAsLong());
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        boxes.add(rs.getInt(1), Integer.parseInt(rs.getString(2)), PlayerSlot.OTHER, rs.getFloat(3),
                                rs.getFloat(4), rs.getFloat(5), rs.getFloat(6), rs.getFloat(7));
                        teams.write(rs.getInt(8));
                    }
                }
            }
            return new TrackedPeople(boxes.build(), teams.toByteArray());
        });
    }
}
