//! Server-side sessions: the session cookie names a row; ending the row ends the session
//! for every copy of the cookie.

use anyhow::Context as _;
use chrono::{DateTime, Utc};
use sqlx::PgConnection;
use uuid::Uuid;

/// Starts a session.
pub async fn create(
    conn: &mut PgConnection,
    id: Uuid,
    user: Uuid,
    expires_at: DateTime<Utc>,
) -> anyhow::Result<()> {
    sqlx::query!(
        "INSERT INTO sessions (id, user_id, expires_at) VALUES ($1, $2, $3)",
        id,
        user,
        expires_at
    )
    .execute(&mut *conn)
    .await
    .context("starting a session")?;
    Ok(())
}

/// Ends one session; false when it was not current.
pub async fn end(conn: &mut PgConnection, id: Uuid) -> anyhow::Result<bool> {
    let done = sqlx::query!(
        "UPDATE sessions SET ended_at = now() WHERE id = $1 AND ended_at IS NULL",
        id
    )
    .execute(&mut *conn)
    .await
    .context("ending a session")?;
    Ok(done.rows_affected() == 1)
}

/// Ends every current session of an account; returns how many.
pub async fn end_all(conn: &mut PgConnection, user: Uuid) -> anyhow::Result<u64> {
    let done = sqlx::query!(
        "UPDATE sessions SET ended_at = now() WHERE user_id = $1 AND ended_at IS NULL",
        user
    )
    .execute(&mut *conn)
    .await
    .context("ending an account's sessions")?;
    Ok(done.rows_affected())
}

/// How many current sessions an account has.
pub async fn count_current(conn: &mut PgConnection, user: Uuid) -> anyhow::Result<i64> {
    let n = sqlx::query_scalar!(
        r#"SELECT count(*) AS "n!" FROM sessions WHERE user_id = $1 AND ended_at IS NULL AND expires_at > now()"#,
        user
    )
    .fetch_one(&mut *conn)
    .await
    .context("counting sessions")?;
    Ok(n)
}

/// Records a failed password attempt for an address (by its hash), dropping attempts
/// older than the window.
pub async fn record_failure(
    conn: &mut PgConnection,
    email_hash: &[u8],
    window_secs: f64,
) -> anyhow::Result<()> {
    sqlx::query!(
        "DELETE FROM sign_in_failures WHERE email_hash = $1 AND at < now() - make_interval(secs => $2)",
        email_hash,
        window_secs
    )
    .execute(&mut *conn)
    .await
    .context("forgetting old sign-in failures")?;
    sqlx::query!(
        "INSERT INTO sign_in_failures (email_hash) VALUES ($1)",
        email_hash
    )
    .execute(&mut *conn)
    .await
    .context("recording a sign-in failure")?;
    Ok(())
}

/// Failed password attempts for an address within the window.
pub async fn recent_failures(
    conn: &mut PgConnection,
    email_hash: &[u8],
    window_secs: f64,
) -> anyhow::Result<i64> {
    let n = sqlx::query_scalar!(
        r#"SELECT count(*) AS "n!" FROM sign_in_failures
           WHERE email_hash = $1 AND at >= now() - make_interval(secs => $2)"#,
        email_hash,
        window_secs
    )
    .fetch_one(&mut *conn)
    .await
    .context("counting sign-in failures")?;
    Ok(n)
}

/// Forgets an address's failed attempts (after a successful sign-in or a reset).
pub async fn clear_failures(conn: &mut PgConnection, email_hash: &[u8]) -> anyhow::Result<()> {
    sqlx::query!(
        "DELETE FROM sign_in_failures WHERE email_hash = $1",
        email_hash
    )
    .execute(&mut *conn)
    .await
    .context("clearing sign-in failures")?;
    Ok(())
}
