DROP TRIGGER consent_answers_on_insert ON consents;
DROP TRIGGER consent_answers_on_update ON consents;
DROP TRIGGER consent_answers_on_delete ON consents;
DROP FUNCTION consent_answers_refresh();
DROP FUNCTION consent_answer_rows(uuid[]);
DROP TABLE consent_answers;
CREATE INDEX consents_creator_scope ON consents (creator_id, scope, given_at DESC);
DROP INDEX consents_current;
