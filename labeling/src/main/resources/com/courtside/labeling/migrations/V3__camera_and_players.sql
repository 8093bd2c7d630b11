-- A camera pin: the labeller fixes the virtual camera at a frame (crop centre in source pixels and zoom: 1 is the
-- widest crop of the camera's aspect, 2 half as wide); the follow-cam path eases into and out of it.
CREATE TABLE human_camera_pin (
    video_id      INTEGER NOT NULL REFERENCES video (id) ON DELETE CASCADE,
    frame         INTEGER NOT NULL,
    centre_x      REAL    NOT NULL,
    centre_y      REAL    NOT NULL,
    zoom          REAL    NOT NULL,
    author        TEXT    NOT NULL,
    edited_at     TEXT    NOT NULL,
    PRIMARY KEY (video_id, frame)
) WITHOUT ROWID;

-- The slot (O1–O5, D1–D5, offence_unknown, defence_unknown, other) a labeller gave a tracked person of a clip;
-- the tracker carries it along the track.
CREATE TABLE human_player_slot (
    video_id      INTEGER NOT NULL REFERENCES video (id) ON DELETE CASCADE,
    track         INTEGER NOT NULL,
    slot          TEXT    NOT NULL,
    author        TEXT    NOT NULL,
    edited_at     TEXT    NOT NULL,
    PRIMARY KEY (video_id, track)
) WITHOUT ROWID;
