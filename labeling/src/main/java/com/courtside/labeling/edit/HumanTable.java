package com.courtside.labeling.edit;

import java.util.List;

/** The tables of the human layer that edits change, with the columns that identify one row. */
public enum HumanTable {
    BALL("human_ball", List.of("video_id", "frame")),
    EVENT("human_event", List.of("id")),
    RALLY("human_rally", List.of("id")),
    SHOT("human_shot", List.of("video_id", "frame")),
    CAMERA_PIN("human_camera_pin", List.of("video_id", "frame")),
    PLAYER_SLOT("human_player_slot", List.of("video_id", "track"));

    private final String sqlName;
    private final List<String> key;

    HumanTable(String sqlName, List<String> key) {
        this.sqlName = sqlName;
        this.key = key;
    }

    public String sqlName() {
        return sqlName;
    }

    public List<String> key() {
        return key;
    }
}
