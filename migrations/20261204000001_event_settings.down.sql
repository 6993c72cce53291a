ALTER TABLE events DROP COLUMN team_size_max;
