//! A project's images: uploading (checked from the bytes on the request path, processed
//! in the background), deleting, and the worker's outcome. A processed image of a
//! submitted project is a change for review; a deleted one leaves the public version at
//! once (a creator must be able to take a photo down without waiting).

use serde_json::json;
use uuid::Uuid;

use super::projects::{editable, member_capacity, own_project, record_revision};
use super::{Actor, Capacity, OpError, Ops, Target, audit, commit};
use crate::db;
use crate::domain::project::limits;
use crate::jobs::{self, Job};
use crate::media::{self, ImageLimits, UploadProblem, derivative_key, original_key};
use crate::publication;

/// One uploaded image as the form sent it.
#[derive(Debug, Clone, Default)]
pub struct Upload {
    pub bytes: Vec<u8>,
    /// The file was larger than the limit (and was not kept).
    pub too_big: bool,
    pub alt_text: String,
    /// The description was longer than any allowed one (and was not kept).
    pub alt_too_long: bool,
    pub shows_person: bool,
}

/// Stores an upload and queues its processing. The checks that need no lock come first;
/// the limit of images per project is checked under the project's row lock, in the
/// transaction that adds the row, so parallel uploads cannot pass it together.
pub async fn upload(
    ops: &Ops,
    actor: &Actor,
    project: Uuid,
    upload: Upload,
) -> Result<Uuid, OpError> {
    {
        let mut conn = ops.pool().acquire().await?;
        let (record, event) = own_project(&mut conn, actor, project).await?;
        if !editable(&record, &event) {
            return Err(OpError::Refused("project-locked"));
        }
    }
    let problem = if upload.too_big {
        Some(UploadProblem::TooBig)
    } else if upload.alt_too_long || upload.alt_text.chars().count() > limits::ALT_TEXT {
        Some(UploadProblem::AltTextTooLong)
    } else {
        media::check_upload(
            &upload.bytes,
            &ImageLimits::from_settings(&ops.settings().media),
        )
        .err()
    };
    if let Some(problem) = problem {
        return Err(OpError::invalid("image", problem.key()));
    }
    // The original goes to storage first; the row and its processing job are then added
    // in one transaction, and the file is removed again if that fails: nothing orphaned.
    let image_id = Uuid::new_v4();
    let key = original_key(image_id);
    ops.storage().put(&key, upload.bytes).await?;
    let stored = async {
        let mut tx = ops.begin().await?;
        db::projects::lock(&mut tx, project).await?;
        if db::projects::images(&mut tx, project).await?.len() >= limits::IMAGES {
            return Err(OpError::Refused("project-images-full"));
        }
        db::projects::insert_image_with_id(
            &mut tx,
            image_id,
            project,
            &key,
            &upload.alt_text,
            upload.shows_person,
        )
        .await?;
        jobs::enqueue(&mut tx, &Job::ProcessImage { image_id }).await?;
        audit(
            &mut tx,
            actor,
            member_capacity(actor),
            "image.upload",
            Target::Project(project),
            json!({ "image": image_id, "shows_person": upload.shows_person }),
        )
        .await?;
        commit(tx).await
    }
    .await;
    if let Err(e) = stored {
        ops.storage().delete(&key).await?;
        return Err(e);
    }
    Ok(image_id)
}

/// Deletes one of the project's images, its files included.
pub async fn delete(ops: &Ops, actor: &Actor, project: Uuid, image: Uuid) -> Result<(), OpError> {
    let mut tx = ops.begin().await?;
    let (record, event) = own_project(&mut tx, actor, project).await?;
    let image = db::projects::image(&mut tx, image)
        .await?
        .filter(|i| i.project_id == record.id)
        .ok_or(OpError::NotFound)?;
    if !editable(&record, &event) {
        return Err(OpError::Refused("project-locked"));
    }
    db::projects::lock(&mut tx, project).await?;
    db::projects::delete_image(&mut tx, image.id).await?;
    let revision = record_revision(&mut tx, actor, project).await?;
    publication::refresh_project(&mut tx, project).await?;
    audit(
        &mut tx,
        actor,
        member_capacity(actor),
        "image.delete",
        Target::Project(project),
        json!({ "image": image.id, "revision": revision }),
    )
    .await?;
    commit(tx).await?;
    for width in media::images::WIDTHS {
        ops.storage()
            .delete(&derivative_key(image.id, width))
            .await?;
    }
    if let Some(key) = image.original_key {
        ops.storage().delete(&key).await?;
    }
    Ok(())
}

/// The worker processed an image: it is ready, and (for a submitted project) a change
/// for review.
pub async fn processed(
    ops: &Ops,
    actor: &Actor,
    image: Uuid,
    width: u32,
    height: u32,
) -> Result<(), OpError> {
    let mut tx = ops.begin().await?;
    let Some(record) = db::projects::image(&mut tx, image).await? else {
        return Ok(()); // deleted meanwhile
    };
    db::projects::lock(&mut tx, record.project_id).await?;
    db::projects::image_ready(
        &mut tx,
        image,
        i32::try_from(width).unwrap_or(i32::MAX),
        i32::try_from(height).unwrap_or(i32::MAX),
    )
    .await?;
    let revision = record_revision(&mut tx, actor, record.project_id).await?;
    publication::refresh_project(&mut tx, record.project_id).await?;
    audit(
        &mut tx,
        actor,
        Capacity::System,
        "image.ready",
        Target::Image(image),
        json!({ "project": record.project_id, "revision": revision }),
    )
    .await?;
    commit(tx).await
}

/// The worker could not process an image: it is rejected with a reason the team sees.
pub async fn rejected(
    ops: &Ops,
    actor: &Actor,
    image: Uuid,
    reason: &'static str,
) -> Result<(), OpError> {
    let mut tx = ops.begin().await?;
    if db::projects::image(&mut tx, image).await?.is_none() {
        return Ok(());
    }
    db::projects::image_rejected(&mut tx, image, reason).await?;
    audit(
        &mut tx,
        actor,
        Capacity::System,
        "image.reject",
        Target::Image(image),
        json!({ "reason": reason }),
    )
    .await?;
    commit(tx).await
}
