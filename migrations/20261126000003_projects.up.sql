-- Projects: drafts and submissions, their teams and images.

CREATE TYPE project_status AS ENUM ('draft', 'submitted', 'withdrawn');

CREATE TABLE projects (
    id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    event_id          uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    -- The team member who manages the team (hands over to a teammate).
    owner_creator_id  uuid NOT NULL REFERENCES creators (id),
    -- Drafts may be incomplete: every content column may be empty until submission.
    title             text NOT NULL DEFAULT '' CHECK (char_length(title) <= 80),
    short_description text NOT NULL DEFAULT '' CHECK (char_length(short_description) <= 300),
    category_id       uuid REFERENCES categories (id),
    language          text,
    project_url       text CHECK (char_length(project_url) <= 2000),
    video_url         text CHECK (char_length(video_url) <= 2000),
    why_made          text NOT NULL DEFAULT '' CHECK (char_length(why_made) <= 1500),
    difficulties      text NOT NULL DEFAULT '' CHECK (char_length(difficulties) <= 1500),
    next_steps        text NOT NULL DEFAULT '' CHECK (char_length(next_steps) <= 1500),
    sdgs              smallint[] NOT NULL DEFAULT '{}' CHECK (sdgs <@ ARRAY[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17]::smallint[]),
    community         text NOT NULL DEFAULT '' CHECK (char_length(community) <= 1000),
    status            project_status NOT NULL DEFAULT 'draft',
    submitted_at      timestamptz,
    withdrawn_at      timestamptz,
    -- Teammates join with this code.
    join_code         text NOT NULL UNIQUE,
    created_at        timestamptz NOT NULL DEFAULT now(),
    updated_at        timestamptz NOT NULL DEFAULT now(),
    UNIQUE (id, event_id)
);
CREATE INDEX projects_event ON projects (event_id, status);

-- One project per creator per event, enforced here: event_id is copied from the project
-- (and kept equal by the composite foreign key) so the unique constraint can see it.
CREATE TABLE project_members (
    project_id uuid NOT NULL,
    event_id   uuid NOT NULL,
    creator_id uuid NOT NULL REFERENCES creators (id) ON DELETE CASCADE,
    joined_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (project_id, creator_id),
    UNIQUE (event_id, creator_id),
    FOREIGN KEY (project_id, event_id) REFERENCES projects (id, event_id) ON DELETE CASCADE
);

CREATE TYPE image_status AS ENUM ('processing', 'ready', 'rejected');

CREATE TABLE project_images (
    id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    project_id    uuid NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    position      smallint NOT NULL,
    alt_text      text NOT NULL DEFAULT '' CHECK (char_length(alt_text) <= 300),
    shows_person  boolean NOT NULL,
    status        image_status NOT NULL DEFAULT 'processing',
    -- Storage key of the upload as received; removed once processed.
    original_key  text,
    width         integer,
    height        integer,
    -- Fluent key of the reason an image was rejected by processing.
    reject_reason text,
    created_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX project_images_project ON project_images (project_id, position);
