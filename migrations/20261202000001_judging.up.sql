-- Judging: who judges an event and how (volunteer, VIP, award panel), their public
-- profiles and conflicts of interest, assignment batches for shortlisting, the rubric
-- scores, shortlist adjustments, VIP categories and ordered picks (the `favourites`
-- table), award kinds and the award panel's scores. `domain::judging` and
-- `domain::assignment` hold the rules; every change here is an operation with an audit
-- row.

CREATE TYPE judge_kind AS ENUM ('volunteer', 'vip', 'award_panel');

-- The numbers judging runs with, per event.
ALTER TABLE events
    ADD COLUMN judges_per_project smallint NOT NULL DEFAULT 2 CHECK (judges_per_project BETWEEN 1 AND 10),
    ADD COLUMN judge_cap          smallint NOT NULL DEFAULT 40 CHECK (judge_cap BETWEEN 1 AND 1000),
    ADD COLUMN shortlist_size     smallint NOT NULL DEFAULT 10 CHECK (shortlist_size BETWEEN 1 AND 100),
    ADD COLUMN favourites_per_vip smallint NOT NULL DEFAULT 3 CHECK (favourites_per_vip BETWEEN 1 AND 10);

-- An invitation to judge says in which capacities.
ALTER TABLE invitations ADD COLUMN judge_kinds judge_kind[] NOT NULL DEFAULT '{}';

-- A judge's profile: what the livestream and the VIP segment show (title, bio, photo) and
-- what assignment reads (languages). The name shown is users.display_name.
CREATE TABLE judge_profiles (
    user_id     uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    title       text NOT NULL DEFAULT '' CHECK (char_length(title) <= 120),
    bio         text NOT NULL DEFAULT '' CHECK (char_length(bio) <= 600),
    -- BCP 47 tags of the languages the judge reads.
    languages   text[] NOT NULL DEFAULT '{}',
    -- A processed photo (derivatives under media::derivative_key); NULL until one is ready.
    photo_id    uuid,
    -- An upload waiting for processing (original under media::original_key).
    pending_photo_id uuid,
    photo_problem text,
    updated_at  timestamptz NOT NULL DEFAULT now()
);

-- Who judges an event, in which capacities; `active = false` once a judge drops out.
CREATE TABLE event_judges (
    event_id   uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    user_id    uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kinds      judge_kind[] NOT NULL CHECK (cardinality(kinds) > 0),
    -- A lower cap than the event's, for judges with less time.
    cap        smallint CHECK (cap BETWEEN 0 AND 1000),
    active     boolean NOT NULL DEFAULT true,
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (event_id, user_id)
);

-- The event the site is about right now: the most recently opened event that is not
-- archived, else the most recently archived one. One definition for every query that
-- needs it (the judges' panel finds its next project in one query).
CREATE VIEW current_event AS
    SELECT id FROM events ORDER BY (phase = 'archived'), submissions_open_at DESC LIMIT 1;

-- Conflicts of interest, declared by the judge or added by organizers: one project, one
-- creator (all their projects), or the account that registers projects for a family or a
-- code club (every project with a creator it manages), named by its email address.
CREATE TYPE conflict_kind AS ENUM ('project', 'creator', 'account');
CREATE TABLE judge_conflicts (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    judge_id    uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind        conflict_kind NOT NULL,
    project_id  uuid REFERENCES projects (id) ON DELETE CASCADE,
    creator_id  uuid REFERENCES creators (id) ON DELETE CASCADE,
    email       text CHECK (email = lower(email) AND length(email) <= 254),
    note        text NOT NULL DEFAULT '' CHECK (char_length(note) <= 200),
    declared_by uuid REFERENCES users (id) ON DELETE SET NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    CHECK ((kind = 'project') = (project_id IS NOT NULL)
       AND (kind = 'creator') = (creator_id IS NOT NULL)
       AND (kind = 'account') = (email IS NOT NULL))
);
CREATE UNIQUE INDEX judge_conflicts_unique ON judge_conflicts
    (judge_id, kind, coalesce(project_id, creator_id), coalesce(email, ''));

-- Every (judge, project) pair a judge must never see: the declared conflicts, plus the
-- judge's own family (projects of creators the judge's account is or manages). UNION ALL
-- branches, each with its own index, so a lookup for one judge stays cheap (a pair may
-- appear twice; every reader asks whether one exists).
CREATE INDEX judge_conflicts_judge ON judge_conflicts (judge_id);
CREATE INDEX project_members_creator ON project_members (creator_id);
CREATE VIEW judge_conflict_pairs AS
    SELECT c.judge_id, c.project_id FROM judge_conflicts c WHERE c.kind = 'project'
    UNION ALL
    SELECT c.judge_id, m.project_id FROM judge_conflicts c
        JOIN project_members m ON m.creator_id = c.creator_id WHERE c.kind = 'creator'
    UNION ALL
    SELECT c.judge_id, m.project_id FROM judge_conflicts c
        JOIN users u ON u.email = c.email
        JOIN creators cr ON cr.managed_by = u.id
        JOIN project_members m ON m.creator_id = cr.id
        WHERE c.kind = 'account'
    UNION ALL
    SELECT c.judge_id, m.project_id FROM judge_conflicts c
        JOIN users u ON u.email = c.email
        JOIN creators cr ON cr.user_id = u.id
        JOIN project_members m ON m.creator_id = cr.id
        WHERE c.kind = 'account'
    UNION ALL
    SELECT cr.managed_by, m.project_id FROM creators cr
        JOIN project_members m ON m.creator_id = cr.id WHERE cr.managed_by IS NOT NULL
    UNION ALL
    SELECT cr.user_id, m.project_id FROM creators cr
        JOIN project_members m ON m.creator_id = cr.id WHERE cr.user_id IS NOT NULL;

-- Whether one judge may not see one project, and every project one judge may not see:
-- the view, for the judges' panel. PL/pgSQL so they are not inlined (the queries calling
-- them stay cheap to plan) and with a generic plan from the first call, kept per
-- connection: planning the view's six branches costs ten times running them. The panel's
-- lists filter with `project_id <> ALL ((SELECT judge_conflict_set(judge))::uuid[])`, an
-- init plan run once per query, not once per row.
CREATE FUNCTION judge_conflicted(p_judge uuid, p_project uuid) RETURNS boolean
LANGUAGE plpgsql STABLE SET plan_cache_mode = force_generic_plan AS $$
BEGIN
    RETURN EXISTS (SELECT 1 FROM judge_conflict_pairs c
                   WHERE c.judge_id = p_judge AND c.project_id = p_project);
END
$$;
CREATE FUNCTION judge_conflict_set(p_judge uuid) RETURNS uuid[]
LANGUAGE plpgsql STABLE SET plan_cache_mode = force_generic_plan AS $$
BEGIN
    RETURN ARRAY(SELECT c.project_id FROM judge_conflict_pairs c WHERE c.judge_id = p_judge);
END
$$;

-- An assignment run: previewed, applied, and undone exactly (its rows deleted) while
-- none of them has a score.
CREATE TABLE assignment_batches (
    id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    event_id   uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    created_by uuid REFERENCES users (id) ON DELETE SET NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    -- The figures of the run (per-judge load, language matches, shortfalls).
    summary    jsonb NOT NULL,
    undone_at  timestamptz,
    undone_by  uuid REFERENCES users (id) ON DELETE SET NULL
);

-- A volunteer judge's project to score in the shortlisting phase.
CREATE TABLE assignments (
    id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    event_id   uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    batch_id   uuid NOT NULL REFERENCES assignment_batches (id) ON DELETE CASCADE,
    project_id uuid NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    judge_id   uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    -- Set when the judge skipped it; skipped projects come back last.
    skipped_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (project_id, judge_id)
);
CREATE INDEX assignments_judge ON assignments (judge_id, event_id);
CREATE INDEX assignments_batch ON assignments (batch_id);

-- A judge's rubric marks for an assigned project, changeable until shortlisting closes.
CREATE TABLE scores (
    assignment_id uuid PRIMARY KEY REFERENCES assignments (id) ON DELETE CASCADE,
    event_id      uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    project_id    uuid NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    judge_id      uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    coolness      smallint NOT NULL CHECK (coolness BETWEEN 0 AND 10),
    complexity    smallint NOT NULL CHECK (complexity BETWEEN 0 AND 10),
    presentation  smallint NOT NULL CHECK (presentation BETWEEN 0 AND 10),
    design        smallint NOT NULL CHECK (design BETWEEN 0 AND 10),
    -- For organizers only; never public.
    comment       text NOT NULL DEFAULT '' CHECK (char_length(comment) <= 2000),
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX scores_event ON scores (event_id);
-- The panel reads one judge's scores (progress, the next project): never all of them.
CREATE INDEX scores_judge ON scores (judge_id, event_id);

-- Organizers' changes to the computed shortlist, each with its reason.
CREATE TABLE shortlist_adjustments (
    event_id   uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    project_id uuid NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    include    boolean NOT NULL,
    reason     text NOT NULL CHECK (char_length(reason) BETWEEN 1 AND 500),
    decided_by uuid REFERENCES users (id) ON DELETE SET NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (event_id, project_id)
);

-- The categories a VIP judge picks favourites in.
CREATE TABLE vip_categories (
    event_id    uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    judge_id    uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    category_id uuid NOT NULL REFERENCES categories (id) ON DELETE CASCADE,
    PRIMARY KEY (event_id, judge_id, category_id)
);

-- A VIP judge's picks are ordered.
ALTER TABLE favourites ADD COLUMN position smallint NOT NULL DEFAULT 1 CHECK (position BETWEEN 1 AND 10);

-- The awards an event gives (the kind names Fluent keys award-<kind> and
-- award-<kind>-about); the Broadcom Coding with Commitment award is configured for every
-- event.
CREATE TABLE award_kinds (
    event_id uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    kind     text NOT NULL CHECK (kind ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    PRIMARY KEY (event_id, kind)
);
INSERT INTO award_kinds (event_id, kind) SELECT id, 'coding-with-commitment' FROM events;

-- An award-panel member's marks for a candidate.
CREATE TABLE award_scores (
    event_id    uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    kind        text NOT NULL,
    project_id  uuid NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    judge_id    uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    impact      smallint NOT NULL CHECK (impact BETWEEN 0 AND 10),
    sdg         smallint NOT NULL CHECK (sdg BETWEEN 0 AND 10),
    technical   smallint NOT NULL CHECK (technical BETWEEN 0 AND 10),
    creativity  smallint NOT NULL CHECK (creativity BETWEEN 0 AND 10),
    comment     text NOT NULL DEFAULT '' CHECK (char_length(comment) <= 2000),
    updated_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (kind, project_id, judge_id),
    FOREIGN KEY (event_id, kind) REFERENCES award_kinds (event_id, kind) ON DELETE CASCADE
);

-- Who decided an award, and why when the ranking alone did not decide it (never public).
ALTER TABLE awards
    ADD COLUMN decided_by uuid REFERENCES users (id) ON DELETE SET NULL,
    ADD COLUMN decision_reason text NOT NULL DEFAULT '' CHECK (char_length(decision_reason) <= 500);
CREATE UNIQUE INDEX awards_one_per_kind ON awards (event_id, kind);
