DROP TABLE sign_in_failures;
ALTER TABLE auth_tokens DROP COLUMN revoked_at;
ALTER TABLE users ADD COLUMN session_epoch integer NOT NULL DEFAULT 0;
DROP TABLE sessions;
