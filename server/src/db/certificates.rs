//! Who has which certificate (the view `certificate_holders`, over the public
//! projection: a certificate names what the gallery shows), and the bulk batches with
//! their progress.

use anyhow::Context as _;
use chrono::{DateTime, Utc};
use futures_util::stream::{BoxStream, TryStreamExt as _};
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

/// A creator of a public project, with what their certificates say (the view
/// `certificate_holders`).
#[derive(Debug, Clone)]
pub struct Holder {
    pub event_id: Uuid,
    pub event_name: String,
    pub timezone: String,
    pub phase: String,
    pub announced_at: DateTime<Utc>,
    pub project_id: Uuid,
    pub title: String,
    pub category: String,
    pub creator_id: Uuid,
    pub display_name: String,
    pub locale: String,
    pub favourite: bool,
    pub awards: Vec<String>,
}

impl Holder {
    /// Their certificates: participation, and the results the phase has made public.
    pub fn kinds(&self) -> Vec<CertificateKind> {
        let Ok(phase) = Phase::parse(&self.phase) else {
            return Vec::new();
        };
        let mut kinds = vec![CertificateKind::Participation];
        if self.favourite {
            kinds.push(CertificateKind::Favourite);
        }
        kinds.extend(self.awards.iter().cloned().map(CertificateKind::Award));
        kinds.retain(|k| k.available_in(phase));
        kinds
    }

    fn certificates(self) -> impl Iterator<Item = CertificateRecord> {
        self.kinds().into_iter().map(move |kind| CertificateRecord {
            event_id: self.event_id,
            event_name: self.event_name.clone(),
            timezone: self.timezone.clone(),
            announced_at: self.announced_at,
            project_id: self.project_id,
            title: self.title.clone(),
            category: self.category.clone(),
            creator_id: self.creator_id,
            display_name: self.display_name.clone(),
            locale: self.locale.clone(),
            kind,
        })
    }
}

/// Which holders to read; `None` does not narrow.
#[derive(Debug, Clone, Copy, Default)]
struct Filter {
    event: Option<Uuid>,
    /// Profiles this account holds or manages.
    user: Option<Uuid>,
    project: Option<Uuid>,
    creator: Option<Uuid>,
}

/// The holders that match, newest event first, then by name: as a stream.
fn holders(conn: &mut PgConnection, f: Filter) -> BoxStream<'_, Result<Holder, sqlx::Error>> {
    sqlx::query_as!(
        Holder,
        r#"SELECT event_id AS "event_id!", event_name AS "event_name!", timezone AS "timezone!",
                  phase AS "phase!", announced_at AS "announced_at!", project_id AS "project_id!",
                  title AS "title!", category AS "category!", creator_id AS "creator_id!",
                  display_name AS "display_name!", locale AS "locale!", favourite AS "favourite!",
                  awards AS "awards!"
           FROM certificate_holders
           WHERE ($1::uuid IS NULL OR event_id = $1)
             AND ($2::uuid IS NULL OR user_id = $2 OR managed_by = $2)
             AND ($3::uuid IS NULL OR project_id = $3)
             AND ($4::uuid IS NULL OR creator_id = $4)
           ORDER BY submissions_open_at DESC, display_name, creator_id"#,
        f.event,
        f.user,
        f.project,
        f.creator,
    )
    .fetch(conn)
}

async fn certificates(
    conn: &mut PgConnection,
    f: Filter,
) -> anyhow::Result<Vec<CertificateRecord>> {
    let holders: Vec<Holder> = holders(conn, f)
        .try_collect()
        .await
        .context("listing certificates")?;
    Ok(holders.into_iter().flat_map(Holder::certificates).collect())
}

/// Every certificate of an event, by creator name.
#[tracing::instrument(skip_all)]
pub async fn of_event(
    conn: &mut PgConnection,
    event: Uuid,
) -> anyhow::Result<Vec<CertificateRecord>> {
    let f = Filter {
        event: Some(event),
        ..Filter::default()
    };
    certificates(conn, f).await
}

/// How many certificates of each kind an event has (read as a stream, nothing kept).
pub async fn counts(
    conn: &mut PgConnection,
    event: Uuid,
) -> anyhow::Result<std::collections::BTreeMap<CertificateKind, i64>> {
    let f = Filter {
        event: Some(event),
        ..Filter::default()
    };
    holders(conn, f)
        .try_fold(
            std::collections::BTreeMap::new(),
            |mut counts, h| async move {
                for kind in h.kinds() {
                    *counts.entry(kind).or_insert(0) += 1;
                }
                Ok(counts)
            },
        )
        .await
        .context("counting certificates")
}

/// The holders of an event's certificates, streamed (the certificates list export).
pub fn holders_of_event(
    conn: &mut PgConnection,
    event: Uuid,
) -> BoxStream<'_, Result<Holder, sqlx::Error>> {
    let f = Filter {
        event: Some(event),
        ..Filter::default()
    };
    holders(conn, f)
}

/// The certificates of the creator profiles a user holds or manages, newest event first.
#[tracing::instrument(skip_all)]
pub async fn of_user(
    conn: &mut PgConnection,
    user: Uuid,
) -> anyhow::Result<Vec<CertificateRecord>> {
    let f = Filter {
        user: Some(user),
        ..Filter::default()
    };
    certificates(conn, f).await
}

/// One certificate, if it exists: `None` also when the project is not public or the
/// result not yet announced.
pub async fn one(
    conn: &mut PgConnection,
    project: Uuid,
    creator: Uuid,
    kind: &CertificateKind,
) -> anyhow::Result<Option<CertificateRecord>> {
    let f = Filter {
        project: Some(project),
        creator: Some(creator),
        ..Filter::default()
    };
    Ok(certificates(conn, f)
        .await?
        .into_iter()
        .find(|c| &c.kind == kind))
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
