-- Accounts, creator profiles, roles, invitations, emailed tokens, API tokens and the job
-- queue that sends the emails.

CREATE TYPE user_role AS ENUM ('creator', 'adult', 'judge', 'organizer');

CREATE TABLE users (
    id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    -- Stored lowercased; unique.
    email             text NOT NULL UNIQUE CHECK (email = lower(email) AND length(email) <= 254),
    email_verified_at timestamptz,
    -- argon2id PHC string; NULL for judges who only use OAuth or sign-in links.
    password_hash     text,
    display_name      text NOT NULL CHECK (length(display_name) BETWEEN 1 AND 50),
    locale            text NOT NULL DEFAULT 'en',
    -- Bumped when every session must end (password reset); sessions carry the value they
    -- started with.
    session_epoch     integer NOT NULL DEFAULT 0,
    created_at        timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE user_roles (
    user_id    uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role       user_role NOT NULL,
    granted_at timestamptz NOT NULL DEFAULT now(),
    granted_by uuid REFERENCES users (id) ON DELETE SET NULL,
    PRIMARY KEY (user_id, role)
);

-- A young creator: either a teenager's own account (user_id) or a child profile managed
-- by an adult (managed_by), never both. Surname, birth date and gender stay private.
CREATE TABLE creators (
    id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id            uuid UNIQUE REFERENCES users (id) ON DELETE CASCADE,
    managed_by         uuid REFERENCES users (id) ON DELETE CASCADE,
    first_name         text NOT NULL CHECK (length(first_name) BETWEEN 1 AND 100),
    surname            text NOT NULL CHECK (length(surname) BETWEEN 1 AND 100),
    display_name       text NOT NULL CHECK (length(display_name) BETWEEN 1 AND 50),
    birth_year         smallint NOT NULL CHECK (birth_year BETWEEN 1900 AND 2200),
    birth_month        smallint NOT NULL CHECK (birth_month BETWEEN 1 AND 12),
    country            char(2) NOT NULL,
    gender             text CHECK (gender IN ('female', 'male', 'non_binary', 'self_described', 'undisclosed')),
    gender_description text CHECK (length(gender_description) <= 50),
    created_at         timestamptz NOT NULL DEFAULT now(),
    CHECK ((user_id IS NULL) <> (managed_by IS NULL))
);
CREATE INDEX creators_managed_by ON creators (managed_by);

CREATE TABLE invitations (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    email       text NOT NULL CHECK (email = lower(email)),
    role        user_role NOT NULL CHECK (role IN ('judge', 'organizer')),
    invited_by  uuid REFERENCES users (id) ON DELETE SET NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    expires_at  timestamptz NOT NULL,
    accepted_at timestamptz,
    accepted_by uuid REFERENCES users (id) ON DELETE SET NULL
);
CREATE UNIQUE INDEX invitations_one_open_per_email_role ON invitations (email, role) WHERE accepted_at IS NULL;

CREATE TYPE token_purpose AS ENUM ('verify_email', 'reset_password', 'sign_in', 'invitation');

-- Single-use, expiring tokens sent by email. Only a SHA-256 of the token is stored.
CREATE TABLE auth_tokens (
    id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    purpose       token_purpose NOT NULL,
    token_hash    bytea NOT NULL UNIQUE,
    user_id       uuid REFERENCES users (id) ON DELETE CASCADE,
    invitation_id uuid REFERENCES invitations (id) ON DELETE CASCADE,
    created_at    timestamptz NOT NULL DEFAULT now(),
    expires_at    timestamptz NOT NULL,
    used_at       timestamptz,
    CHECK ((user_id IS NULL) <> (invitation_id IS NULL))
);

-- Organizers' API tokens: shown once, stored hashed, scoped, revocable.
CREATE TABLE api_tokens (
    id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id      uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name         text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    -- The first characters of the token, to tell tokens apart in lists.
    prefix       text NOT NULL,
    token_hash   bytea NOT NULL UNIQUE,
    scopes       text[] NOT NULL CHECK (cardinality(scopes) > 0),
    created_at   timestamptz NOT NULL DEFAULT now(),
    last_used_at timestamptz,
    revoked_at   timestamptz
);
CREATE INDEX api_tokens_user ON api_tokens (user_id);

CREATE TYPE job_status AS ENUM ('pending', 'running', 'done', 'dead');

-- The job queue: rows are claimed with FOR UPDATE SKIP LOCKED, so any number of workers on
-- any number of instances can share it.
CREATE TABLE jobs (
    id           bigserial PRIMARY KEY,
    kind         text NOT NULL,
    payload      jsonb NOT NULL,
    status       job_status NOT NULL DEFAULT 'pending',
    run_at       timestamptz NOT NULL DEFAULT now(),
    attempts     integer NOT NULL DEFAULT 0,
    max_attempts integer NOT NULL DEFAULT 8,
    last_error   text,
    locked_at    timestamptz,
    created_at   timestamptz NOT NULL DEFAULT now(),
    finished_at  timestamptz
);
CREATE INDEX jobs_ready ON jobs (run_at) WHERE status = 'pending';
CREATE INDEX jobs_dead ON jobs (created_at) WHERE status = 'dead';
