-- The newest answer per creator and scope (the current_consents view) read from the
-- index alone: its order is the view's, and it carries what is read of each answer.
-- Replaces consents_creator_scope, a prefix of it.
CREATE INDEX consents_current ON consents (creator_id, scope, given_at DESC, id)
    INCLUDE (granted, withdrawn_at);
DROP INDEX consents_creator_scope;

-- Each creator's current answer per scope, kept by a trigger from current_consents in
-- the transaction that changes a consent: what the creators export reads per creator
-- without grouping every answer of the event again.
CREATE TABLE consent_answers (
    creator_id uuid PRIMARY KEY REFERENCES creators (id) ON DELETE CASCADE,
    publish    text CHECK (publish IN ('granted', 'declined', 'withdrawn')),
    photos     text CHECK (photos IN ('granted', 'declined', 'withdrawn')),
    contact    text CHECK (contact IN ('granted', 'declined', 'withdrawn'))
);

-- The answers of the creators in `who` (every creator when NULL), from current_consents.
CREATE FUNCTION consent_answer_rows(who uuid[])
RETURNS TABLE (creator_id uuid, publish text, photos text, contact text)
LANGUAGE sql STABLE AS $$
    SELECT x.creator_id,
           max(x.answer) FILTER (WHERE x.scope = 'publish'),
           max(x.answer) FILTER (WHERE x.scope = 'photos'),
           max(x.answer) FILTER (WHERE x.scope = 'contact')
    FROM (SELECT c.creator_id, c.scope,
                 CASE WHEN c.withdrawn_at IS NOT NULL THEN 'withdrawn'
                      WHEN c.granted THEN 'granted' ELSE 'declined' END AS answer
          FROM current_consents c
          WHERE who IS NULL OR c.creator_id = ANY (who)) x
    GROUP BY x.creator_id
$$;

CREATE FUNCTION consent_answers_refresh() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    who uuid[];
BEGIN
    IF TG_OP = 'INSERT' THEN
        SELECT array_agg(DISTINCT creator_id) INTO who FROM added;
    ELSIF TG_OP = 'UPDATE' THEN
        SELECT array_agg(DISTINCT creator_id) INTO who
        FROM (SELECT creator_id FROM added UNION SELECT creator_id FROM removed) c;
    ELSE
        SELECT array_agg(DISTINCT creator_id) INTO who FROM removed;
    END IF;
    IF who IS NULL THEN
        RETURN NULL;
    END IF;
    -- One writer per creator at a time, so the answers are computed from what the
    -- other has committed (each statement here reads afresh).
    PERFORM 1 FROM creators WHERE id = ANY (who) ORDER BY id FOR NO KEY UPDATE;
    DELETE FROM consent_answers WHERE creator_id = ANY (who);
    -- A creator being deleted (erasure) has no consents left, so no row comes back.
    INSERT INTO consent_answers (creator_id, publish, photos, contact)
    SELECT a.* FROM consent_answer_rows(who) a JOIN creators cr ON cr.id = a.creator_id;
    RETURN NULL;
END $$;

CREATE TRIGGER consent_answers_on_insert AFTER INSERT ON consents
    REFERENCING NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION consent_answers_refresh();
CREATE TRIGGER consent_answers_on_update AFTER UPDATE ON consents
    REFERENCING OLD TABLE AS removed NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION consent_answers_refresh();
CREATE TRIGGER consent_answers_on_delete AFTER DELETE ON consents
    REFERENCING OLD TABLE AS removed
    FOR EACH STATEMENT EXECUTE FUNCTION consent_answers_refresh();

INSERT INTO consent_answers (creator_id, publish, photos, contact)
SELECT * FROM consent_answer_rows(NULL);
