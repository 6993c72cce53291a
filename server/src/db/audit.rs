//! The audit log: insert-only (a trigger refuses UPDATE, DELETE and TRUNCATE).

use anyhow::Context as _;
use chrono::{DateTime, Utc};
use sqlx::PgConnection;
use uuid::Uuid;

/// One row to add.
#[derive(Debug, Clone)]
pub struct NewEntry<'a> {
    pub actor_id: Option<Uuid>,
    pub actor_role: &'a str,
    pub via: &'a str,
    pub token_id: Option<Uuid>,
    pub action: &'a str,
    pub target_type: &'a str,
    pub target_id: Option<Uuid>,
    pub summary: &'a serde_json::Value,
    pub request_id: Option<&'a str>,
}

/// One row as organizers read it.
#[derive(Debug, Clone)]
pub struct EntryRecord {
    pub id: i64,
    pub at: DateTime<Utc>,
    pub actor_id: Option<Uuid>,
    pub actor_name: Option<String>,
    pub actor_role: String,
    pub via: String,
    pub action: String,
    pub target_type: String,
    pub target_id: Option<Uuid>,
    pub summary: serde_json::Value,
    pub request_id: Option<String>,
}

/// Adds a row, in the transaction of the action it records.
pub async fn insert(conn: &mut PgConnection, e: &NewEntry<'_>) -> anyhow::Result<i64> {
    let id = sqlx::query_scalar!(
        r#"INSERT INTO audit_log (actor_id, actor_role, via, token_id, action, target_type,
                                  target_id, summary, request_id)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id"#,
        e.actor_id,
        e.actor_role,
        e.via,
        e.token_id,
        e.action,
        e.target_type,
        e.target_id,
        e.summary,
        e.request_id,
    )
    .fetch_one(&mut *conn)
    .await
    .context("writing an audit row")?;
    Ok(id)
}

/// The newest rows, optionally only those about one target.
pub async fn recent(
    conn: &mut PgConnection,
    target: Option<Uuid>,
    limit: i64,
) -> anyhow::Result<Vec<EntryRecord>> {
    let rows = sqlx::query_as!(
        EntryRecord,
        r#"SELECT a.id, a.at, a.actor_id, u.display_name AS "actor_name?", a.actor_role, a.via,
                  a.action, a.target_type, a.target_id, a.summary, a.request_id
           FROM audit_log a LEFT JOIN users u ON u.id = a.actor_id
           WHERE $1::uuid IS NULL OR a.target_id = $1
           ORDER BY a.at DESC, a.id DESC LIMIT $2"#,
        target,
        limit
    )
    .fetch_all(&mut *conn)
    .await
    .context("reading the audit log")?;
    Ok(rows)
}
