-- Server-side sessions: the encrypted cookie names a row here, so signing out ends the
-- session for every copy of the cookie, and "sign out everywhere" or a password reset
-- ends all of an account's sessions. They replace users.session_epoch.

CREATE TABLE sessions (
    id         uuid PRIMARY KEY,
    user_id    uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at timestamptz NOT NULL DEFAULT now(),
    expires_at timestamptz NOT NULL,
    ended_at   timestamptz
);
CREATE INDEX sessions_user ON sessions (user_id) WHERE ended_at IS NULL;

ALTER TABLE users DROP COLUMN session_epoch;

-- Emailed links that stopped working before their time (a password reset revokes every
-- other reset and sign-in link of the account).
ALTER TABLE auth_tokens ADD COLUMN revoked_at timestamptz;

-- Failed password attempts per address typed, for the per-account limit (the
-- per-client-address limit is in memory; this one must hold across instances). Keyed by
-- a SHA-256 of the lowercased address, so unknown addresses are limited the same way
-- (the limit reveals nothing) and no typed address is stored.
CREATE TABLE sign_in_failures (
    email_hash bytea NOT NULL,
    at         timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX sign_in_failures_email ON sign_in_failures (email_hash, at DESC);
