-- The public gallery: judges' favourites and awards, and the public projection of every
-- published project that the gallery, the public API and the PostgreSQL search read.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- A VIP judge's favourite, with the one-line quote read out on the livestream.
CREATE TABLE favourites (
    id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    event_id   uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    project_id uuid NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    judge_id   uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    quote      text NOT NULL CHECK (char_length(quote) BETWEEN 1 AND 200),
    created_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (judge_id, project_id)
);
CREATE INDEX favourites_project ON favourites (project_id);

-- An award given by a panel (the kind names a Fluent key: award-<kind>).
CREATE TABLE awards (
    id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    event_id   uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    project_id uuid NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    kind       text NOT NULL CHECK (kind ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    citation   text NOT NULL DEFAULT '' CHECK (char_length(citation) <= 500),
    created_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (project_id, kind)
);
CREATE INDEX awards_project ON awards (project_id);

-- One row per published project and nothing else: written by search::refresh in the same
-- transaction as every change that can affect publication, from the domain rule. `doc` is
-- the public document (only public-safe fields); the other columns are its facets, sort
-- keys and search tokens.
CREATE TABLE public_projects (
    project_id   uuid PRIMARY KEY REFERENCES projects (id) ON DELETE CASCADE,
    event_id     uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    published_at timestamptz NOT NULL,
    event_slug   text NOT NULL,
    category     text NOT NULL,
    language     text NOT NULL,
    countries    text[] NOT NULL,
    age_brackets text[] NOT NULL,
    has_award    boolean NOT NULL,
    has_favourite boolean NOT NULL,
    -- Keys of the shuffled orders (one per seed), fixed per project.
    shuffle      integer[] NOT NULL,
    -- Search tokens (normalized words, CJK pairs and characters) of the title, which
    -- ranks matches, and of all searchable text.
    title_tokens tsvector NOT NULL,
    tokens       tsvector NOT NULL,
    doc          jsonb NOT NULL,
    updated_at   timestamptz NOT NULL DEFAULT now()
)
-- Rows keep only the narrow facet and sort columns in the table itself; `tokens` and
-- `doc` (kilobytes each) move to TOAST storage, so a search touches few pages: matches
-- come from the GIN index, and only a page's documents are read.
WITH (toast_tuple_target = 256);
CREATE INDEX public_projects_tokens ON public_projects USING gin (tokens);
CREATE INDEX public_projects_newest ON public_projects (published_at DESC, project_id);
CREATE INDEX public_projects_category ON public_projects (category);
CREATE INDEX public_projects_countries ON public_projects USING gin (countries);

-- Every word ever indexed, for typo tolerance: a query word with no exact match is
-- replaced by its trigram-similar words. Holds words only, never which project has them.
CREATE TABLE search_terms (
    term text PRIMARY KEY
);
CREATE INDEX search_terms_trgm ON search_terms USING gin (term gin_trgm_ops);
