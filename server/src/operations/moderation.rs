//! Moderators' decisions. A decision is on a project's newest revision, and only on the
//! one the moderator saw: if the team changed the project meanwhile, the decision is
//! refused and the moderator reviews the new version. The team is emailed, each account
//! in its own language.

use serde_json::json;
use uuid::Uuid;

use super::{Actor, Capacity, OpError, Ops, Target, audit, commit};
use crate::db;
use crate::domain::PhaseAction;
use crate::domain::account::Role;
use crate::domain::project::ProjectStatus;
use crate::domain::publication;
use crate::domain::revision::{self, Decision};
use crate::jobs::{self, EmailJob, Job, Notice};

/// Longest reason, in characters.
pub const REASON_MAX: usize = 1000;

/// What a decision did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Decided {
    pub project: Uuid,
    /// Whether the decided revision is now what the public sees.
    pub published: bool,
}

/// Decides on a revision of `project`: approve, ask for changes, or reject (with a reason
/// the team reads, required for the last two).
pub async fn decide(
    ops: &Ops,
    actor: &Actor,
    project: Uuid,
    revision: Uuid,
    decision: Decision,
    reason: &str,
) -> Result<Decided, OpError> {
    let mut tx = ops.begin().await?;
    if db::revisions::get(&mut tx, revision)
        .await?
        .is_none_or(|r| r.project_id != project)
    {
        return Err(OpError::NotFound);
    }
    let decided = decide_in(&mut tx, actor, revision, decision, reason).await?;
    commit(tx).await?;
    Ok(decided)
}

/// Approves each revision, all in one transaction: one refused approval refuses them all.
pub async fn bulk_approve(ops: &Ops, actor: &Actor, revisions: &[Uuid]) -> Result<usize, OpError> {
    let mut tx = ops.begin().await?;
    for revision in revisions {
        decide_in(&mut tx, actor, *revision, Decision::Approve, "").await?;
    }
    commit(tx).await?;
    Ok(revisions.len())
}

/// `decide` inside the caller's transaction (bulk approval, the demo seed).
pub async fn decide_in(
    conn: &mut sqlx::PgConnection,
    actor: &Actor,
    revision_id: Uuid,
    decision: Decision,
    reason: &str,
) -> Result<Decided, OpError> {
    let moderator = actor.require(Role::Organizer)?;
    let reason = reason.trim();
    if reason.chars().count() > REASON_MAX {
        return Err(OpError::invalid("reason", "moderation-reason-too-long"));
    }
    // Creators deserve to know what to change, or why not.
    if decision.needs_reason() && reason.is_empty() {
        return Err(OpError::invalid("reason", "moderation-reason-required"));
    }
    let reason = Some(reason).filter(|r| !r.is_empty());
    let revision = db::revisions::get(conn, revision_id)
        .await?
        .ok_or(OpError::NotFound)?;
    let project = revision.project_id;
    db::projects::lock(conn, project).await?;
    let record = db::projects::get(conn, project)
        .await?
        .ok_or(OpError::NotFound)?;
    if record.status != ProjectStatus::Submitted {
        return Err(OpError::NotFound);
    }
    let event = db::events::by_id(conn, record.event_id)
        .await?
        .ok_or(OpError::NotFound)?;
    if !PhaseAction::Moderate.allowed_in(event.phase) {
        return Err(OpError::NotInPhase(PhaseAction::Moderate));
    }
    let newest = db::revisions::newest(conn, project)
        .await?
        .ok_or(OpError::NotFound)?;
    if newest.id != revision.id {
        return Err(OpError::Refused("moderation-revision-outdated"));
    }
    let (facts, _) = db::consents::facts(conn, project)
        .await?
        .ok_or(OpError::NotFound)?;
    if decision == Decision::Approve
        && record.approved_revision_id != Some(revision.id)
        && publication::approval_waits_for_consent(&facts)
    {
        return Err(OpError::Refused("moderation-waits-for-consent"));
    }
    let other_public = record
        .approved_revision_id
        .is_some_and(|id| id != revision.id);
    let outcome = revision::decide(record.moderation, other_public, decision);
    db::revisions::decide(conn, revision.id, outcome.revision, Some(moderator), reason).await?;
    db::projects::record_decision(
        conn,
        project,
        revision.id,
        Some(moderator),
        decision.as_moderation(),
        reason,
    )
    .await?;
    db::projects::set_moderation(conn, project, outcome.project, reason).await?;
    if outcome.becomes_public {
        db::projects::set_public_revision(conn, project, revision.id).await?;
    }
    crate::publication::refresh_project(conn, project).await?;
    // A change to a published project that was not accepted: the team hears that the
    // public version stays.
    let only_the_change = !outcome.becomes_public && outcome.project == record.moderation;
    let notice = Notice::Moderation {
        decision: match (decision, only_the_change) {
            (Decision::Reject, true) => "change_rejected".to_owned(),
            (Decision::RequestChanges, true) => "change_changes_requested".to_owned(),
            _ => decision.as_moderation().as_str().to_owned(),
        },
        reason: reason.map(str::to_owned),
    };
    for (user_id, ..) in db::projects::member_accounts(conn, project).await? {
        jobs::enqueue(
            conn,
            &Job::Email(EmailJob::ProjectNotice {
                user_id,
                project_id: project,
                notice: notice.clone(),
            }),
        )
        .await?;
    }
    audit(
        conn,
        actor,
        Capacity::Role(Role::Organizer),
        "moderation.decide",
        Target::Project(project),
        json!({
            "revision": revision.number,
            "decision": decision.as_moderation().as_str(),
            "before": record.moderation.as_str(),
            "after": outcome.project.as_str(),
            "published_revision": outcome.becomes_public,
        }),
    )
    .await?;
    Ok(Decided {
        project,
        published: outcome.becomes_public,
    })
}
