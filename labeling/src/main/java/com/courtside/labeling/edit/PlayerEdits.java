package com.courtside.labeling.edit;

import com.courtside.timeline.players.PlayerSlot;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Basketball labels: who took a shot, and which slot a tracked person fills. */
final class PlayerEdits {

    private final LabelEdits edits;

    PlayerEdits(LabelEdits edits) {
        this.edits = edits;
    }

    /** The labeller's shooter of the shot released at {@code frame} (replacing an earlier choice); null clears it. */
    Edit shooter(int frame, PlayerSlot shooter) throws SQLException {
        if (shooter != null && shooter.offenceIndex() < 0) {
            throw new IllegalArgumentException("a shooter is one of O1–O5, got " + shooter);
        }
        var old = Rows.fetch(edits.connection(), HumanTable.SHOT, edits.videoId(), frame);
        old.ifPresent(row -> edits.change(RowChange.delete(HumanTable.SHOT, row)));
        if (shooter == null) {
            return edits.finish("Clear the shooter of the shot at frame " + frame);
        }
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("video_id", edits.videoId());
        row.put("frame", frame);
        row.put("shooter", shooter.wireName());
        row.put("author", edits.author());
        row.put("edited_at", edits.now());
        edits.change(RowChange.insert(HumanTable.SHOT, row));
        return edits.finish(shooter.wireName() + " took the shot at frame " + frame);
    }

    /** Gives tracked person {@code track} a slot for the whole clip. */
    Edit slot(int track, PlayerSlot slot) throws SQLException {
        var old = Rows.fetch(edits.connection(), HumanTable.PLAYER_SLOT, edits.videoId(), track);
        old.ifPresent(row -> edits.change(RowChange.delete(HumanTable.PLAYER_SLOT, row)));
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("video_id", edits.videoId());
        row.put("track", track);
        row.put("slot", slot.wireName());
        row.put("author", edits.author());
        row.put("edited_at", edits.now());
        edits.change(RowChange.insert(HumanTable.PLAYER_SLOT, row));
        return edits.finish("Person " + track + " is " + slot.wireName());
    }
}
