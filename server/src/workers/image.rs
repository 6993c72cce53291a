//! Processing an uploaded image: decode under limits, re-encode without metadata, store
//! the derivatives, delete the original. The outcome (ready, or rejected with a reason
//! the creator sees) is recorded by `operations::images`; storage failures are retried.

use uuid::Uuid;

use super::WorkerContext;
use crate::db;
use crate::media::{self, ImageLimits, derivative_key};
use crate::operations::{self, Actor, Via};

pub(super) async fn run(ctx: &WorkerContext, image_id: Uuid) -> anyhow::Result<()> {
    let actor = Actor::system(Via::Worker);
    let image = {
        let mut conn = ctx.pool.acquire().await?;
        db::projects::image(&mut conn, image_id).await?
    };
    let Some(image) = image else {
        return Ok(()); // deleted meanwhile
    };
    let Some(key) = image.original_key.clone() else {
        return Ok(()); // already processed
    };
    let Some(bytes) = ctx.storage.get(&key).await? else {
        operations::images::rejected(&ctx.ops, &actor, image_id, "error-image-unreadable").await?;
        return Ok(());
    };
    let limits = ImageLimits::from_settings(&ctx.settings.media);
    let processed = tokio::task::spawn_blocking(move || media::process(&bytes, &limits)).await?;
    match processed {
        Ok(p) => {
            for (width, jpeg) in p.derivatives {
                ctx.storage
                    .put(&derivative_key(image_id, width), jpeg)
                    .await?;
            }
            operations::images::processed(&ctx.ops, &actor, image_id, p.width, p.height).await?;
        }
        Err(problem) => {
            tracing::info!(image = %image_id, reason = problem.key(), "image rejected");
            operations::images::rejected(&ctx.ops, &actor, image_id, problem.key()).await?;
        }
    }
    ctx.storage.delete(&key).await?;
    Ok(())
}

/// Processing a judge's uploaded photo the same way: derivatives stored, the original
/// deleted, the outcome recorded by `operations::judging`.
pub(super) async fn run_judge_photo(ctx: &WorkerContext, photo: Uuid) -> anyhow::Result<()> {
    let actor = Actor::system(Via::Worker);
    let owner = {
        let mut conn = ctx.pool.acquire().await?;
        db::judging::pending_photo_owner(&mut conn, photo).await?
    };
    let Some(owner) = owner else {
        return Ok(()); // replaced meanwhile, or done
    };
    let key = media::original_key(photo);
    let Some(bytes) = ctx.storage.get(&key).await? else {
        operations::judging::photo_rejected(
            &ctx.ops,
            &actor,
            owner,
            photo,
            "error-image-unreadable",
        )
        .await?;
        return Ok(());
    };
    let limits = ImageLimits::from_settings(&ctx.settings.media);
    let processed = tokio::task::spawn_blocking(move || media::process(&bytes, &limits)).await?;
    match processed {
        Ok(p) => {
            for (width, jpeg) in p.derivatives {
                ctx.storage.put(&derivative_key(photo, width), jpeg).await?;
            }
            operations::judging::photo_processed(&ctx.ops, &actor, owner, photo).await?;
        }
        Err(problem) => {
            tracing::info!(photo = %photo, reason = problem.key(), "judge photo rejected");
            operations::judging::photo_rejected(&ctx.ops, &actor, owner, photo, problem.key())
                .await?;
        }
    }
    ctx.storage.delete(&key).await?;
    Ok(())
}
