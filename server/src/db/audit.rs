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
    pub token_id: Option<Uuid>,
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

/// What the audit log viewer asks for: every part optional (an actor, an action or a
/// whole area, a target, a time window).
#[derive(Debug, Clone, Default)]
pub struct Filter {
    pub actor: Option<Uuid>,
    /// `area.verb`, or `area` for all of its actions.
    pub action: Option<String>,
    pub area: bool,
    pub target: Option<Uuid>,
    pub from: Option<DateTime<Utc>>,
    pub until: Option<DateTime<Utc>>,
}

/// The rows `f` matches, newest first, older than `before` (an id) when given: one
/// statement for the viewer's pages and the export.
fn filtered<'q>(
    f: &'q Filter,
    before: Option<i64>,
    limit: i64,
) -> sqlx::query::Map<
    'q,
    sqlx::Postgres,
    impl FnMut(sqlx::postgres::PgRow) -> Result<EntryRecord, sqlx::Error> + Send,
    sqlx::postgres::PgArguments,
> {
    sqlx::query_as!(
        EntryRecord,
        r#"SELECT a.id, a.at, a.actor_id, u.display_name AS "actor_name?", a.actor_role, a.via,
                  a.token_id, a.action, a.target_type, a.target_id, a.summary, a.request_id
           FROM audit_log a LEFT JOIN users u ON u.id = a.actor_id
           WHERE ($1::uuid IS NULL OR a.actor_id = $1)
             AND ($2::text IS NULL OR a.action = $2 OR ($3 AND a.action LIKE $2 || '.%'))
             AND ($4::uuid IS NULL OR a.target_id = $4)
             AND ($5::timestamptz IS NULL OR a.at >= $5)
             AND ($6::timestamptz IS NULL OR a.at < $6)
             AND ($7::bigint IS NULL OR a.id < $7)
           ORDER BY a.id DESC LIMIT $8"#,
        f.actor,
        f.action.as_deref(),
        f.area,
        f.target,
        f.from,
        f.until,
        before,
        limit
    )
}

/// A page of rows, newest first, older than `before` (an id) when given.
pub async fn search(
    conn: &mut PgConnection,
    f: &Filter,
    before: Option<i64>,
    limit: i64,
) -> anyhow::Result<Vec<EntryRecord>> {
    filtered(f, before, limit)
        .fetch_all(&mut *conn)
        .await
        .context("reading the audit log")
}

/// The actions the log holds, for the viewer's list.
pub async fn actions(conn: &mut PgConnection) -> anyhow::Result<Vec<String>> {
    sqlx::query_scalar!("SELECT DISTINCT action AS \"action!\" FROM audit_log ORDER BY 1")
        .fetch_all(&mut *conn)
        .await
        .context("listing the audit log's actions")
}

pub const EXPORT_HEADER: &[&str] = &[
    "id",
    "at",
    "actor_id",
    "actor",
    "actor_role",
    "via",
    "token_id",
    "action",
    "target_type",
    "target_id",
    "summary",
    "request_id",
];

/// Every row the filter matches, newest first, as a stream (for exports).
pub fn export<'c>(conn: &'c mut PgConnection, f: &'c Filter) -> super::exports::Rows<'c> {
    use crate::domain::export::Cell;
    use futures_util::stream::{StreamExt as _, TryStreamExt as _};
    filtered(f, None, i64::MAX)
        .fetch(conn)
        .map_ok(|r| {
            vec![
                Cell::Int(r.id),
                r.at.into(),
                r.actor_id.into(),
                r.actor_name.into(),
                r.actor_role.into(),
                r.via.into(),
                r.token_id.into(),
                r.action.into(),
                r.target_type.into(),
                r.target_id.into(),
                r.summary.to_string().into(),
                r.request_id.into(),
            ]
        })
        .boxed()
}
