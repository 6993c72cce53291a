//! Who has which certificate (read from the public projection: a certificate names what
//! the gallery shows), and the bulk batches with their progress.

use anyhow::Context as _;
use chrono::{DateTime, Utc};
use sqlx::PgConnection;
use uuid::Uuid;

use crate::domain::Phase;
use crate::domain::certificate::CertificateKind;

/// One certificate: everything printed on it.
#[derive(Debug, Clone)]
pub struct CertificateRecord {
    pub event_id: Uuid,
    pub event_name: String,
    pub timezone: String,
    /// The day printed on it: the announcement's, or today's if that is still to come.
    pub announced_at: DateTime<Utc>,
    pub project_id: Uuid,
    pub title: String,
    pub category: String,
    pub creator_id: Uuid,
    pub display_name: String,
    /// The creator's language (their account's, or their adult's for a child profile).
    pub locale: String,
    pub kind: CertificateKind,
}

struct Row {
    event_id: Uuid,
    event_name: String,
    timezone: String,
    phase: String,
    announced_at: DateTime<Utc>,
    project_id: Uuid,
    title: String,
    category: String,
    creator_id: Uuid,
    display_name: String,
    locale: String,
    favourite: bool,
    awards: Vec<String>,
}

/// Each row's certificates: participation, and the results its phase has made public.
fn expand(rows: Vec<Row>) -> anyhow::Result<Vec<CertificateRecord>> {
    let mut out = Vec::with_capacity(rows.len());
    for r in rows {
        let phase = Phase::parse(&r.phase)?;
        let mut kinds = vec![CertificateKind::Participation];
        if r.favourite {
            kinds.push(CertificateKind::Favourite);
        }
        kinds.extend(r.awards.iter().cloned().map(CertificateKind::Award));
        for kind in kinds.into_iter().filter(|k| k.available_in(phase)) {
            out.push(CertificateRecord {
                event_id: r.event_id,
                event_name: r.event_name.clone(),
                timezone: r.timezone.clone(),
                announced_at: r.announced_at,
                project_id: r.project_id,
                title: r.title.clone(),
                category: r.category.clone(),
                creator_id: r.creator_id,
                display_name: r.display_name.clone(),
                locale: r.locale.clone(),
                kind,
            });
        }
    }
    Ok(out)
}

/// Every certificate of an event, by creator name.
#[tracing::instrument(skip_all)]
pub async fn of_event(
    conn: &mut PgConnection,
    event: Uuid,
) -> anyhow::Result<Vec<CertificateRecord>> {
    let rows = sqlx::query_as!(
        Row,
        r#"SELECT e.id AS event_id, e.name AS event_name, e.timezone, e.phase::text AS "phase!",
                  least(e.announcement_at, now()) AS "announced_at!", pp.project_id,
                  coalesce(d.doc->>'title', '') AS "title!", pp.category, c.id AS creator_id,
                  c.display_name, coalesce(u.locale, a.locale, 'en') AS "locale!",
                  EXISTS (SELECT 1 FROM favourites f WHERE f.project_id = pp.project_id) AS "favourite!",
                  coalesce((SELECT array_agg(w.kind ORDER BY w.kind) FROM awards w
                            WHERE w.project_id = pp.project_id), '{}') AS "awards!"
           FROM public_projects pp
           JOIN public_documents d ON d.project_id = pp.project_id
           JOIN events e ON e.id = pp.event_id
           JOIN project_members m ON m.project_id = pp.project_id
           JOIN creators c ON c.id = m.creator_id
           LEFT JOIN users u ON u.id = c.user_id
           LEFT JOIN users a ON a.id = c.managed_by
           WHERE pp.event_id = $1
           ORDER BY c.display_name, c.id"#,
        event
    )
    .fetch_all(&mut *conn)
    .await
    .context("listing an event's certificates")?;
    expand(rows)
}

/// The certificates of the creator profiles a user holds or manages, newest event first.
#[tracing::instrument(skip_all)]
pub async fn of_user(
    conn: &mut PgConnection,
    user: Uuid,
) -> anyhow::Result<Vec<CertificateRecord>> {
    let rows = sqlx::query_as!(
        Row,
        r#"SELECT e.id AS event_id, e.name AS event_name, e.timezone, e.phase::text AS "phase!",
                  least(e.announcement_at, now()) AS "announced_at!", pp.project_id,
                  coalesce(d.doc->>'title', '') AS "title!", pp.category, c.id AS creator_id,
                  c.display_name, coalesce(u.locale, a.locale, 'en') AS "locale!",
                  EXISTS (SELECT 1 FROM favourites f WHERE f.project_id = pp.project_id) AS "favourite!",
                  coalesce((SELECT array_agg(w.kind ORDER BY w.kind) FROM awards w
                            WHERE w.project_id = pp.project_id), '{}') AS "awards!"
           FROM creators c
           JOIN project_members m ON m.creator_id = c.id
           JOIN public_projects pp ON pp.project_id = m.project_id
           JOIN public_documents d ON d.project_id = pp.project_id
           JOIN events e ON e.id = pp.event_id
           LEFT JOIN users u ON u.id = c.user_id
           LEFT JOIN users a ON a.id = c.managed_by
           WHERE c.user_id = $1 OR c.managed_by = $1
           ORDER BY e.submissions_open_at DESC, c.display_name, c.id"#,
        user
    )
    .fetch_all(&mut *conn)
    .await
    .context("listing a user's certificates")?;
    expand(rows)
}

/// One certificate, if it exists: `None` also when the project is not public or the
/// result not yet announced.
pub async fn one(
    conn: &mut PgConnection,
    project: Uuid,
    creator: Uuid,
    kind: &CertificateKind,
) -> anyhow::Result<Option<CertificateRecord>> {
    let rows = sqlx::query_as!(
        Row,
        r#"SELECT e.id AS event_id, e.name AS event_name, e.timezone, e.phase::text AS "phase!",
                  least(e.announcement_at, now()) AS "announced_at!", pp.project_id,
                  coalesce(d.doc->>'title', '') AS "title!", pp.category, c.id AS creator_id,
                  c.display_name, coalesce(u.locale, a.locale, 'en') AS "locale!",
                  EXISTS (SELECT 1 FROM favourites f WHERE f.project_id = pp.project_id) AS "favourite!",
                  coalesce((SELECT array_agg(w.kind ORDER BY w.kind) FROM awards w
                            WHERE w.project_id = pp.project_id), '{}') AS "awards!"
           FROM public_projects pp
           JOIN public_documents d ON d.project_id = pp.project_id
           JOIN events e ON e.id = pp.event_id
           JOIN project_members m ON m.project_id = pp.project_id AND m.creator_id = $2
           JOIN creators c ON c.id = m.creator_id
           LEFT JOIN users u ON u.id = c.user_id
           LEFT JOIN users a ON a.id = c.managed_by
           WHERE pp.project_id = $1"#,
        project,
        creator
    )
    .fetch_all(&mut *conn)
    .await
    .context("loading a certificate")?;
    Ok(expand(rows)?.into_iter().find(|c| &c.kind == kind))
}

/// Whether `user` holds or manages the creator profile `creator`.
pub async fn may_download(
    conn: &mut PgConnection,
    user: Uuid,
    creator: Uuid,
) -> anyhow::Result<bool> {
    let yes = sqlx::query_scalar!(
        r#"SELECT EXISTS (SELECT 1 FROM creators WHERE id = $2
                          AND (user_id = $1 OR managed_by = $1)) AS "yes!""#,
        user,
        creator
    )
    .fetch_one(&mut *conn)
    .await
    .context("checking who may download a certificate")?;
    Ok(yes)
}

/// A bulk batch and how far it got.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Batch {
    pub id: Uuid,
    pub event_id: Uuid,
    pub status: String,
    pub total: i32,
    pub done: i32,
    pub bytes: Option<i64>,
    pub file_key: Option<String>,
    pub created_at: DateTime<Utc>,
    pub finished_at: Option<DateTime<Utc>>,
}

/// A new batch, queued.
pub async fn insert_batch(
    conn: &mut PgConnection,
    event: Uuid,
    requested_by: Option<Uuid>,
) -> anyhow::Result<Uuid> {
    let id = sqlx::query_scalar!(
        "INSERT INTO certificate_batches (event_id, requested_by) VALUES ($1, $2) RETURNING id",
        event,
        requested_by
    )
    .fetch_one(&mut *conn)
    .await
    .context("queueing a certificate batch")?;
    Ok(id)
}

/// The batches of an event, newest first.
pub async fn batches(conn: &mut PgConnection, event: Uuid) -> anyhow::Result<Vec<Batch>> {
    let rows = sqlx::query_as!(
        Batch,
        r#"SELECT id, event_id, status::text AS "status!", total, done, bytes, file_key,
                  created_at, finished_at
           FROM certificate_batches WHERE event_id = $1 ORDER BY created_at DESC LIMIT 10"#,
        event
    )
    .fetch_all(&mut *conn)
    .await
    .context("listing certificate batches")?;
    Ok(rows)
}

/// One batch.
pub async fn batch(conn: &mut PgConnection, id: Uuid) -> anyhow::Result<Option<Batch>> {
    let row = sqlx::query_as!(
        Batch,
        r#"SELECT id, event_id, status::text AS "status!", total, done, bytes, file_key,
                  created_at, finished_at
           FROM certificate_batches WHERE id = $1"#,
        id
    )
    .fetch_optional(&mut *conn)
    .await
    .context("loading a certificate batch")?;
    Ok(row)
}

/// Marks a batch as running with `total` certificates to build.
pub async fn start_batch(conn: &mut PgConnection, id: Uuid, total: i32) -> anyhow::Result<()> {
    sqlx::query!(
        "UPDATE certificate_batches SET status = 'running', total = $2, done = 0 WHERE id = $1",
        id,
        total
    )
    .execute(&mut *conn)
    .await
    .context("starting a certificate batch")?;
    Ok(())
}

/// Records how many are built.
pub async fn batch_progress(conn: &mut PgConnection, id: Uuid, done: i32) -> anyhow::Result<()> {
    sqlx::query!(
        "UPDATE certificate_batches SET done = $2 WHERE id = $1",
        id,
        done
    )
    .execute(&mut *conn)
    .await
    .context("recording a certificate batch's progress")?;
    Ok(())
}

/// Marks a batch as done (its zip stored under `key`) or failed (`key` `None`).
pub async fn finish_batch(
    conn: &mut PgConnection,
    id: Uuid,
    key: Option<&str>,
    bytes: Option<i64>,
) -> anyhow::Result<()> {
    sqlx::query!(
        r#"UPDATE certificate_batches
           SET status = (CASE WHEN $2::text IS NULL THEN 'failed' ELSE 'done' END)::certificate_batch_status,
               file_key = $2, bytes = $3, finished_at = now()
           WHERE id = $1"#,
        id,
        key,
        bytes
    )
    .execute(&mut *conn)
    .await
    .context("finishing a certificate batch")?;
    Ok(())
}

/// Forgets the stored zips of every batch of the events a creator took part in (an
/// erasure: the zips hold their name); returns the storage keys to delete.
pub async fn forget_batches_of_creator(
    conn: &mut PgConnection,
    creator: Uuid,
) -> anyhow::Result<Vec<String>> {
    let keys = sqlx::query_scalar!(
        r#"UPDATE certificate_batches b SET file_key = NULL, status = 'removed'
           FROM (SELECT id, file_key FROM certificate_batches
                 WHERE file_key IS NOT NULL
                   AND event_id IN (SELECT event_id FROM project_members WHERE creator_id = $1)
                 FOR UPDATE) old
           WHERE b.id = old.id
           RETURNING old.file_key AS "key!""#,
        creator
    )
    .fetch_all(&mut *conn)
    .await
    .context("forgetting certificate zips")?;
    Ok(keys)
}
