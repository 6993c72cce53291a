//! The job queue's workers: they claim due jobs (`db::jobs`, `FOR UPDATE SKIP LOCKED`),
//! run them (send an email, process an image, sync the search index), retry failures
//! with exponential backoff and keep jobs that run out of attempts as `dead`.

pub mod email;
pub mod image;

use std::sync::Arc;
use std::time::Duration;

use sqlx::PgPool;
use sqlx::postgres::PgListener;

use crate::config::Settings;
use crate::db;
use crate::jobs::Job;
use crate::mail::Mailer;
use crate::templates::Templates;

/// What workers need.
pub struct WorkerContext {
    /// Changes the workers make (a processed image) go through operations too.
    pub ops: crate::operations::Ops,
    pub pool: PgPool,
    pub mailer: Mailer,
    pub storage: Arc<dyn crate::media::Storage>,
    pub templates: Arc<Templates>,
    pub settings: Settings,
    pub search: crate::search::Search,
}

/// Delay before retry number `attempt` (1-based): base · 2^(attempt−1), at most an hour.
pub fn backoff_secs(base: f64, attempt: i32) -> f64 {
    let exp = attempt.saturating_sub(1).clamp(0, 30);
    (base * 2f64.powi(exp)).min(3600.0)
}

/// Runs one worker until the process stops: drains due jobs, then waits for a
/// notification or the poll interval.
pub async fn run_worker(ctx: Arc<WorkerContext>, index: usize) {
    let poll = Duration::from_millis(ctx.settings.jobs.poll_interval_ms);
    let mut listener = connect_listener(&ctx.pool).await;
    tracing::info!(worker = index, "job worker started");
    loop {
        loop {
            match run_next(&ctx).await {
                Ok(true) => continue,
                Ok(false) => break,
                Err(e) => {
                    tracing::warn!(worker = index, error = %format!("{e:#}"), "job queue unavailable");
                    break;
                }
            }
        }
        match listener.as_mut() {
            Some(l) => {
                if let Ok(Err(e)) = tokio::time::timeout(poll, l.recv()).await {
                    tracing::warn!(error = %e, "job notifications lost; reconnecting");
                    listener = connect_listener(&ctx.pool).await;
                }
            }
            None => {
                tokio::time::sleep(poll).await;
                listener = connect_listener(&ctx.pool).await;
            }
        }
    }
}

async fn connect_listener(pool: &PgPool) -> Option<PgListener> {
    let mut listener = PgListener::connect_with(pool).await.ok()?;
    listener.listen(db::jobs::CHANNEL).await.ok()?;
    Some(listener)
}

/// Claims and runs one due job; false when none was due.
pub async fn run_next(ctx: &WorkerContext) -> anyhow::Result<bool> {
    let Some(claimed) = db::jobs::claim(&ctx.pool, ctx.settings.jobs.stale_after_secs).await?
    else {
        return Ok(false);
    };
    let span = tracing::info_span!("job", id = claimed.id, kind = %claimed.kind, attempt = claimed.attempts);
    let _entered = span.enter();
    let outcome = match serde_json::from_value::<Job>(claimed.payload.clone()) {
        Ok(Job::Email(job)) => email::run(ctx, &job).await,
        Ok(Job::ProcessImage { image_id }) => image::run(ctx, image_id).await,
        Ok(Job::SearchSync { project }) => ctx.search.sync_project(project).await,
        Err(e) => Err(anyhow::anyhow!("unreadable job payload: {e}")),
    };
    match outcome {
        Ok(()) => {
            db::jobs::complete(&ctx.pool, claimed.id).await?;
            tracing::info!("job done");
        }
        // An external service that is down is waited for, however long it takes: the
        // attempt does not count, and the index catches up when it is back.
        Err(e) if is_unavailable(&e) => {
            let wait = backoff_secs(ctx.settings.jobs.retry_base_secs, claimed.attempts).min(60.0);
            tracing::warn!(error = %format!("{e:#}"), retry_in_secs = wait, "service unavailable; job postponed");
            db::jobs::postpone(&ctx.pool, claimed.id, &format!("{e:#}"), wait).await?;
        }
        Err(e) => {
            let retry = (claimed.attempts < claimed.max_attempts)
                .then(|| backoff_secs(ctx.settings.jobs.retry_base_secs, claimed.attempts));
            tracing::warn!(error = %format!("{e:#}"), retry_in_secs = ?retry, "job failed");
            db::jobs::fail(&ctx.pool, claimed.id, &format!("{e:#}"), retry).await?;
        }
    }
    Ok(true)
}

/// Whether a job failed only because a service it needs is unreachable.
fn is_unavailable(e: &anyhow::Error) -> bool {
    e.chain().any(|cause| {
        matches!(
            cause.downcast_ref::<crate::search::SearchError>(),
            Some(crate::search::SearchError::Unavailable(_))
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_and_is_capped() {
        assert_eq!(backoff_secs(5.0, 1), 5.0);
        assert_eq!(backoff_secs(5.0, 2), 10.0);
        assert_eq!(backoff_secs(5.0, 4), 40.0);
        assert_eq!(backoff_secs(5.0, 40), 3600.0);
    }
}
