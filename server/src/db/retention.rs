//! The retention sweep's deletions: what nobody needs any more, after its time.

use anyhow::Context as _;
use sqlx::PgConnection;

/// How many rows each part of a sweep deleted.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct Swept {
    pub unconfirmed_accounts: u64,
    pub expired_consent_requests: u64,
    pub old_links: u64,
    pub ended_sessions: u64,
    pub jobs: u64,
}

/// Deletes accounts whose address was never confirmed after `days`, when none of their
/// creator profiles is on a project (their jobs go with them).
pub async fn unconfirmed_accounts(
    conn: &mut PgConnection,
    days: i32,
) -> anyhow::Result<(u64, u64)> {
    let ids: Vec<uuid::Uuid> = sqlx::query_scalar!(
        r#"DELETE FROM users u
           WHERE u.email_verified_at IS NULL
             AND u.created_at < now() - make_interval(days => $1)
             AND NOT EXISTS (SELECT 1 FROM creators c JOIN project_members m ON m.creator_id = c.id
                             WHERE c.user_id = u.id OR c.managed_by = u.id)
           RETURNING u.id"#,
        days
    )
    .fetch_all(&mut *conn)
    .await
    .context("deleting unconfirmed accounts")?;
    let patterns: Vec<String> = ids.iter().map(|id| format!("%{id}%")).collect();
    let jobs = sqlx::query!(
        "DELETE FROM jobs WHERE payload::text LIKE ANY ($1::text[])",
        &patterns
    )
    .execute(&mut *conn)
    .await
    .context("deleting their jobs")?;
    Ok((ids.len() as u64, jobs.rows_affected()))
}

/// Deletes consent requests that expired unanswered `days` ago (their links go too).
pub async fn expired_consent_requests(conn: &mut PgConnection, days: i32) -> anyhow::Result<u64> {
    let done = sqlx::query!(
        r#"DELETE FROM consent_requests
           WHERE status <> 'answered' AND expires_at < now() - make_interval(days => $1)"#,
        days
    )
    .execute(&mut *conn)
    .await
    .context("deleting expired consent requests")?;
    Ok(done.rows_affected())
}

/// Deletes emailed links used, revoked or expired `days` ago, and sessions that ended
/// (or expired) as long ago.
pub async fn old_links(conn: &mut PgConnection, days: i32) -> anyhow::Result<(u64, u64)> {
    let links = sqlx::query!(
        r#"DELETE FROM auth_tokens
           WHERE least(coalesce(used_at, 'infinity'), coalesce(revoked_at, 'infinity'), expires_at)
                 < now() - make_interval(days => $1)"#,
        days
    )
    .execute(&mut *conn)
    .await
    .context("deleting old sign-in links")?;
    let consent_links = sqlx::query!(
        r#"DELETE FROM consent_tokens
           WHERE least(coalesce(used_at, 'infinity'), expires_at) < now() - make_interval(days => $1)"#,
        days
    )
    .execute(&mut *conn)
    .await
    .context("deleting old consent links")?;
    let sessions = sqlx::query!(
        r#"DELETE FROM sessions
           WHERE least(coalesce(ended_at, 'infinity'), expires_at) < now() - make_interval(days => $1)"#,
        days
    )
    .execute(&mut *conn)
    .await
    .context("deleting ended sessions")?;
    Ok((
        links.rows_affected() + consent_links.rows_affected(),
        sessions.rows_affected(),
    ))
}
