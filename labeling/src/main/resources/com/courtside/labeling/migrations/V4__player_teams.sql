-- The kit team of a person's box, as a run of task 'people' found it: 0 and 1 are the two teams (0 the darker
-- kit), -1 a person in neither kit (a referee, a coach), -2 a box whose kit could not be seen.
ALTER TABLE model_player_box ADD COLUMN team INTEGER NOT NULL DEFAULT -2;
