//! Project revisions: snapshots of a project's public content, their review state, and
//! which one is public.

use anyhow::Context as _;
use chrono::{DateTime, Utc};
use sqlx::PgConnection;
use uuid::Uuid;

use super::parse_stored;
use crate::domain::revision::{RevisionContent, RevisionStatus};

/// One revision.
#[derive(Debug, Clone)]
pub struct RevisionRecord {
    pub id: Uuid,
    pub project_id: Uuid,
    pub number: i32,
    pub content: RevisionContent,
    pub status: RevisionStatus,
    pub created_at: DateTime<Utc>,
    pub decided_at: Option<DateTime<Utc>>,
    pub reason: Option<String>,
}

struct RevisionRow {
    id: Uuid,
    project_id: Uuid,
    number: i32,
    content: serde_json::Value,
    status: String,
    created_at: DateTime<Utc>,
    decided_at: Option<DateTime<Utc>>,
    reason: Option<String>,
}

impl TryFrom<RevisionRow> for RevisionRecord {
    type Error = anyhow::Error;

    fn try_from(r: RevisionRow) -> anyhow::Result<Self> {
        Ok(RevisionRecord {
            id: r.id,
            project_id: r.project_id,
            number: r.number,
            content: serde_json::from_value(r.content)
                .with_context(|| format!("reading revision {}", r.id))?,
            status: parse_stored("revision status", &r.status, RevisionStatus::parse)?,
            created_at: r.created_at,
            decided_at: r.decided_at,
            reason: r.reason,
        })
    }
}

/// The newest revision of a project.
pub async fn newest(
    conn: &mut PgConnection,
    project: Uuid,
) -> anyhow::Result<Option<RevisionRecord>> {
    let row = sqlx::query_as!(
        RevisionRow,
        r#"SELECT id, project_id, number, content, status::text AS "status!", created_at,
                  decided_at, reason
           FROM project_revisions WHERE project_id = $1 ORDER BY number DESC LIMIT 1"#,
        project
    )
    .fetch_optional(&mut *conn)
    .await
    .context("loading the newest revision")?;
    row.map(RevisionRecord::try_from).transpose()
}

/// The public (approved) revision of a project.
pub async fn public(
    conn: &mut PgConnection,
    project: Uuid,
) -> anyhow::Result<Option<RevisionRecord>> {
    let row = sqlx::query_as!(
        RevisionRow,
        r#"SELECT r.id, r.project_id, r.number, r.content, r.status::text AS "status!",
                  r.created_at, r.decided_at, r.reason
           FROM projects p JOIN project_revisions r ON r.id = p.approved_revision_id
           WHERE p.id = $1"#,
        project
    )
    .fetch_optional(&mut *conn)
    .await
    .context("loading the public revision")?;
    row.map(RevisionRecord::try_from).transpose()
}

/// One revision.
pub async fn get(conn: &mut PgConnection, id: Uuid) -> anyhow::Result<Option<RevisionRecord>> {
    let row = sqlx::query_as!(
        RevisionRow,
        r#"SELECT id, project_id, number, content, status::text AS "status!", created_at,
                  decided_at, reason
           FROM project_revisions WHERE id = $1"#,
        id
    )
    .fetch_optional(&mut *conn)
    .await
    .context("loading a revision")?;
    row.map(RevisionRecord::try_from).transpose()
}

/// Records a new revision (pending review), superseding the one that was waiting. The
/// caller holds the project's row lock.
pub async fn add(
    conn: &mut PgConnection,
    project: Uuid,
    content: &RevisionContent,
    created_by: Option<Uuid>,
) -> anyhow::Result<Uuid> {
    sqlx::query!(
        "UPDATE project_revisions SET status = 'superseded' WHERE project_id = $1 AND status = 'pending'",
        project
    )
    .execute(&mut *conn)
    .await
    .context("superseding the waiting revision")?;
    let content = serde_json::to_value(content)?;
    let id = sqlx::query_scalar!(
        r#"INSERT INTO project_revisions (project_id, number, content, created_by)
           VALUES ($1, (SELECT COALESCE(max(number), 0) + 1 FROM project_revisions WHERE project_id = $1),
                   $2, $3)
           RETURNING id"#,
        project,
        content,
        created_by
    )
    .fetch_one(&mut *conn)
    .await
    .context("recording a revision")?;
    Ok(id)
}

/// Records a decision on a revision.
pub async fn decide(
    conn: &mut PgConnection,
    id: Uuid,
    status: RevisionStatus,
    by: Option<Uuid>,
    reason: Option<&str>,
) -> anyhow::Result<()> {
    sqlx::query!(
        r#"UPDATE project_revisions SET status = $2::text::revision_status, decided_at = now(),
               decided_by = $3, reason = $4
           WHERE id = $1"#,
        id,
        status.as_str(),
        by,
        reason
    )
    .execute(&mut *conn)
    .await
    .context("deciding on a revision")?;
    Ok(())
}
