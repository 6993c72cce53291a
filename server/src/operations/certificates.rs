//! Certificates: one downloaded by its creator (or their adult) or an organizer, and all
//! of an event built into a zip by a job whose progress organizers watch.

use serde_json::json;
use uuid::Uuid;

use super::{Actor, Capacity, OpError, Ops, Target, audit, commit};
use crate::certificates::{CategoryNames, zip_key};
use crate::db;
use crate::db::certificates::CertificateRecord;
use crate::domain::account::Role;
use crate::domain::certificate::{CertificateKind, file_name};
use crate::domain::event::EventId;
use crate::jobs::{self, Job};

/// The event's own category names, for the words on its certificates.
async fn category_names(
    conn: &mut sqlx::PgConnection,
    event: Uuid,
) -> anyhow::Result<CategoryNames> {
    Ok(db::events::categories(conn, EventId(event))
        .await?
        .into_iter()
        .map(|c| (c.slug.to_string(), c.names))
        .collect())
}

/// A certificate as a file name and PDF bytes, for its creator, the adult who manages
/// their profile, or an organizer. Not found (never forbidden) for anyone else, and for a
/// certificate that does not exist (a project not public, a result not yet announced).
pub async fn download(
    ops: &Ops,
    actor: &Actor,
    project: Uuid,
    creator: Uuid,
    kind: &CertificateKind,
) -> Result<(String, Vec<u8>), OpError> {
    let user = actor.signed_in()?;
    let mut conn = ops.pool().acquire().await.map_err(anyhow::Error::from)?;
    if !actor.has(Role::Organizer)
        && !db::certificates::may_download(&mut conn, user, creator).await?
    {
        return Err(OpError::NotFound);
    }
    let record = db::certificates::one(&mut conn, project, creator, kind)
        .await?
        .ok_or(OpError::NotFound)?;
    let names = category_names(&mut conn, record.event_id).await?;
    drop(conn);
    let pdf = ops.certificates().pdf(&record, &names).await?;
    Ok((
        file_name(&record.display_name, kind, record.creator_id),
        pdf,
    ))
}

/// The certificates of the creator profiles the actor holds or manages.
pub async fn mine(ops: &Ops, actor: &Actor) -> Result<Vec<CertificateRecord>, OpError> {
    let user = actor.signed_in()?;
    let mut conn = ops.pool().acquire().await.map_err(anyhow::Error::from)?;
    Ok(db::certificates::of_user(&mut conn, user).await?)
}

/// Queues the building of every certificate of an event into one zip.
pub async fn request_bulk(ops: &Ops, actor: &Actor, event: Uuid) -> Result<Uuid, OpError> {
    actor.require(Role::Organizer)?;
    let mut tx = ops.begin().await?;
    db::events::lock(&mut tx, event)
        .await?
        .ok_or(OpError::NotFound)?;
    let batch = db::certificates::insert_batch(&mut tx, event, actor.user).await?;
    jobs::enqueue(&mut tx, &Job::CertificateZip { batch }).await?;
    audit(
        &mut tx,
        actor,
        Capacity::Role(Role::Organizer),
        "certificates.bulk",
        Target::Event(event),
        json!({ "batch": batch }),
    )
    .await?;
    commit(tx).await?;
    Ok(batch)
}

/// How often a running batch records its progress.
const PROGRESS_EVERY: usize = 25;

/// The job: builds the zip of a batch in a temporary file (one certificate in memory at a
/// time), stores it, and records progress as it goes. A failure marks the batch failed.
#[tracing::instrument(skip(ops))]
pub async fn build_batch(ops: &Ops, batch: Uuid) -> anyhow::Result<()> {
    let mut conn = ops.pool().acquire().await?;
    let Some(b) = db::certificates::batch(&mut conn, batch).await? else {
        return Ok(());
    };
    if b.status == "done" {
        return Ok(());
    }
    let records = db::certificates::of_event(&mut conn, b.event_id).await?;
    let names = category_names(&mut conn, b.event_id).await?;
    let total = i32::try_from(records.len())?;
    db::certificates::start_batch(&mut conn, batch, total).await?;
    drop(conn);
    tracing::info!(total, "building certificates");

    let dir = ops.settings().application.data_dir.join("tmp");
    std::fs::create_dir_all(&dir)?;
    let file = tempfile::tempfile_in(&dir)?;
    let writer = file.try_clone()?;
    let certificates = ops.certificates().clone();
    let pool = ops.pool().clone();
    let handle = tokio::runtime::Handle::current();
    let built = tokio::task::spawn_blocking(move || {
        certificates.zip_blocking(&records, &names, writer, PROGRESS_EVERY, |done| {
            let done = i32::try_from(done)?;
            handle.block_on(async {
                let mut conn = pool.acquire().await?;
                db::certificates::batch_progress(&mut conn, batch, done).await
            })
        })
    })
    .await?;
    let mut conn = ops.pool().acquire().await?;
    if let Err(e) = built {
        db::certificates::finish_batch(&mut conn, batch, None, None).await?;
        return Err(e.context("building a certificate zip"));
    }
    let bytes = {
        use std::io::{Read as _, Seek as _};
        let mut file = file;
        file.rewind()?;
        let mut bytes = Vec::new();
        file.read_to_end(&mut bytes)?;
        bytes
    };
    let size = i64::try_from(bytes.len())?;
    let key = zip_key(batch);
    ops.storage().put(&key, bytes).await?;
    db::certificates::finish_batch(&mut conn, batch, Some(&key), Some(size)).await?;
    tracing::info!(bytes = size, "certificate zip stored");
    Ok(())
}

/// A finished batch's zip (organizers).
pub async fn batch_zip(ops: &Ops, actor: &Actor, batch: Uuid) -> Result<Vec<u8>, OpError> {
    actor.require(Role::Organizer)?;
    let mut conn = ops.pool().acquire().await.map_err(anyhow::Error::from)?;
    let b = db::certificates::batch(&mut conn, batch)
        .await?
        .ok_or(OpError::NotFound)?;
    let key = b.file_key.ok_or(OpError::NotFound)?;
    drop(conn);
    ops.storage().get(&key).await?.ok_or(OpError::NotFound)
}
