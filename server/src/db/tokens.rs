//! Single-use, expiring tokens sent by email. Only their SHA-256 is stored.

use anyhow::Context as _;
use chrono::{DateTime, Utc};
use sqlx::PgConnection;
use uuid::Uuid;

/// What a token is for; each purpose has its own lifetime.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    VerifyEmail,
    ResetPassword,
    SignIn,
    Invitation,
}

impl Purpose {
    pub fn as_str(self) -> &'static str {
        match self {
            Purpose::VerifyEmail => "verify_email",
            Purpose::ResetPassword => "reset_password",
            Purpose::SignIn => "sign_in",
            Purpose::Invitation => "invitation",
        }
    }
}

/// Whom a token belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Subject {
    User(Uuid),
    Invitation(Uuid),
}

/// The state of a presented token (account tokens here; consent tokens carry their
/// request's id).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Lookup<S = Subject> {
    /// No token with this hash and purpose: mistyped, tampered or for something else.
    Unknown,
    Used,
    Expired,
    /// Stopped working early: a password reset revokes the account's other links.
    Revoked,
    Valid(S),
}

/// Stores a token's hash.
pub async fn insert(
    conn: &mut PgConnection,
    purpose: Purpose,
    hash: &[u8],
    subject: Subject,
    expires_at: DateTime<Utc>,
) -> anyhow::Result<()> {
    let (user, invitation) = match subject {
        Subject::User(id) => (Some(id), None),
        Subject::Invitation(id) => (None, Some(id)),
    };
    sqlx::query!(
        r#"INSERT INTO auth_tokens (purpose, token_hash, user_id, invitation_id, expires_at)
           VALUES ($1::text::token_purpose, $2, $3, $4, $5)"#,
        purpose.as_str(),
        hash,
        user,
        invitation,
        expires_at,
    )
    .execute(&mut *conn)
    .await
    .context("storing a token")?;
    Ok(())
}

/// What a presented token is, without using it.
pub async fn peek(
    conn: &mut PgConnection,
    purpose: Purpose,
    hash: &[u8],
) -> anyhow::Result<Lookup> {
    let row = sqlx::query!(
        r#"SELECT user_id, invitation_id, used_at IS NOT NULL AS "used!", expires_at <= now() AS "expired!",
                  revoked_at IS NOT NULL AS "revoked!"
           FROM auth_tokens WHERE token_hash = $1 AND purpose = $2::text::token_purpose"#,
        hash,
        purpose.as_str()
    )
    .fetch_optional(&mut *conn)
    .await
    .context("looking a token up")?;
    Ok(match row {
        None => Lookup::Unknown,
        Some(r) if r.revoked => Lookup::Revoked,
        Some(r) if r.used => Lookup::Used,
        Some(r) if r.expired => Lookup::Expired,
        Some(r) => match (r.user_id, r.invitation_id) {
            (Some(u), _) => Lookup::Valid(Subject::User(u)),
            (None, Some(i)) => Lookup::Valid(Subject::Invitation(i)),
            (None, None) => Lookup::Unknown,
        },
    })
}

/// Uses a token: atomically marks it used if it is valid, else says why not. Two
/// concurrent uses of the same token cannot both succeed.
pub async fn consume(
    conn: &mut PgConnection,
    purpose: Purpose,
    hash: &[u8],
) -> anyhow::Result<Lookup> {
    let row = sqlx::query!(
        r#"UPDATE auth_tokens SET used_at = now()
           WHERE token_hash = $1 AND purpose = $2::text::token_purpose
             AND used_at IS NULL AND revoked_at IS NULL AND expires_at > now()
           RETURNING user_id, invitation_id"#,
        hash,
        purpose.as_str()
    )
    .fetch_optional(&mut *conn)
    .await
    .context("using a token")?;
    match row {
        Some(r) => Ok(match (r.user_id, r.invitation_id) {
            (Some(u), _) => Lookup::Valid(Subject::User(u)),
            (None, Some(i)) => Lookup::Valid(Subject::Invitation(i)),
            (None, None) => Lookup::Unknown,
        }),
        None => peek(conn, purpose, hash).await,
    }
}

/// Revokes every unused reset and sign-in link of an account (after a password reset:
/// an older link must not work any more); returns how many.
pub async fn revoke_links(conn: &mut PgConnection, user: Uuid) -> anyhow::Result<u64> {
    let done = sqlx::query!(
        r#"UPDATE auth_tokens SET revoked_at = now()
           WHERE user_id = $1 AND purpose IN ('reset_password', 'sign_in')
             AND used_at IS NULL AND revoked_at IS NULL"#,
        user
    )
    .execute(&mut *conn)
    .await
    .context("revoking an account's links")?;
    Ok(done.rows_affected())
}
