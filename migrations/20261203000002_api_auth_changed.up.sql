-- Every instance keeps recently used API tokens (with their owner's roles) in memory and
-- drops them all when anything that decides what a token may do changes: a token revoked
-- or its scopes changed, a role granted or taken away, an account removed. Statement
-- triggers, so a change made by hand in psql counts too. Recording a token's last use
-- (UPDATE OF last_used_at) does not fire.
CREATE FUNCTION notify_api_auth_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('api_auth_changed', '');
    RETURN NULL;
END
$$;

CREATE TRIGGER api_tokens_auth_changed
    AFTER UPDATE OF revoked_at, scopes, user_id, token_hash OR DELETE ON api_tokens
    FOR EACH STATEMENT EXECUTE FUNCTION notify_api_auth_changed();
CREATE TRIGGER user_roles_auth_changed
    AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON user_roles
    FOR EACH STATEMENT EXECUTE FUNCTION notify_api_auth_changed();
CREATE TRIGGER users_auth_changed
    AFTER UPDATE OF email OR DELETE ON users
    FOR EACH STATEMENT EXECUTE FUNCTION notify_api_auth_changed();
