//! Data rights: a creator (or the adult managing a child profile) takes everything held
//! about them, and erases a child profile or their whole account in one action.
//!
//! Erasing a creator: a project that was theirs alone is deleted (with its images in
//! storage); a team project stays for the others without them (the earliest other member
//! manages it if they did; they leave every revision's team); their consents and consent
//! requests go; the public projection, the caches (NOTIFY) and the search index (a sync
//! job) follow in the same transaction; queued emails naming them or their projects are
//! dropped; typo-tolerance words that only they had are pruned. Erasing an account does
//! that for its own profile and every child profile it manages, then deletes the account
//! (sessions, links, tokens). The audit log keeps that an erasure happened, not who.

use serde_json::json;
use uuid::Uuid;

use super::{Actor, Capacity, OpError, Ops, Target, audit, commit};
use crate::auth::secrets::hash_token;
use crate::db;
use crate::domain::account::Role;
use crate::publication;

/// What an erasure removed, and what the caller removes after it committed.
#[derive(Debug, Default)]
pub struct Erased {
    pub projects_deleted: usize,
    pub projects_kept: usize,
    /// Storage keys of the deleted projects' images.
    files: Vec<String>,
    /// What identifies the erased people, to find them in the outbox folder.
    pub needles: Vec<String>,
}

/// Everything held about the signed-in account and the profiles it owns or manages.
pub async fn everything(ops: &Ops, actor: &Actor) -> Result<serde_json::Value, OpError> {
    let user = actor.signed_in()?;
    let mut tx = ops.begin().await?;
    let doc = db::erasure::everything_about(&mut tx, user).await?;
    audit(
        &mut tx,
        actor,
        Capacity::of_account(&actor.roles),
        "account.export",
        Target::User(user),
        json!({}),
    )
    .await?;
    commit(tx).await?;
    Ok(doc)
}

/// The adult erases a child profile they manage.
#[tracing::instrument(skip(ops, actor))]
pub async fn erase_child(ops: &Ops, actor: &Actor, child: Uuid) -> Result<Erased, OpError> {
    let adult = actor.require(Role::Adult)?;
    let mut tx = ops.begin().await?;
    let creator = db::erasure::creator(&mut tx, child)
        .await?
        .filter(|c| c.managed_by == Some(adult))
        .ok_or(OpError::NotFound)?;
    let mut erased = Erased::default();
    erase_creator_in(&mut tx, &creator, &mut erased).await?;
    conclude(
        ops,
        tx,
        actor,
        Capacity::Role(Role::Adult),
        "account.erase_child",
        erased,
    )
    .await
}

/// The signed-in creator or adult erases their account and every child profile it
/// manages. Judges and organizers are refused: an organizer removes those accounts.
#[tracing::instrument(skip(ops, actor))]
pub async fn erase_account(ops: &Ops, actor: &Actor) -> Result<Erased, OpError> {
    let user = actor.signed_in()?;
    if actor.has(Role::Judge) || actor.has(Role::Organizer) {
        return Err(OpError::Refused("erase-refused-staff"));
    }
    let mut tx = ops.begin().await?;
    let account = db::users::by_id(&mut tx, user)
        .await?
        .ok_or(OpError::NotFound)?;
    let mut erased = Erased::default();
    for creator in db::erasure::creators_of(&mut tx, user).await? {
        erase_creator_in(&mut tx, &creator, &mut erased).await?;
    }
    erased.needles.push(user.to_string());
    erased.needles.push(account.email.clone());
    db::erasure::delete_user(&mut tx, user, &hash_token(&account.email)).await?;
    // The account is gone: its own erasure is not recorded under its id.
    let mut anonymous = actor.clone();
    anonymous.user = None;
    let capacity = Capacity::of_account(&actor.roles);
    conclude(ops, tx, &anonymous, capacity, "account.erase", erased).await
}

async fn erase_creator_in(
    conn: &mut sqlx::PgConnection,
    creator: &db::erasure::Erasable,
    erased: &mut Erased,
) -> Result<(), OpError> {
    erased.needles.extend([
        creator.id.to_string(),
        creator.display_name.clone(),
        format!("{} {}", creator.first_name, creator.surname),
        creator.surname.clone(),
    ]);
    // Certificate zips of their events hold their name: they go (and can be built again).
    erased
        .files
        .extend(db::certificates::forget_batches_of_creator(conn, creator.id).await?);
    for (request, guardian) in db::erasure::consent_requests(conn, creator.id).await? {
        erased.needles.push(request.to_string());
        erased.needles.extend(guardian);
    }
    let mut kept = Vec::new();
    for m in db::erasure::memberships(conn, creator.id).await? {
        erased.needles.push(m.project.to_string());
        if m.members <= 1 {
            publication::remove_project(conn, m.project).await?;
            db::erasure::delete_project(conn, m.project).await?;
            if !m.title.trim().is_empty() {
                erased.needles.push(m.title.clone());
            }
            for image in m.images {
                erased.files.push(crate::media::original_key(image));
                for width in crate::media::images::WIDTHS {
                    erased
                        .files
                        .push(crate::media::derivative_key(image, width));
                }
            }
            erased.projects_deleted += 1;
        } else {
            db::erasure::leave_team(conn, m.project, creator.id).await?;
            kept.push(m.project);
            erased.projects_kept += 1;
        }
    }
    db::erasure::delete_creator(conn, creator.id).await?;
    for project in kept {
        publication::refresh_project(conn, project).await?;
    }
    Ok(())
}

/// What every erasure does last: the clean-up inside its transaction, the audit row
/// (counts only, no target: who was erased is exactly what the log must not keep), the
/// commit, then the files.
async fn conclude(
    ops: &Ops,
    mut tx: sqlx::Transaction<'static, sqlx::Postgres>,
    actor: &Actor,
    capacity: Capacity,
    action: &str,
    erased: Erased,
) -> Result<Erased, OpError> {
    finish_in(&mut tx, &erased).await?;
    audit(
        &mut tx,
        actor,
        capacity,
        action,
        Target::None,
        json!({
            "projects_deleted": erased.projects_deleted,
            "projects_kept": erased.projects_kept,
        }),
    )
    .await?;
    commit(tx).await?;
    after_commit(ops, &erased).await;
    Ok(erased)
}

/// Inside the erasure's transaction: queued emails naming the erased go, and words only
/// they had leave the typo list.
async fn finish_in(conn: &mut sqlx::PgConnection, erased: &Erased) -> Result<(), OpError> {
    // Ids and addresses only: names could match someone else's email.
    let ids: Vec<String> = erased
        .needles
        .iter()
        .filter(|n| Uuid::parse_str(n).is_ok() || n.contains('@'))
        .cloned()
        .collect();
    db::erasure::forget_jobs(conn, &ids).await?;
    db::erasure::prune_search_terms(conn).await?;
    Ok(())
}

/// Files of deleted projects, and copies of emails in the outbox folder that name the
/// erased (development and tests write emails there instead of sending them).
async fn after_commit(ops: &Ops, erased: &Erased) {
    for key in &erased.files {
        if let Err(e) = ops.storage().delete(key).await {
            tracing::warn!(error = %e, key, "an erased project's file stays in storage");
        }
    }
    if let Some(dir) = ops
        .settings()
        .mail
        .outbox_folder(&ops.settings().application.data_dir)
    {
        match crate::mail::outbox::forget(&dir, &erased.needles) {
            Ok(n) => tracing::info!(removed = n, "outbox copies of erased people's emails"),
            Err(e) => tracing::warn!(error = %e, "the outbox could not be cleaned"),
        }
    }
}
