//! Processing an uploaded image: decode under limits, re-encode without metadata, store
//! the derivatives, delete the original. An image that cannot be decoded is marked
//! rejected (with a reason the creator sees); storage failures are retried.

use uuid::Uuid;

use super::WorkerContext;
use crate::db;
use crate::media::{self, derivative_key};

pub(super) async fn run(ctx: &WorkerContext, image_id: Uuid) -> anyhow::Result<()> {
    let mut conn = ctx.pool.acquire().await?;
    let Some(image) = db::projects::image(&mut conn, image_id).await? else {
        return Ok(()); // deleted meanwhile
    };
    let Some(key) = image.original_key.clone() else {
        return Ok(()); // already processed
    };
    let Some(bytes) = ctx.storage.get(&key).await? else {
        db::projects::image_rejected(&mut conn, image_id, "error-image-unreadable").await?;
        return Ok(());
    };
    let processed = tokio::task::spawn_blocking(move || media::process(&bytes)).await?;
    match processed {
        Ok(p) => {
            // Never hold one pooled connection while waiting for another.
            drop(conn);
            for (width, jpeg) in p.derivatives {
                ctx.storage
                    .put(&derivative_key(image_id, width), jpeg)
                    .await?;
            }
            let mut tx = ctx.pool.begin().await?;
            db::projects::image_ready(
                &mut tx,
                image_id,
                i32::try_from(p.width).unwrap_or(i32::MAX),
                i32::try_from(p.height).unwrap_or(i32::MAX),
            )
            .await?;
            crate::publication::refresh_project(&mut tx, image.project_id).await?;
            tx.commit().await?;
        }
        Err(problem) => {
            tracing::info!(image = %image_id, reason = problem.key(), "image rejected");
            db::projects::image_rejected(&mut conn, image_id, problem.key()).await?;
        }
    }
    ctx.storage.delete(&key).await?;
    Ok(())
}
