//! Background jobs on the PostgreSQL queue (`db::jobs`): what a job is, and `enqueue`,
//! which adds one in the same transaction as the change that causes it. The `workers`
//! module runs them.

pub mod email;

use serde::{Deserialize, Serialize};
use sqlx::PgConnection;

use crate::db;

pub use email::{EmailJob, Notice};

/// Every kind of job.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(tag = "kind", content = "job", rename_all = "snake_case")]
pub enum Job {
    Email(EmailJob),
    /// Decode, re-encode and make thumbnails of an uploaded image.
    ProcessImage {
        image_id: uuid::Uuid,
    },
    /// The same for a judge's profile photo.
    ProcessJudgePhoto {
        photo_id: uuid::Uuid,
    },
    /// Bring the external search index up to date for one project.
    SearchSync {
        project: uuid::Uuid,
    },
    /// Build every certificate of an event into one zip (`operations::certificates`).
    CertificateZip {
        batch: uuid::Uuid,
    },
}

impl Job {
    /// The queue's name for this kind of job.
    pub fn kind(&self) -> &'static str {
        match self {
            Job::Email(_) => "email",
            Job::ProcessImage { .. } | Job::ProcessJudgePhoto { .. } => "image",
            Job::SearchSync { .. } => "search",
            Job::CertificateZip { .. } => "certificates",
        }
    }
}

/// Adds a job inside the caller's transaction.
pub async fn enqueue(conn: &mut PgConnection, job: &Job) -> anyhow::Result<i64> {
    let payload = serde_json::to_value(job)?;
    db::jobs::enqueue(conn, job.kind(), &payload).await
}

/// Adds a job that must not run before `run_at` (reminders).
pub async fn enqueue_at(
    conn: &mut PgConnection,
    job: &Job,
    run_at: chrono::DateTime<chrono::Utc>,
) -> anyhow::Result<i64> {
    let payload = serde_json::to_value(job)?;
    db::jobs::enqueue_at(conn, job.kind(), &payload, run_at).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn jobs_round_trip_through_json() {
        let job = Job::Email(EmailJob::VerifyEmail {
            user_id: uuid::Uuid::nil(),
        });
        let value = serde_json::to_value(&job).unwrap_or_default();
        assert_eq!(value["kind"], "email");
        assert_eq!(serde_json::from_value::<Job>(value).ok(), Some(job));
    }
}
