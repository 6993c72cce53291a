//! The job queue's table. Claiming uses `FOR UPDATE SKIP LOCKED` so concurrent workers
//! never take the same job.

use anyhow::Context as _;
use chrono::{DateTime, Utc};
use sqlx::{PgConnection, PgPool};

/// A claimed job.
#[derive(Debug, Clone)]
pub struct ClaimedJob {
    pub id: i64,
    pub kind: String,
    pub payload: serde_json::Value,
    pub attempts: i32,
    pub max_attempts: i32,
    /// When this claim took the job: the outcome is written only while the job is still
    /// this claim's, so a worker that was cut off cannot undo what a later claim did.
    pub lease: DateTime<Utc>,
}

/// A job as organizers see it in the failed-jobs list.
#[derive(Debug, Clone)]
pub struct DeadJob {
    pub id: i64,
    pub kind: String,
    pub attempts: i32,
    pub last_error: Option<String>,
    pub created_at: DateTime<Utc>,
}

/// Notification channel workers listen on.
pub const CHANNEL: &str = "showcase_jobs";

/// Adds a job inside the caller's transaction; workers are woken when it commits.
pub async fn enqueue(
    conn: &mut PgConnection,
    kind: &str,
    payload: &serde_json::Value,
) -> anyhow::Result<i64> {
    let id = sqlx::query_scalar!(
        "INSERT INTO jobs (kind, payload) VALUES ($1, $2) RETURNING id",
        kind,
        payload
    )
    .fetch_one(&mut *conn)
    .await
    .context("enqueueing a job")?;
    sqlx::query!("SELECT pg_notify($1, '')", CHANNEL)
        .execute(&mut *conn)
        .await
        .context("notifying workers")?;
    Ok(id)
}

/// Adds a job due at `run_at`, inside the caller's transaction.
pub async fn enqueue_at(
    conn: &mut PgConnection,
    kind: &str,
    payload: &serde_json::Value,
    run_at: DateTime<Utc>,
) -> anyhow::Result<i64> {
    let id = sqlx::query_scalar!(
        "INSERT INTO jobs (kind, payload, run_at) VALUES ($1, $2, $3) RETURNING id",
        kind,
        payload,
        run_at
    )
    .fetch_one(&mut *conn)
    .await
    .context("scheduling a job")?;
    Ok(id)
}

/// Claims the next due job of one lane (image processing, or everything else),
/// reclaiming jobs whose worker vanished (running for longer than `stale_after_secs`).
///
/// Nothing is reclaimed in the first `grace_secs` after the database started: a database
/// restart cut every worker off at once, and those still alive are writing down what they
/// did meanwhile (an email sent must not be sent again).
pub async fn claim(
    pool: &PgPool,
    stale_after_secs: f64,
    grace_secs: f64,
    images: bool,
) -> anyhow::Result<Option<ClaimedJob>> {
    let job = sqlx::query_as!(
        ClaimedJob,
        r#"UPDATE jobs SET status = 'running', locked_at = now(), attempts = attempts + 1
           WHERE id = (
               SELECT id FROM jobs
               WHERE ((status = 'pending' AND run_at <= now())
                   OR (status = 'running' AND locked_at < now() - make_interval(secs => $1)
                       AND pg_postmaster_start_time() < now() - make_interval(secs => $2)))
                 AND (kind = 'image') = $3
               ORDER BY run_at, id
               FOR UPDATE SKIP LOCKED
               LIMIT 1)
           RETURNING id, kind, payload, attempts, max_attempts, locked_at AS "lease!""#,
        stale_after_secs,
        grace_secs,
        images
    )
    .fetch_optional(pool)
    .await
    .context("claiming a job")?;
    Ok(job)
}

/// Marks a job done (when it is still `lease`'s).
pub async fn complete(pool: &PgPool, id: i64, lease: DateTime<Utc>) -> anyhow::Result<()> {
    sqlx::query!(
        "UPDATE jobs SET status = 'done', finished_at = now(), locked_at = NULL, last_error = NULL
         WHERE id = $1 AND locked_at = $2",
        id,
        lease
    )
    .execute(pool)
    .await
    .context("completing a job")?;
    Ok(())
}

/// Records a failure: retried after `retry_in_secs`, or dead when out of attempts (when
/// the job is still `lease`'s).
pub async fn fail(
    pool: &PgPool,
    id: i64,
    lease: DateTime<Utc>,
    error: &str,
    retry_in_secs: Option<f64>,
) -> anyhow::Result<()> {
    sqlx::query!(
        r#"UPDATE jobs SET
               status = CASE WHEN $3::float8 IS NULL THEN 'dead'::job_status ELSE 'pending'::job_status END,
               run_at = CASE WHEN $3::float8 IS NULL THEN run_at ELSE now() + make_interval(secs => $3) END,
               finished_at = CASE WHEN $3::float8 IS NULL THEN now() END,
               locked_at = NULL,
               last_error = $2
           WHERE id = $1 AND locked_at = $4"#,
        id,
        error,
        retry_in_secs,
        lease,
    )
    .execute(pool)
    .await
    .context("recording a job failure")?;
    Ok(())
}

/// Puts a claimed job back without counting the attempt (a service it needs is down),
/// when it is still `lease`'s.
pub async fn postpone(
    pool: &PgPool,
    id: i64,
    lease: DateTime<Utc>,
    error: &str,
    wait_secs: f64,
) -> anyhow::Result<()> {
    sqlx::query!(
        r#"UPDATE jobs SET status = 'pending', attempts = GREATEST(attempts - 1, 0),
               run_at = now() + make_interval(secs => $3), locked_at = NULL, last_error = $2
           WHERE id = $1 AND locked_at = $4"#,
        id,
        error,
        wait_secs,
        lease,
    )
    .execute(pool)
    .await
    .context("postponing a job")?;
    Ok(())
}

/// Failed jobs that will not be retried, newest first.
pub async fn dead(pool: &PgPool) -> anyhow::Result<Vec<DeadJob>> {
    let rows = sqlx::query_as!(
        DeadJob,
        r#"SELECT id, kind, attempts, last_error, created_at FROM jobs
           WHERE status = 'dead' ORDER BY created_at DESC LIMIT 200"#
    )
    .fetch_all(pool)
    .await
    .context("listing dead jobs")?;
    Ok(rows)
}

/// How many jobs are due or running (scheduled ones, like reminders, are not counted).
pub async fn outstanding(pool: &PgPool) -> anyhow::Result<i64> {
    let n = sqlx::query_scalar!(
        r#"SELECT count(*) AS "n!" FROM jobs
           WHERE (status = 'pending' AND run_at <= now()) OR status = 'running'"#
    )
    .fetch_one(pool)
    .await
    .context("counting jobs")?;
    Ok(n)
}

/// Takes the transaction-scoped advisory lock `name` if nobody holds it (periodic work
/// that one instance at a time should do).
pub async fn try_lock(conn: &mut PgConnection, name: &str) -> anyhow::Result<bool> {
    let locked = sqlx::query_scalar!(
        r#"SELECT pg_try_advisory_xact_lock(hashtextextended($1, 11)) AS "locked!""#,
        name
    )
    .fetch_one(&mut *conn)
    .await
    .context("taking an advisory lock")?;
    Ok(locked)
}
