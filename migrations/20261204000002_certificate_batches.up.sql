-- Certificates built in bulk: one zip per request, built by a job that records its
-- progress here; the zip is kept in media storage under `file_key`.
-- removed: its zip was deleted (an erasure touched a creator in it).
CREATE TYPE certificate_batch_status AS ENUM ('queued', 'running', 'done', 'failed', 'removed');
CREATE TABLE certificate_batches (
    id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    event_id     uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    requested_by uuid REFERENCES users (id) ON DELETE SET NULL,
    status       certificate_batch_status NOT NULL DEFAULT 'queued',
    total        integer NOT NULL DEFAULT 0 CHECK (total >= 0),
    done         integer NOT NULL DEFAULT 0 CHECK (done >= 0),
    bytes        bigint,
    file_key     text,
    created_at   timestamptz NOT NULL DEFAULT now(),
    finished_at  timestamptz
);
CREATE INDEX certificate_batches_event ON certificate_batches (event_id, created_at DESC);

-- Who holds certificates: every creator of a public project, with what is printed on
-- them. `db::certificates` reads it for pages, downloads, the bulk zip and the list
-- export; `domain::certificate` decides which kinds each row has.
CREATE VIEW certificate_holders AS
SELECT pp.event_id, e.name AS event_name, e.timezone, e.phase::text AS phase,
       least(e.announcement_at, now()) AS announced_at, e.submissions_open_at,
       pp.project_id, coalesce(d.doc->>'title', '') AS title, pp.category,
       c.id AS creator_id, c.display_name, c.user_id, c.managed_by,
       coalesce(u.locale, a.locale, 'en') AS locale,
       EXISTS (SELECT 1 FROM favourites f WHERE f.project_id = pp.project_id) AS favourite,
       coalesce((SELECT array_agg(w.kind ORDER BY w.kind) FROM awards w
                 WHERE w.project_id = pp.project_id), '{}') AS awards
FROM public_projects pp
JOIN public_documents d ON d.project_id = pp.project_id
JOIN events e ON e.id = pp.event_id
JOIN project_members m ON m.project_id = pp.project_id
JOIN creators c ON c.id = m.creator_id
LEFT JOIN users u ON u.id = c.user_id
LEFT JOIN users a ON a.id = c.managed_by;
