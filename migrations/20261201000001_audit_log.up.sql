-- The audit log: one row per privileged action (moderation, consent answers, phase
-- changes, tokens, invitations, sign-ins, ...), written by the operation that performed it
-- in the same transaction. Rows can be added, never changed or removed: a trigger refuses
-- UPDATE, DELETE and TRUNCATE. No foreign keys, so deleting an account never has to touch
-- the log (its rows keep the account's id, nothing else about the person).

CREATE TABLE audit_log (
    id          bigserial PRIMARY KEY,
    at          timestamptz NOT NULL DEFAULT now(),
    -- The account that acted (NULL for guardians answering by email and for the system).
    actor_id    uuid,
    -- In what capacity: creator, adult, guardian, judge, organizer, system.
    actor_role  text NOT NULL CHECK (actor_role ~ '^[a-z_]+$'),
    -- Through what: web, api (with the token), worker, seed, cli.
    via         text NOT NULL CHECK (via IN ('web', 'api', 'worker', 'seed', 'cli')),
    token_id    uuid,
    -- What was done, as area.verb: moderation.decide, consent.answer, ...
    action      text NOT NULL CHECK (action ~ '^[a-z_]+\.[a-z_]+$'),
    target_type text NOT NULL,
    target_id   uuid,
    -- A short before/after summary (states and changed field names, never free text).
    summary     jsonb NOT NULL DEFAULT '{}',
    request_id  text
);
CREATE INDEX audit_log_at ON audit_log (at DESC);
CREATE INDEX audit_log_target ON audit_log (target_type, target_id, at DESC);
CREATE INDEX audit_log_actor ON audit_log (actor_id, at DESC);

CREATE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit log is insert-only: % refused', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER audit_log_insert_only BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change();
