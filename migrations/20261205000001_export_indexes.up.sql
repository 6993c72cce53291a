-- The newest answer per creator and scope (the current_consents view) read from the
-- index alone: its order is the view's, and it carries what the exports and the consent
-- pages read of each answer. Replaces consents_creator_scope, a prefix of it.
CREATE INDEX consents_current ON consents (creator_id, scope, given_at DESC, id)
    INCLUDE (granted, withdrawn_at);
DROP INDEX consents_creator_scope;
