//! The job queue when things go wrong around a job: the database restarting while an
//! email is on its way, a worker cut off for longer than the stale window, the SMTP
//! server down for longer than the retries would last.

use std::time::Duration;

use showcase::db;
use showcase::domain::account::Role;

use crate::helpers::{TestApp, spawn_app_with};
use crate::services::SmtpServer;

/// An app with one password-reset email queued.
async fn app_with_an_email(extra: &[(&str, &str)]) -> TestApp {
    let app = spawn_app_with(extra).await;
    app.create_user("reset@example.org", &[Role::Creator]).await;
    let res = app
        .browser()
        .post("/password/forgot", &[("email", "reset@example.org")])
        .await;
    assert_eq!(res.status(), 200);
    app
}

/// Claims the due email job (no stale window, no grace) as a worker would.
async fn claim(app: &TestApp) -> Option<db::jobs::ClaimedJob> {
    db::jobs::claim(&app.pool, 0.0, 0.0, false)
        .await
        .expect("claim")
}

async fn job_state(app: &TestApp) -> (String, i32) {
    sqlx::query_as("SELECT status::text, attempts FROM jobs WHERE kind = 'email'")
        .fetch_one(&app.pool)
        .await
        .expect("the email job")
}

#[tokio::test]
async fn an_email_sent_while_the_database_restarts_is_written_down_and_sent_once() {
    let smtp = SmtpServer::start_slow(Duration::from_millis(1500));
    let url = smtp.url();
    let app = app_with_an_email(&[("SHOWCASE_MAIL__SMTP_URL", url.as_str())]).await;

    // The worker sends; the database goes away while the SMTP server is still answering
    // and comes back two seconds later.
    let worker = {
        let jobs = app.jobs.clone();
        tokio::spawn(async move { showcase::workers::drain(&jobs).await })
    };
    tokio::time::sleep(Duration::from_millis(500)).await;
    app.set_database_reachable(false).await;
    tokio::time::sleep(Duration::from_secs(2)).await;
    assert!(!worker.is_finished(), "the worker waits for the database");
    app.set_database_reachable(true).await;
    let ran = tokio::time::timeout(Duration::from_secs(30), worker)
        .await
        .expect("the worker finishes once the database is back")
        .expect("no panic")
        .expect("the queue ran");
    assert_eq!(ran, 1);

    assert_eq!(job_state(&app).await, ("done".to_owned(), 1));
    let sent = smtp.messages();
    assert_eq!(sent.len(), 1, "one email: {sent:?}");
    // Nothing is due any more: a second pass sends nothing.
    assert_eq!(app.drain_jobs().await, 0);
    assert_eq!(smtp.messages().len(), 1);
    let id: i64 = sqlx::query_scalar("SELECT id FROM jobs WHERE kind = 'email'")
        .fetch_one(&app.pool)
        .await
        .expect("id");
    // The Message-ID names the job: a copy sent again would be the same message.
    assert!(
        sent[0].message_id.starts_with(&format!("job-{id}@")),
        "{}",
        sent[0].message_id
    );
}

#[tokio::test]
async fn a_late_outcome_does_not_undo_what_a_later_claim_did() {
    let app = app_with_an_email(&[]).await;
    let first = claim(&app).await.expect("the email job");
    // The first worker is cut off; with no stale window, another claims the job again.
    let second = claim(&app).await.expect("the stale job, claimed again");
    assert_eq!(first.id, second.id);
    assert_ne!(first.lease, second.lease);
    db::jobs::complete(&app.pool, second.id, second.lease)
        .await
        .expect("complete");
    // The first worker comes back and writes down its failure: it changes nothing.
    db::jobs::fail(&app.pool, first.id, first.lease, "cut off", Some(0.0))
        .await
        .expect("fail");
    db::jobs::postpone(&app.pool, first.id, first.lease, "cut off", 0.0)
        .await
        .expect("postpone");
    assert_eq!(job_state(&app).await, ("done".to_owned(), 2));
}

#[tokio::test]
async fn no_running_job_counts_as_stale_right_after_the_database_started() {
    let app = app_with_an_email(&[]).await;
    let first = claim(&app).await.expect("the email job");
    let started_secs_ago: f64 =
        sqlx::query_scalar("SELECT extract(epoch FROM now() - pg_postmaster_start_time())::float8")
            .fetch_one(&app.pool)
            .await
            .expect("uptime");
    // Within the grace after the database's start, a running job is left to its worker
    // however long ago it was claimed; after it, the stale window applies.
    let within = db::jobs::claim(&app.pool, 0.0, started_secs_ago + 3600.0, false)
        .await
        .expect("claim");
    assert!(within.is_none(), "reclaimed during the grace");
    let after = claim(&app).await.expect("reclaimed once the grace is over");
    assert_eq!(after.id, first.id);
}

#[tokio::test]
async fn an_smtp_server_away_costs_no_attempts_however_long_it_stays_away() {
    let mut smtp = SmtpServer::start();
    let url = smtp.url();
    smtp.stop();
    let app = app_with_an_email(&[("SHOWCASE_MAIL__SMTP_URL", url.as_str())]).await;
    let max_attempts: i32 =
        sqlx::query_scalar("SELECT max_attempts FROM jobs WHERE kind = 'email'")
            .fetch_one(&app.pool)
            .await
            .expect("max attempts");
    // More tries than the job has attempts: each finds nobody listening.
    for _ in 0..=max_attempts {
        app.retries_due_now().await;
        app.drain_jobs().await;
    }
    let (status, attempts) = job_state(&app).await;
    assert_eq!((status.as_str(), attempts), ("pending", 0));
    let error: String = sqlx::query_scalar("SELECT last_error FROM jobs WHERE kind = 'email'")
        .fetch_one(&app.pool)
        .await
        .expect("the last error");
    assert!(error.contains("unavailable"), "{error}");
    let smtp = smtp.restart();
    app.retries_due_now().await;
    app.email(&smtp, "reset@example.org", "").await;
    assert_eq!(job_state(&app).await, ("done".to_owned(), 1));
}
