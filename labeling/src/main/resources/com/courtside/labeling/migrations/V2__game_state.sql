-- The game-state model's output of a rally run: the probability of each state per window of 16 frames.
-- A window starts at window_start; the run's parameters say the stride and the subsampling.
CREATE TABLE model_game_state (
    run_id        INTEGER NOT NULL REFERENCES model_run (id) ON DELETE CASCADE,
    window_start  INTEGER NOT NULL,
    no_play       REAL NOT NULL,
    play          REAL NOT NULL,
    service       REAL NOT NULL,
    PRIMARY KEY (run_id, window_start)
) WITHOUT ROWID;
