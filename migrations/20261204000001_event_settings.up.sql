-- Event settings in the console: the largest team an event allows (it was five for every
-- event). `domain::event_settings` holds the rules for changing it.
ALTER TABLE events
    ADD COLUMN team_size_max smallint NOT NULL DEFAULT 5 CHECK (team_size_max BETWEEN 1 AND 10);
