-- Events and their categories.

CREATE TYPE event_phase AS ENUM (
    'upcoming',
    'submissions_open',
    'moderation',
    'shortlisting',
    'favourites',
    'announced',
    'archived'
);

CREATE TABLE events (
    id                   uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    slug                 text NOT NULL UNIQUE
                         CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(slug) BETWEEN 3 AND 64),
    name                 text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    -- IANA name; deadlines are shown and enforced in this timezone.
    timezone             text NOT NULL,
    phase                event_phase NOT NULL DEFAULT 'upcoming',
    submissions_open_at  timestamptz NOT NULL,
    submissions_close_at timestamptz NOT NULL,
    shortlisting_at      timestamptz NOT NULL,
    favourites_at        timestamptz NOT NULL,
    announcement_at      timestamptz NOT NULL,
    archive_at           timestamptz NOT NULL,
    -- Creators must be 18 or under on this date.
    reference_date       date NOT NULL,
    consent_age          smallint NOT NULL DEFAULT 18 CHECK (consent_age BETWEEN 13 AND 21),
    -- BCP 47 tags of the languages projects may be written in.
    content_languages    text[] NOT NULL DEFAULT '{en}' CHECK (cardinality(content_languages) > 0),
    created_at           timestamptz NOT NULL DEFAULT now(),
    updated_at           timestamptz NOT NULL DEFAULT now(),
    CHECK (submissions_open_at < submissions_close_at
       AND submissions_close_at < shortlisting_at
       AND shortlisting_at < favourites_at
       AND favourites_at < announcement_at
       AND announcement_at < archive_at)
);

CREATE TABLE categories (
    id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    event_id     uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    slug         text NOT NULL CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(slug) BETWEEN 2 AND 40),
    position     smallint NOT NULL,
    -- Names and descriptions of custom categories by locale code ({"en": "..."}); the
    -- default categories are translated in the Fluent files instead and leave these empty.
    names        jsonb NOT NULL DEFAULT '{}',
    descriptions jsonb NOT NULL DEFAULT '{}',
    UNIQUE (event_id, slug),
    UNIQUE (event_id, position)
);
