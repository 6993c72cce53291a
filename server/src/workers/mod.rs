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

/// Which jobs a worker takes. Images have their own lane (and their own, small pool of
/// workers), so a burst of large uploads never delays an email.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lane {
    /// Emails and search syncs.
    General,
    /// Image processing: CPU- and memory-heavy.
    Images,
}

impl Lane {
    fn is_images(self) -> bool {
        self == Lane::Images
    }

    fn name(self) -> &'static str {
        match self {
            Lane::General => "general",
            Lane::Images => "images",
        }
    }
}

/// Starts every worker of the process (`jobs.workers` general ones and
/// `jobs.image_workers` for images), each under a supervisor that restarts it when it
/// panics or stops. Abort the handles to stop them.
pub fn start(ctx: Arc<WorkerContext>) -> Vec<tokio::task::JoinHandle<()>> {
    let general = ctx.settings.jobs.workers;
    let images = ctx.settings.jobs.image_workers;
    let sweeps = ctx.settings.retention.interval_secs;
    let retention = (sweeps > 0).then(|| {
        let ctx = ctx.clone();
        tokio::spawn(supervise(
            "retention",
            0,
            Duration::from_secs(60),
            move || sweep_every(ctx.clone(), Duration::from_secs(sweeps)),
        ))
    });
    (0..general)
        .map(|i| (Lane::General, i))
        .chain((0..images).map(|i| (Lane::Images, i)))
        .map(|(lane, i)| {
            let ctx = ctx.clone();
            tokio::spawn(supervise(
                lane.name(),
                i,
                Duration::from_secs(1),
                move || run_worker(ctx.clone(), lane, i),
            ))
        })
        .chain(retention)
        .collect()
}

/// The retention sweep, now and then every `every`.
async fn sweep_every(ctx: Arc<WorkerContext>, every: Duration) {
    let actor = crate::operations::Actor::system(crate::operations::Via::Worker);
    loop {
        if let Err(e) = crate::operations::retention::sweep(&ctx.ops, &actor).await {
            tracing::warn!(error = %e, "retention sweep failed; trying again later");
        }
        tokio::time::sleep(every).await;
    }
}

/// Keeps one worker running: a worker that panics or returns is logged and started
/// again after `pause` (so a persistent fault does not spin). Returns only when the
/// worker's task is cancelled (the process is stopping).
async fn supervise<F, Fut>(lane: &'static str, index: usize, pause: Duration, worker: F)
where
    F: Fn() -> Fut,
    Fut: std::future::Future<Output = ()> + Send + 'static,
{
    loop {
        match tokio::spawn(worker()).await {
            Ok(()) => tracing::error!(lane, worker = index, "job worker stopped; restarting it"),
            Err(e) if e.is_panic() => {
                tracing::error!(lane, worker = index, "job worker panicked; restarting it");
            }
            Err(_) => return,
        }
        tokio::time::sleep(pause).await;
    }
}

/// Runs one worker until the process stops: drains due jobs of its lane, then waits for
/// a notification or the poll interval.
pub async fn run_worker(ctx: Arc<WorkerContext>, lane: Lane, index: usize) {
    let poll = Duration::from_millis(ctx.settings.jobs.poll_interval_ms);
    let mut listener = connect_listener(&ctx.pool).await;
    tracing::info!(lane = lane.name(), worker = index, "job worker started");
    loop {
        loop {
            match run_next(&ctx, lane).await {
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

/// Runs every due job of every lane, one at a time, until none is due; returns how many
/// ran. Tests (and maintenance commands) drive the queue with it, deterministically.
pub async fn drain(ctx: &WorkerContext) -> anyhow::Result<usize> {
    let mut ran = 0;
    loop {
        let general = run_next(ctx, Lane::General).await?;
        let images = run_next(ctx, Lane::Images).await?;
        if !general && !images {
            return Ok(ran);
        }
        ran += usize::from(general) + usize::from(images);
    }
}

async fn connect_listener(pool: &PgPool) -> Option<PgListener> {
    let mut listener = PgListener::connect_with(pool).await.ok()?;
    listener.listen(db::jobs::CHANNEL).await.ok()?;
    Some(listener)
}

/// Runs a job's work; a panic in it is an error of the job (retried like any failure),
/// not the end of the worker.
async fn run_job(ctx: &WorkerContext, id: i64, payload: serde_json::Value) -> anyhow::Result<()> {
    catch_panic(async {
        match serde_json::from_value::<Job>(payload) {
            Ok(Job::Email(job)) => email::run(ctx, id, &job).await,
            Ok(Job::ProcessImage { image_id }) => image::run(ctx, image_id).await,
            Ok(Job::ProcessJudgePhoto { photo_id }) => image::run_judge_photo(ctx, photo_id).await,
            Ok(Job::SearchSync { project }) => ctx.search.sync_project(project).await,
            Ok(Job::CertificateZip { batch }) => {
                crate::operations::certificates::build_batch(&ctx.ops, batch).await
            }
            Err(e) => Err(anyhow::anyhow!("unreadable job payload: {e}")),
        }
    })
    .await
}

/// The outcome of `work`, with a panic in it turned into an error.
async fn catch_panic<F>(work: F) -> anyhow::Result<()>
where
    F: std::future::Future<Output = anyhow::Result<()>>,
{
    use futures_util::FutureExt as _;
    match std::panic::AssertUnwindSafe(work).catch_unwind().await {
        Ok(outcome) => outcome,
        Err(panic) => {
            let message = panic
                .downcast_ref::<&str>()
                .map(|s| (*s).to_owned())
                .or_else(|| panic.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "no message".to_owned());
            Err(anyhow::anyhow!("the job panicked: {message}"))
        }
    }
}

/// Claims and runs one due job of the lane; false when none was due.
pub async fn run_next(ctx: &WorkerContext, lane: Lane) -> anyhow::Result<bool> {
    let jobs = &ctx.settings.jobs;
    let Some(claimed) = db::jobs::claim(
        &ctx.pool,
        jobs.stale_after_secs,
        jobs.restart_grace_secs,
        lane.is_images(),
    )
    .await?
    else {
        return Ok(false);
    };
    let span = tracing::info_span!("job", id = claimed.id, kind = %claimed.kind, attempt = claimed.attempts);
    let _entered = span.enter();
    let outcome = run_job(ctx, claimed.id, claimed.payload.clone()).await;
    let (id, lease) = (claimed.id, claimed.lease);
    match outcome {
        Ok(()) => {
            record(ctx, "completing", || {
                db::jobs::complete(&ctx.pool, id, lease)
            })
            .await?;
            tracing::info!("job done");
        }
        // An external service that is down is waited for, however long it takes: the
        // attempt does not count, and the index catches up when it is back.
        Err(e) if is_unavailable(&e) => {
            let wait = backoff_secs(jobs.retry_base_secs, claimed.attempts).min(60.0);
            let error = format!("{e:#}");
            tracing::warn!(
                error,
                retry_in_secs = wait,
                "service unavailable; job postponed"
            );
            record(ctx, "postponing", || {
                db::jobs::postpone(&ctx.pool, id, lease, &error, wait)
            })
            .await?;
        }
        Err(e) => {
            let retry = (claimed.attempts < claimed.max_attempts)
                .then(|| backoff_secs(jobs.retry_base_secs, claimed.attempts));
            let error = format!("{e:#}");
            tracing::warn!(error, retry_in_secs = ?retry, "job failed");
            record(ctx, "recording the failure of", || {
                db::jobs::fail(&ctx.pool, id, lease, &error, retry)
            })
            .await?;
        }
    }
    Ok(true)
}

/// Writes down what a job did, trying again while the database is away: the work is
/// done (an email may have left), and a job left `running` would be run again once it
/// counts as stale. Gives up when it would count as stale anyway (the claim's lease then
/// keeps a late write from undoing what the next claim does).
async fn record<F, Fut>(ctx: &WorkerContext, what: &str, write: F) -> anyhow::Result<()>
where
    F: Fn() -> Fut,
    Fut: std::future::Future<Output = anyhow::Result<()>>,
{
    let jobs = &ctx.settings.jobs;
    let give_up = Duration::from_secs_f64(
        (jobs.stale_after_secs + jobs.restart_grace_secs).clamp(0.0, 86_400.0),
    );
    let started = tokio::time::Instant::now();
    let mut wait = Duration::from_millis(100);
    loop {
        match write().await {
            Ok(()) => return Ok(()),
            Err(e) if started.elapsed() + wait < give_up => {
                tracing::warn!(error = %format!("{e:#}"), retry_in_ms = wait.as_millis(), "{what} a job failed; trying again");
                tokio::time::sleep(wait).await;
                wait = (wait * 2).min(Duration::from_secs(2));
            }
            Err(e) => return Err(e),
        }
    }
}

/// Whether a job failed only because a service it needs is unreachable (the search
/// engine, or the SMTP server not answering at all).
fn is_unavailable(e: &anyhow::Error) -> bool {
    e.chain().any(|cause| {
        matches!(
            cause.downcast_ref::<crate::search::SearchError>(),
            Some(crate::search::SearchError::Unavailable(_))
        ) || matches!(
            cause.downcast_ref::<crate::mail::MailError>(),
            Some(crate::mail::MailError::Unavailable(_))
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_panicking_job_is_an_error_not_the_end_of_the_worker() {
        let outcome = catch_panic(async {
            if std::hint::black_box(true) {
                panic!("decoder exploded");
            }
            Ok(())
        })
        .await;
        let message = format!("{:#}", outcome.err().unwrap_or_else(|| anyhow::anyhow!("")));
        assert!(message.contains("decoder exploded"), "{message}");
        assert!(catch_panic(async { Ok(()) }).await.is_ok());
    }

    #[tokio::test]
    async fn a_worker_that_panics_or_stops_is_started_again() {
        use std::sync::atomic::{AtomicUsize, Ordering};
        let starts = Arc::new(AtomicUsize::new(0));
        let counted = starts.clone();
        let supervisor = tokio::spawn(supervise("test", 0, Duration::ZERO, move || {
            let n = counted.fetch_add(1, Ordering::SeqCst);
            async move {
                match n {
                    0 => panic!("first run panics"),
                    1 => {}
                    // The third run keeps working.
                    _ => std::future::pending::<()>().await,
                }
            }
        }));
        while starts.load(Ordering::SeqCst) < 3 {
            tokio::task::yield_now().await;
        }
        assert!(!supervisor.is_finished(), "the supervisor keeps going");
        supervisor.abort();
        assert_eq!(starts.load(Ordering::SeqCst), 3);
    }

    #[test]
    fn backoff_doubles_and_is_capped() {
        assert_eq!(backoff_secs(5.0, 1), 5.0);
        assert_eq!(backoff_secs(5.0, 2), 10.0);
        assert_eq!(backoff_secs(5.0, 4), 40.0);
        assert_eq!(backoff_secs(5.0, 40), 3600.0);
    }
}
