-- What the livestream shows right now, per event: the cue on air (an index into the run
-- of show's cues), a version bumped by every step (the server-sent events' id), the tag
-- of the cue list it was chosen from, and the overlay's key (the browser source's URL
-- carries it, so the overlay works without signing in and rehearsals stay private).
-- Every step notifies `livestream_cue` on commit, so every server instance's overlays
-- follow it.
CREATE TABLE livestream_cues (
    event_id uuid PRIMARY KEY REFERENCES events (id) ON DELETE CASCADE,
    position integer NOT NULL DEFAULT 0 CHECK (position >= 0),
    version bigint NOT NULL DEFAULT 0,
    show_tag text NOT NULL DEFAULT '',
    overlay_key text NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now(),
    updated_by uuid REFERENCES users (id) ON DELETE SET NULL
);
