-- Guardian consent, moderation, and the publication rule's evidence.

CREATE TYPE moderation_state AS ENUM ('pending', 'approved', 'rejected', 'changes_requested');

ALTER TABLE projects
    ADD COLUMN moderation moderation_state NOT NULL DEFAULT 'pending',
    ADD COLUMN moderation_reason text CHECK (char_length(moderation_reason) <= 1000);

-- Every moderation decision, with who and when.
CREATE TABLE moderation_decisions (
    id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    project_id   uuid NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    moderator_id uuid REFERENCES users (id) ON DELETE SET NULL,
    decision     moderation_state NOT NULL CHECK (decision <> 'pending'),
    reason       text CHECK (char_length(reason) <= 1000),
    created_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX moderation_decisions_project ON moderation_decisions (project_id, created_at);

CREATE TYPE consent_request_status AS ENUM ('pending', 'answered', 'expired');

-- A request for a guardian's consent for one creator: by email (teenagers), or answered
-- in the app by the adult who manages a child profile (guardian_email NULL).
CREATE TABLE consent_requests (
    id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    creator_id     uuid NOT NULL REFERENCES creators (id) ON DELETE CASCADE,
    project_id     uuid NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    guardian_email text CHECK (guardian_email = lower(guardian_email)),
    locale         text NOT NULL DEFAULT 'en',
    requested_by   uuid REFERENCES users (id) ON DELETE SET NULL,
    status         consent_request_status NOT NULL DEFAULT 'pending',
    created_at     timestamptz NOT NULL DEFAULT now(),
    last_sent_at   timestamptz,
    expires_at     timestamptz NOT NULL
);
CREATE INDEX consent_requests_creator ON consent_requests (creator_id, status);

CREATE TYPE consent_scope AS ENUM ('publish', 'photos', 'contact');

-- What a guardian answered, per creator and scope: the wording version shown, who, when.
-- The current answer for a scope is the newest row; withdrawal stamps withdrawn_at.
CREATE TABLE consents (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    creator_id      uuid NOT NULL REFERENCES creators (id) ON DELETE CASCADE,
    request_id      uuid REFERENCES consent_requests (id) ON DELETE SET NULL,
    scope           consent_scope NOT NULL,
    granted         boolean NOT NULL,
    wording_version text NOT NULL,
    given_by_email  text,
    given_by_user   uuid REFERENCES users (id) ON DELETE SET NULL,
    given_at        timestamptz NOT NULL DEFAULT now(),
    withdrawn_at    timestamptz,
    CHECK ((given_by_email IS NULL) <> (given_by_user IS NULL))
);
CREATE INDEX consents_creator_scope ON consents (creator_id, scope, given_at DESC);

CREATE TYPE consent_token_purpose AS ENUM ('respond', 'withdraw');

-- Links in consent emails; only a SHA-256 of the token is stored.
CREATE TABLE consent_tokens (
    token_hash bytea PRIMARY KEY,
    request_id uuid NOT NULL REFERENCES consent_requests (id) ON DELETE CASCADE,
    purpose    consent_token_purpose NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    expires_at timestamptz NOT NULL,
    used_at    timestamptz
);

-- The current (newest, not withdrawn) answer per creator and scope.
CREATE VIEW current_consents AS
SELECT DISTINCT ON (creator_id, scope) id, creator_id, scope, granted, wording_version,
       given_by_email, given_by_user, given_at, withdrawn_at
FROM consents
ORDER BY creator_id, scope, given_at DESC, id;

-- Whether a creator needs a guardian's consent for an event: younger than the event's
-- consent age on its reference date (mirrors domain::publication::needs_consent; the
-- birth day is unknown, so a creator turns a year older on the first of their month).
CREATE FUNCTION needs_consent(birth_year smallint, birth_month smallint, reference date, consent_age smallint)
RETURNS boolean LANGUAGE sql IMMUTABLE AS $$
    SELECT (extract(year FROM reference)::int - birth_year
            - CASE WHEN extract(month FROM reference)::int < birth_month THEN 1 ELSE 0 END) < consent_age
$$;

-- For each published project (submitted, approved, every member consented or not in need
-- of consent), the consent records that allowed it; members who need none appear once
-- with empty consent columns. The publication rule itself lives in
-- domain::publication; a test checks this view agrees with it.
CREATE VIEW publication_evidence AS
WITH published AS (
    SELECT p.id, p.title
    FROM projects p JOIN events e ON e.id = p.event_id
    WHERE p.status = 'submitted' AND p.moderation = 'approved'
      AND NOT EXISTS (
          SELECT 1 FROM project_members m JOIN creators c ON c.id = m.creator_id
          WHERE m.project_id = p.id
            AND needs_consent(c.birth_year, c.birth_month, e.reference_date, e.consent_age)
            AND NOT EXISTS (SELECT 1 FROM current_consents cc
                            WHERE cc.creator_id = c.id AND cc.scope = 'publish'
                              AND cc.granted AND cc.withdrawn_at IS NULL))
)
SELECT pub.id AS project_id, pub.title, c.display_name AS creator, cc.scope::text AS scope,
       COALESCE(cc.given_by_email, u.email) AS given_by, cc.given_at, cc.wording_version
FROM published pub
JOIN project_members m ON m.project_id = pub.id
JOIN creators c ON c.id = m.creator_id
LEFT JOIN current_consents cc ON cc.creator_id = c.id AND cc.granted AND cc.withdrawn_at IS NULL
LEFT JOIN users u ON u.id = cc.given_by_user;
