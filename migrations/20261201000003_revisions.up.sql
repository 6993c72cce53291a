-- Revisions: the public always sees a project's last approved revision. Submitting, and
-- every later change to anything public (text, links, images, goals, team), records a new
-- revision: a snapshot of the public content (`domain::revision::RevisionContent` as
-- JSON). A moderator approves or rejects it, seeing the difference to the public one; an
-- approved revision becomes the project's public version. Consents and moderation
-- decisions record the revision they were given for.

CREATE TYPE revision_status AS ENUM ('pending', 'approved', 'rejected', 'changes_requested', 'superseded');

CREATE TABLE project_revisions (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    project_id  uuid NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    number      integer NOT NULL CHECK (number > 0),
    content     jsonb NOT NULL,
    status      revision_status NOT NULL DEFAULT 'pending',
    created_at  timestamptz NOT NULL DEFAULT now(),
    created_by  uuid REFERENCES users (id) ON DELETE SET NULL,
    decided_at  timestamptz,
    decided_by  uuid REFERENCES users (id) ON DELETE SET NULL,
    reason      text CHECK (char_length(reason) <= 1000),
    UNIQUE (project_id, number)
);
-- At most one revision waits for review; a newer one supersedes it.
CREATE UNIQUE INDEX project_revisions_one_pending ON project_revisions (project_id) WHERE status = 'pending';

ALTER TABLE projects ADD COLUMN approved_revision_id uuid REFERENCES project_revisions (id) ON DELETE SET NULL;
ALTER TABLE consents ADD COLUMN revision_id uuid REFERENCES project_revisions (id) ON DELETE SET NULL;
ALTER TABLE moderation_decisions ADD COLUMN revision_id uuid REFERENCES project_revisions (id) ON DELETE CASCADE;

-- Projects submitted before revisions existed: their current content is revision 1, in
-- the state of their moderation.
INSERT INTO project_revisions (project_id, number, content, status, created_at, decided_at, reason)
SELECT p.id, 1,
       jsonb_build_object(
           'title', p.title,
           'short_description', p.short_description,
           'category', COALESCE(c.slug, ''),
           'language', COALESCE(p.language, ''),
           'project_url', COALESCE(p.project_url, ''),
           'video_url', COALESCE(p.video_url, ''),
           'why_made', p.why_made,
           'difficulties', p.difficulties,
           'next_steps', p.next_steps,
           'community', p.community,
           'sdgs', to_jsonb(p.sdgs),
           'images', (SELECT COALESCE(jsonb_agg(jsonb_build_object('id', i.id, 'alt_text', i.alt_text, 'shows_person', i.shows_person)
                                               ORDER BY i.position, i.id), '[]'::jsonb)
                      FROM project_images i WHERE i.project_id = p.id AND i.status = 'ready'),
           'members', (SELECT COALESCE(jsonb_agg(m.creator_id ORDER BY m.joined_at, m.creator_id), '[]'::jsonb)
                       FROM project_members m WHERE m.project_id = p.id)),
       p.moderation::text::revision_status,
       p.submitted_at,
       (SELECT max(d.created_at) FROM moderation_decisions d WHERE d.project_id = p.id),
       p.moderation_reason
FROM projects p LEFT JOIN categories c ON c.id = p.category_id
WHERE p.submitted_at IS NOT NULL;

UPDATE projects p SET approved_revision_id = r.id
FROM project_revisions r
WHERE r.project_id = p.id AND r.number = 1 AND p.moderation = 'approved';

UPDATE moderation_decisions d SET revision_id = r.id
FROM project_revisions r WHERE r.project_id = d.project_id AND r.number = 1;

UPDATE consents k SET revision_id = r.id
FROM consent_requests q JOIN project_revisions r ON r.project_id = q.project_id AND r.number = 1
WHERE q.id = k.request_id;

-- The evidence view follows the rule's new shape: the members of the public version are
-- the ones whose consent counts.
DROP VIEW publication_evidence;
CREATE VIEW publication_evidence AS
WITH published AS (
    SELECT p.id, r.content->>'title' AS title, r.content
    FROM projects p
    JOIN events e ON e.id = p.event_id
    JOIN project_revisions r ON r.id = p.approved_revision_id
    WHERE p.status = 'submitted' AND p.moderation = 'approved'
      AND EXISTS (SELECT 1 FROM project_members m
                  WHERE m.project_id = p.id AND r.content->'members' ? m.creator_id::text)
      AND NOT EXISTS (
          SELECT 1 FROM project_members m JOIN creators c ON c.id = m.creator_id
          WHERE m.project_id = p.id
            AND r.content->'members' ? m.creator_id::text
            AND needs_consent(c.birth_year, c.birth_month, e.reference_date, e.consent_age)
            AND NOT EXISTS (SELECT 1 FROM current_consents cc
                            WHERE cc.creator_id = c.id AND cc.scope = 'publish'
                              AND cc.granted AND cc.withdrawn_at IS NULL))
)
SELECT pub.id AS project_id, pub.title, c.display_name AS creator, cc.scope::text AS scope,
       COALESCE(cc.given_by_email, u.email) AS given_by, cc.given_at, cc.wording_version
FROM published pub
JOIN project_members m ON m.project_id = pub.id AND pub.content->'members' ? m.creator_id::text
JOIN creators c ON c.id = m.creator_id
LEFT JOIN current_consents cc ON cc.creator_id = c.id AND cc.granted AND cc.withdrawn_at IS NULL
LEFT JOIN users u ON u.id = cc.given_by_user;
