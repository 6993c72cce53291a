DROP TRIGGER users_auth_changed ON users;
DROP TRIGGER user_roles_auth_changed ON user_roles;
DROP TRIGGER api_tokens_auth_changed ON api_tokens;
DROP FUNCTION notify_api_auth_changed();
