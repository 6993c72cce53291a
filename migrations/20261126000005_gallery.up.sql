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
-- transaction as every change that can affect publication, from the domain rule: the
-- facets, sort keys and search tokens of the project's public document, which is kept in
-- `public_documents` so these rows stay narrow (a search reads many of them, and only the
-- documents of one page).
CREATE TABLE public_projects (
    project_id   uuid PRIMARY KEY REFERENCES projects (id) ON DELETE CASCADE,
    event_id     uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    published_at timestamptz NOT NULL,
    event_slug   text NOT NULL,
    category     text NOT NULL,
    language     text NOT NULL,
    -- Every creator country (filtering), and the same split for counting: the first
    -- country, and the others for the rare team from several countries.
    countries    text[] NOT NULL,
    country      text NOT NULL,
    more_countries text[],
    -- The team's age groups: bit i for domain::gallery::AgeBracket::ALL[i] (a number, so
    -- counting groups needs no array work).
    age_mask     smallint NOT NULL CHECK (age_mask BETWEEN 1 AND 15),
    has_award    boolean NOT NULL,
    has_favourite boolean NOT NULL,
    -- Keys of the shuffled orders (one per seed), fixed per project.
    shuffle      integer[] NOT NULL,
    -- Search tokens (normalized words, CJK pairs and characters) of the title, which
    -- ranks matches, and of all searchable text.
    title_tokens tsvector NOT NULL,
    tokens       tsvector NOT NULL,
    updated_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX public_projects_tokens ON public_projects USING gin (tokens);
-- The orders of pages without search text: newest, and each shuffled order.
CREATE INDEX public_projects_newest ON public_projects (published_at DESC NULLS LAST, project_id);
CREATE INDEX public_projects_shuffle_1 ON public_projects ((shuffle[1]), project_id);
CREATE INDEX public_projects_shuffle_2 ON public_projects ((shuffle[2]), project_id);
CREATE INDEX public_projects_shuffle_3 ON public_projects ((shuffle[3]), project_id);
CREATE INDEX public_projects_shuffle_4 ON public_projects ((shuffle[4]), project_id);
CREATE INDEX public_projects_shuffle_5 ON public_projects ((shuffle[5]), project_id);
CREATE INDEX public_projects_shuffle_6 ON public_projects ((shuffle[6]), project_id);
CREATE INDEX public_projects_shuffle_7 ON public_projects ((shuffle[7]), project_id);
CREATE INDEX public_projects_shuffle_8 ON public_projects ((shuffle[8]), project_id);
CREATE INDEX public_projects_category ON public_projects (category);
CREATE INDEX public_projects_countries ON public_projects USING gin (countries);

-- The public document (`domain::gallery::PublicProject` as JSON: public-safe fields only)
-- of each published project; it leaves with its projection row.
CREATE TABLE public_documents (
    project_id uuid PRIMARY KEY REFERENCES public_projects (project_id) ON DELETE CASCADE,
    doc        jsonb NOT NULL
);

-- Every word ever indexed, for typo tolerance: a query word with no exact match is
-- replaced by its trigram-similar words. Holds words only, never which project has them.
CREATE TABLE search_terms (
    term text PRIMARY KEY
);
CREATE INDEX search_terms_trgm ON search_terms USING gin (term gin_trgm_ops);
