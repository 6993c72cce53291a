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
