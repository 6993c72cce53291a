DROP VIEW publication_evidence;
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
ALTER TABLE moderation_decisions DROP COLUMN revision_id;
ALTER TABLE consents DROP COLUMN revision_id;
ALTER TABLE projects DROP COLUMN approved_revision_id;
DROP TABLE project_revisions;
DROP TYPE revision_status;
