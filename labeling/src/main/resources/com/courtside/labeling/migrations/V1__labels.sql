-- Courtside label store, schema version 1. Frames are 0-based indexes as FFmpeg presents them.
-- Model output (model_*) and human labels (human_*) are separate layers; see docs/label-store.md.

CREATE TABLE video (
    id            INTEGER PRIMARY KEY,
    file_name     TEXT    NOT NULL,
    size_bytes    INTEGER NOT NULL,
    mtime_ms      INTEGER NOT NULL,
    head_sha256   TEXT    NOT NULL,
    last_path     TEXT    NOT NULL,
    width         INTEGER NOT NULL,
    height        INTEGER NOT NULL,
    fps_num       INTEGER NOT NULL,
    fps_den       INTEGER NOT NULL,
    frame_count   INTEGER NOT NULL,
    changed       INTEGER NOT NULL DEFAULT 0,
    added_at      TEXT    NOT NULL,
    UNIQUE (head_sha256, size_bytes)
);

CREATE TABLE model_run (
    id            INTEGER PRIMARY KEY,
    video_id      INTEGER NOT NULL REFERENCES video (id) ON DELETE CASCADE,
    task          TEXT    NOT NULL,
    model_name    TEXT    NOT NULL,
    model_sha256  TEXT,
    parameters    TEXT,
    provider      TEXT,
    started_at    TEXT    NOT NULL,
    finished_at   TEXT,
    status        TEXT    NOT NULL CHECK (status IN ('running', 'complete', 'failed', 'cancelled'))
);
CREATE INDEX model_run_by_video ON model_run (video_id, task, status);

-- The model's ball track in columns, 4096 frames per row (a 2-hour match at 120 fps is 211 rows): x, y and
-- confidence are float32 little-endian arrays (NaN where there is no position); visibility and predicted are one
-- byte per frame (visibility 0 where the model has no sample). Frame = first_frame + index.
CREATE TABLE model_ball_chunk (
    run_id        INTEGER NOT NULL REFERENCES model_run (id) ON DELETE CASCADE,
    first_frame   INTEGER NOT NULL,
    frame_count   INTEGER NOT NULL,
    x             BLOB    NOT NULL,
    y             BLOB    NOT NULL,
    confidence    BLOB    NOT NULL,
    visibility    BLOB    NOT NULL,
    predicted     BLOB    NOT NULL,
    PRIMARY KEY (run_id, first_frame)
) WITHOUT ROWID;

CREATE TABLE model_event (
    run_id        INTEGER NOT NULL REFERENCES model_run (id) ON DELETE CASCADE,
    frame         INTEGER NOT NULL,
    kind          TEXT    NOT NULL,
    score         REAL,
    PRIMARY KEY (run_id, frame, kind)
) WITHOUT ROWID;

CREATE TABLE model_rally (
    run_id        INTEGER NOT NULL REFERENCES model_run (id) ON DELETE CASCADE,
    start_frame   INTEGER NOT NULL,
    end_frame     INTEGER NOT NULL,
    score         REAL,
    PRIMARY KEY (run_id, start_frame)
) WITHOUT ROWID;

CREATE TABLE model_shot (
    run_id        INTEGER NOT NULL REFERENCES model_run (id) ON DELETE CASCADE,
    frame         INTEGER NOT NULL,
    scores        TEXT    NOT NULL,
    PRIMARY KEY (run_id, frame)
) WITHOUT ROWID;

CREATE TABLE model_player_box (
    run_id        INTEGER NOT NULL REFERENCES model_run (id) ON DELETE CASCADE,
    frame         INTEGER NOT NULL,
    player        TEXT    NOT NULL,
    x             REAL    NOT NULL,
    y             REAL    NOT NULL,
    w             REAL    NOT NULL,
    h             REAL    NOT NULL,
    score         REAL,
    PRIMARY KEY (run_id, frame, player)
) WITHOUT ROWID;

CREATE TABLE human_ball (
    video_id      INTEGER NOT NULL REFERENCES video (id) ON DELETE CASCADE,
    frame         INTEGER NOT NULL,
    x             REAL,
    y             REAL,
    visibility    INTEGER NOT NULL,
    author        TEXT    NOT NULL,
    edited_at     TEXT    NOT NULL,
    import_file   TEXT,
    PRIMARY KEY (video_id, frame)
) WITHOUT ROWID;

CREATE TABLE human_event (
    id            INTEGER PRIMARY KEY,
    video_id      INTEGER NOT NULL REFERENCES video (id) ON DELETE CASCADE,
    frame         INTEGER NOT NULL,
    kind          TEXT    NOT NULL,
    op            TEXT    NOT NULL CHECK (op IN ('add', 'hide')),
    author        TEXT    NOT NULL,
    edited_at     TEXT    NOT NULL,
    import_file   TEXT
);
CREATE INDEX human_event_by_frame ON human_event (video_id, frame);

CREATE TABLE human_rally (
    id            INTEGER PRIMARY KEY,
    video_id      INTEGER NOT NULL REFERENCES video (id) ON DELETE CASCADE,
    start_frame   INTEGER NOT NULL,
    end_frame     INTEGER NOT NULL,
    op            TEXT    NOT NULL CHECK (op IN ('add', 'hide')),
    review        TEXT    NOT NULL DEFAULT 'unreviewed' CHECK (review IN ('unreviewed', 'reviewed', 'flagged')),
    reviewer      TEXT,
    reviewed_at   TEXT,
    author        TEXT    NOT NULL,
    edited_at     TEXT    NOT NULL,
    import_file   TEXT
);
CREATE INDEX human_rally_by_frame ON human_rally (video_id, start_frame);

CREATE TABLE human_shot (
    video_id      INTEGER NOT NULL REFERENCES video (id) ON DELETE CASCADE,
    frame         INTEGER NOT NULL,
    shooter       TEXT    NOT NULL,
    author        TEXT    NOT NULL,
    edited_at     TEXT    NOT NULL,
    PRIMARY KEY (video_id, frame)
) WITHOUT ROWID;

CREATE TABLE edit_journal (
    seq           INTEGER PRIMARY KEY,
    video_id      INTEGER NOT NULL REFERENCES video (id) ON DELETE CASCADE,
    description   TEXT    NOT NULL,
    changes       TEXT    NOT NULL,
    author        TEXT    NOT NULL,
    created_at    TEXT    NOT NULL,
    undone        INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX edit_journal_by_video ON edit_journal (video_id, undone, seq);
