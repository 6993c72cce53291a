CREATE INDEX consents_creator_scope ON consents (creator_id, scope, given_at DESC);
DROP INDEX consents_current;
