//! Judging, as the judges and organizers change it: the event's judging settings, who
//! judges in which capacities (and dropping out), judge profiles, conflicts of interest,
//! the volunteer judges' scores and the organizers' shortlist adjustments. The shortlist
//! itself is a read (`shortlist`), computed from the scores by `domain::judging`.

use serde_json::json;
use uuid::Uuid;

use super::{Actor, Capacity, OpError, Ops, Target, audit, commit};
use crate::db;
use crate::db::judging::{AssignmentRecord, EventJudge};
use crate::domain::PhaseAction;
use crate::domain::account::Role;
use crate::domain::event::Event;
use crate::domain::judge::{ConflictTarget, JudgeKind, JudgeKinds, JudgeProfile, JudgingSettings};
use crate::domain::judging::{self, Rubric};

const ORGANIZER: Capacity = Capacity::Role(Role::Organizer);
const JUDGE: Capacity = Capacity::Role(Role::Judge);

/// Refuses what the event's phase does not allow.
pub(crate) fn require_phase(event: &Event, action: PhaseAction) -> Result<(), OpError> {
    if action.allowed_in(event.phase) {
        Ok(())
    } else {
        Err(OpError::NotInPhase(action))
    }
}

/// The event, or not found.
pub(crate) async fn event(conn: &mut sqlx::PgConnection, event: Uuid) -> Result<Event, OpError> {
    db::events::by_id(conn, event)
        .await?
        .ok_or(OpError::NotFound)
}

/// The signed-in judge of the event in capacity `kind`.
pub(crate) async fn judge_as(
    conn: &mut sqlx::PgConnection,
    actor: &Actor,
    event: Uuid,
    kind: JudgeKind,
) -> Result<EventJudge, OpError> {
    let user = actor.require(Role::Judge)?;
    match db::judging::judge(conn, event, user).await? {
        Some(j) if j.active && j.kinds.contains(kind) => Ok(j),
        _ => Err(OpError::Forbidden),
    }
}

/// Saves the numbers the event's judging runs with.
pub async fn save_settings(
    ops: &Ops,
    actor: &Actor,
    event: Uuid,
    settings: &JudgingSettings,
) -> Result<(), OpError> {
    actor.require(Role::Organizer)?;
    let mut tx = ops.begin().await?;
    db::events::lock(&mut tx, event)
        .await?
        .ok_or(OpError::NotFound)?;
    let before = db::judging::settings(&mut tx, event).await?;
    // Only the assignment numbers change here (see `db::judging::save_settings`).
    let settings = &JudgingSettings {
        shortlist_size: before.shortlist_size,
        favourites_per_vip: before.favourites_per_vip,
        ..*settings
    };
    db::judging::save_settings(&mut tx, event, settings).await?;
    audit(
        &mut tx,
        actor,
        ORGANIZER,
        "judging.settings",
        Target::Event(event),
        json!({ "before": before, "after": settings }),
    )
    .await?;
    commit(tx).await
}

/// Makes an account with the judge role a judge of the event (organizers; also what
/// accepting a judge invitation does).
pub async fn add_judge_in(
    conn: &mut sqlx::PgConnection,
    actor: &Actor,
    capacity: Capacity,
    event: Uuid,
    user: Uuid,
    kinds: &JudgeKinds,
) -> Result<(), OpError> {
    db::judging::add_judge(conn, event, user, kinds).await?;
    audit(
        conn,
        actor,
        capacity,
        "judge.add",
        Target::User(user),
        json!({ "event": event, "kinds": kinds }),
    )
    .await
}

/// What an organizer changes about one judge of the event.
#[derive(Debug, Clone)]
pub struct JudgeChange {
    pub kinds: JudgeKinds,
    /// A lower cap than the event's, or none.
    pub cap: Option<u32>,
    /// Still judging; a judge who drops out loses their unscored projects (a new
    /// assignment run gives them to others).
    pub active: bool,
}

/// What changing a judge did.
#[derive(Debug, Clone, Default)]
pub struct JudgeChanged {
    /// Projects taken from a judge who dropped out, to be reassigned.
    pub released: Vec<Uuid>,
}

/// Changes a judge's capacities, cap or participation.
pub async fn update_judge(
    ops: &Ops,
    actor: &Actor,
    event: Uuid,
    user: Uuid,
    change: &JudgeChange,
) -> Result<JudgeChanged, OpError> {
    actor.require(Role::Organizer)?;
    let mut tx = ops.begin().await?;
    let before = db::judging::lock_judge(&mut tx, event, user)
        .await?
        .ok_or(OpError::NotFound)?;
    db::judging::update_judge(
        &mut tx,
        event,
        user,
        &change.kinds,
        change.cap,
        change.active,
    )
    .await?;
    // Dropping out, or no longer a volunteer: unscored projects go back to the pool.
    let volunteering = change.active && change.kinds.contains(JudgeKind::Volunteer);
    let released = if before.active && !volunteering {
        db::judging::release_unscored(&mut tx, event, user).await?
    } else {
        Vec::new()
    };
    audit(
        &mut tx,
        actor,
        ORGANIZER,
        "judge.update",
        Target::User(user),
        json!({
            "event": event,
            "kinds": change.kinds,
            "cap": change.cap,
            "active": change.active,
            "was_active": before.active,
            "released": released.len(),
        }),
    )
    .await?;
    commit(tx).await?;
    Ok(JudgeChanged { released })
}

/// Saves the signed-in judge's profile.
pub async fn save_profile(ops: &Ops, actor: &Actor, profile: &JudgeProfile) -> Result<(), OpError> {
    let mut tx = ops.begin().await?;
    save_profile_in(&mut tx, actor, profile).await?;
    commit(tx).await
}

/// The body of [`save_profile`], in the caller's transaction.
pub async fn save_profile_in(
    conn: &mut sqlx::PgConnection,
    actor: &Actor,
    profile: &JudgeProfile,
) -> Result<(), OpError> {
    let user = actor.require(Role::Judge)?;
    db::judging::save_profile(conn, user, profile).await?;
    audit(
        conn,
        actor,
        JUDGE,
        "judge.profile",
        Target::User(user),
        json!({ "languages": profile.languages }),
    )
    .await?;
    Ok(())
}

/// Who declares a conflict: the judge for themselves, or an organizer for a judge.
fn conflict_capacity(actor: &Actor, judge: Uuid) -> Result<(Uuid, Capacity), OpError> {
    let me = actor.signed_in()?;
    if actor.has(Role::Organizer) {
        Ok((me, ORGANIZER))
    } else if me == judge && actor.has(Role::Judge) {
        Ok((me, JUDGE))
    } else {
        Err(OpError::Forbidden)
    }
}

/// What adding a conflict did.
#[derive(Debug, Clone, Default)]
pub struct ConflictAdded {
    /// Projects the judge had been given and no longer has (scores included).
    pub dropped: Vec<Uuid>,
}

/// Declares a conflict of interest. Projects it covers that the judge had been given are
/// taken away at once, so the judge never sees or scores them.
pub async fn add_conflict(
    ops: &Ops,
    actor: &Actor,
    judge: Uuid,
    target: &ConflictTarget,
    note: &str,
) -> Result<ConflictAdded, OpError> {
    let mut tx = ops.begin().await?;
    let out = add_conflict_in(&mut tx, actor, judge, target, note).await?;
    commit(tx).await?;
    Ok(out)
}

/// The body of [`add_conflict`], in the caller's transaction.
pub async fn add_conflict_in(
    conn: &mut sqlx::PgConnection,
    actor: &Actor,
    judge: Uuid,
    target: &ConflictTarget,
    note: &str,
) -> Result<ConflictAdded, OpError> {
    let (by, capacity) = conflict_capacity(actor, judge)?;
    let note = crate::domain::judge::conflict_note(note)
        .map_err(|e| OpError::Invalid(vec![("note", e)]))?;
    if let ConflictTarget::Project(project) | ConflictTarget::Team(project) = target
        && !db::judging::project_exists(conn, *project).await?
    {
        return Err(OpError::invalid(
            "project",
            "error-conflict-project-unknown",
        ));
    }
    // A team: each of its creators, so their other projects are covered too.
    let targets: Vec<ConflictTarget> = match target {
        ConflictTarget::Team(project) => db::projects::members(conn, *project)
            .await?
            .into_iter()
            .map(|m| ConflictTarget::Creator(m.creator_id))
            .collect(),
        other => vec![other.clone()],
    };
    let mut added = Vec::new();
    for t in &targets {
        if let Some(id) = db::judging::add_conflict(conn, judge, t, &note, by).await? {
            added.push(id);
        }
    }
    if added.is_empty() {
        // Declared already: nothing changes.
        return Ok(ConflictAdded::default());
    }
    let dropped = db::judging::drop_conflicted(conn, judge).await?;
    let summary = match target {
        ConflictTarget::Account(email) => json!({ "kind": "account", "domain": email.domain() }),
        ConflictTarget::Project(p) => json!({ "kind": "project", "project": p }),
        ConflictTarget::Creator(c) => json!({ "kind": "creator", "creator": c }),
        ConflictTarget::Team(p) => json!({ "kind": "team", "project": p }),
    };
    audit(
        conn,
        actor,
        capacity,
        "judge.conflict_add",
        Target::User(judge),
        json!({ "conflicts": added, "target": summary, "dropped": dropped.len() }),
    )
    .await?;
    Ok(ConflictAdded { dropped })
}

/// Removes a conflict: organizers remove any, a judge only the ones they declared.
pub async fn remove_conflict(
    ops: &Ops,
    actor: &Actor,
    judge: Uuid,
    conflict: Uuid,
) -> Result<(), OpError> {
    let (_, capacity) = conflict_capacity(actor, judge)?;
    let only_own = capacity != ORGANIZER;
    let mut tx = ops.begin().await?;
    if !db::judging::remove_conflict(&mut tx, judge, conflict, only_own).await? {
        return Err(OpError::NotFound);
    }
    audit(
        &mut tx,
        actor,
        capacity,
        "judge.conflict_remove",
        Target::User(judge),
        json!({ "conflict": conflict }),
    )
    .await?;
    commit(tx).await
}

/// The signed-in judge's assignment of a project, checked: theirs, published, no
/// conflict, and the phase lets judges score.
async fn own_assignment(
    conn: &mut sqlx::PgConnection,
    actor: &Actor,
    project: Uuid,
) -> Result<AssignmentRecord, OpError> {
    let judge = actor.require(Role::Judge)?;
    let a = db::judging::assignment(conn, judge, project)
        .await?
        .ok_or(OpError::NotFound)?;
    let event = event(conn, a.event_id).await?;
    judge_as(conn, actor, event.id.0, JudgeKind::Volunteer).await?;
    require_phase(&event, PhaseAction::Score)?;
    Ok(a)
}

/// Puts a project to the back of the judge's queue.
pub async fn skip(ops: &Ops, actor: &Actor, project: Uuid) -> Result<(), OpError> {
    let mut tx = ops.begin().await?;
    let a = own_assignment(&mut tx, actor, project).await?;
    db::judging::skip(&mut tx, a.id).await?;
    audit(
        &mut tx,
        actor,
        JUDGE,
        "score.skip",
        Target::Project(project),
        json!({}),
    )
    .await?;
    commit(tx).await
}

/// Longest private comment on a score, in characters.
pub const COMMENT_MAX: usize = 2000;

/// Saves the judge's marks (and private comment) for a project; they can be changed until
/// shortlisting closes.
pub async fn score(
    ops: &Ops,
    actor: &Actor,
    project: Uuid,
    rubric: &Rubric,
    comment: &str,
) -> Result<(), OpError> {
    let mut tx = ops.begin().await?;
    score_in(&mut tx, actor, project, rubric, comment).await?;
    commit(tx).await
}

/// The body of [`score`], in the caller's transaction.
pub async fn score_in(
    conn: &mut sqlx::PgConnection,
    actor: &Actor,
    project: Uuid,
    rubric: &Rubric,
    comment: &str,
) -> Result<(), OpError> {
    let mut errors = Vec::new();
    let comment = crate::domain::project::text(&mut errors, "comment", comment, COMMENT_MAX, false);
    if !errors.is_empty() {
        return Err(OpError::Invalid(errors));
    }
    let a = own_assignment(conn, actor, project).await?;
    let judge = actor.require(Role::Judge)?;
    let marks = judging::Criterion::ALL.map(|c| i16::from(rubric.mark(c).get()));
    let new = db::judging::save_score(conn, &a, judge, marks, &comment).await?;
    audit(
        conn,
        actor,
        JUDGE,
        if new { "score.create" } else { "score.update" },
        Target::Project(project),
        json!({ "before": a.score.as_ref().map(|(m, _)| m), "after": marks }),
    )
    .await?;
    Ok(())
}

/// Longest reason for a shortlist adjustment, in characters.
pub const REASON_MAX: usize = judging::MAX_REASON_CHARS;

/// Adds a project to the shortlist (`Some(true)`), takes it off (`Some(false)`), or
/// leaves it to the scores again (`None`), with the organizer's reason.
pub async fn adjust_shortlist(
    ops: &Ops,
    actor: &Actor,
    project: Uuid,
    include: Option<bool>,
    reason: &str,
) -> Result<(), OpError> {
    let organizer = actor.require(Role::Organizer)?;
    let reason = reason.trim();
    if include.is_some() && reason.is_empty() {
        return Err(OpError::invalid(
            "reason",
            "error-shortlist-reason-required",
        ));
    }
    if reason.chars().count() > REASON_MAX {
        return Err(OpError::invalid(
            "reason",
            "error-shortlist-reason-too-long",
        ));
    }
    let mut tx = ops.begin().await?;
    let event_id = db::judging::published_event(&mut tx, project)
        .await?
        .ok_or(OpError::NotFound)?;
    let event = db::events::lock(&mut tx, event_id)
        .await?
        .ok_or(OpError::NotFound)?;
    require_phase(&event, PhaseAction::AdjustShortlist)?;
    db::judging::set_adjustment(&mut tx, event_id, project, include, reason, organizer).await?;
    audit(
        &mut tx,
        actor,
        ORGANIZER,
        "shortlist.adjust",
        Target::Project(project),
        json!({ "include": include }),
    )
    .await?;
    commit(tx).await
}

/// The event's shortlist: the published projects per category, ranked by scores
/// normalised per judge, with the organizers' adjustments applied.
#[derive(Debug, Clone)]
pub struct Shortlist {
    /// Per category (its slug), the ranking.
    pub categories: Vec<(String, judging::CategoryShortlist<Uuid, usize>)>,
    pub titles: std::collections::HashMap<Uuid, String>,
    /// Per project, the judges' raw totals and normalised values, for display.
    pub details: std::collections::HashMap<Uuid, judging::ProjectNormalised<Uuid, Uuid>>,
    pub adjustments: Vec<db::judging::Adjustment>,
}

/// Computes the event's shortlist (a read: nothing is written).
pub async fn shortlist(conn: &mut sqlx::PgConnection, event: Uuid) -> Result<Shortlist, OpError> {
    let settings = db::judging::settings(conn, event).await?;
    let scores = db::judging::score_totals(conn, event).await?;
    let projects = db::judging::published(conn, event).await?;
    let stored = db::judging::adjustments(conn, event).await?;
    let normalised = judging::normalise(&scores, judging::NormalisationParams::default())
        .map_err(|e| anyhow::anyhow!("normalising scores: {e:?}"))?;
    // Categories by index (the ranking wants a small copyable key), in slug order.
    let mut slugs: Vec<String> = projects.iter().map(|p| p.category.clone()).collect();
    slugs.sort();
    slugs.dedup();
    let categories: Vec<(Uuid, usize)> = projects
        .iter()
        .map(|p| (p.project_id, slugs.binary_search(&p.category).unwrap_or(0)))
        .collect();
    let adjustments: Vec<judging::Adjustment<Uuid>> = stored
        .iter()
        .map(|a| {
            if a.include {
                judging::Adjustment::Include {
                    project: a.project_id,
                    reason: a.reason.clone(),
                }
            } else {
                judging::Adjustment::Exclude {
                    project: a.project_id,
                    reason: a.reason.clone(),
                }
            }
        })
        .collect();
    let params = judging::ShortlistParams {
        default_k: usize::try_from(settings.shortlist_size)
            .unwrap_or(judging::DEFAULT_SHORTLIST_SIZE),
        ..judging::ShortlistParams::default()
    };
    let ranked = judging::rank_shortlist(&normalised.projects, &categories, &adjustments, &params)
        .map_err(|e| anyhow::anyhow!("ranking the shortlist: {e:?}"))?;
    Ok(Shortlist {
        categories: ranked
            .into_iter()
            .map(|c| (slugs.get(c.category).cloned().unwrap_or_default(), c))
            .collect(),
        titles: projects
            .into_iter()
            .map(|p| (p.project_id, p.title))
            .collect(),
        details: normalised
            .projects
            .into_iter()
            .map(|p| (p.project, p))
            .collect(),
        adjustments: stored,
    })
}

/// Uploads a new profile photo for the signed-in judge: checked from its bytes now,
/// processed in the background through the same image pipeline as project images (decoded
/// under limits, re-encoded without metadata).
pub async fn upload_photo(
    ops: &Ops,
    actor: &Actor,
    bytes: Vec<u8>,
    too_big: bool,
) -> Result<Uuid, OpError> {
    let user = actor.require(Role::Judge)?;
    let problem = if too_big {
        Some(crate::media::UploadProblem::TooBig)
    } else {
        crate::media::check_upload(
            &bytes,
            &crate::media::ImageLimits::from_settings(&ops.settings().media),
        )
        .err()
    };
    if let Some(problem) = problem {
        return Err(OpError::invalid("photo", problem.key()));
    }
    let photo = Uuid::new_v4();
    let key = crate::media::original_key(photo);
    ops.storage().put(&key, bytes).await?;
    let stored = async {
        let mut tx = ops.begin().await?;
        let replaced = db::judging::set_pending_photo(&mut tx, user, photo).await?;
        crate::jobs::enqueue(
            &mut tx,
            &crate::jobs::Job::ProcessJudgePhoto { photo_id: photo },
        )
        .await?;
        audit(
            &mut tx,
            actor,
            JUDGE,
            "judge.photo_upload",
            Target::User(user),
            json!({ "photo": photo, "replaces_pending": replaced }),
        )
        .await?;
        commit(tx).await
    }
    .await;
    if let Err(e) = stored {
        ops.storage().delete(&key).await?;
        return Err(e);
    }
    Ok(photo)
}

/// The worker processed a judge's photo: it replaces the old one (whose files go).
pub async fn photo_processed(
    ops: &Ops,
    actor: &Actor,
    judge: Uuid,
    photo: Uuid,
) -> Result<(), OpError> {
    let mut tx = ops.begin().await?;
    let old = db::judging::photo_ready(&mut tx, judge, photo).await?;
    audit(
        &mut tx,
        actor,
        Capacity::System,
        "judge.photo_ready",
        Target::User(judge),
        json!({ "photo": photo, "replaced": old }),
    )
    .await?;
    commit(tx).await?;
    if let Some(old) = old.filter(|o| *o != photo) {
        for width in crate::media::images::WIDTHS {
            ops.storage()
                .delete(&crate::media::derivative_key(old, width))
                .await?;
        }
    }
    Ok(())
}

/// The worker could not process a judge's photo: the judge sees why.
pub async fn photo_rejected(
    ops: &Ops,
    actor: &Actor,
    judge: Uuid,
    photo: Uuid,
    reason: &'static str,
) -> Result<(), OpError> {
    let mut tx = ops.begin().await?;
    db::judging::photo_rejected(&mut tx, judge, photo, reason).await?;
    audit(
        &mut tx,
        actor,
        Capacity::System,
        "judge.photo_reject",
        Target::User(judge),
        json!({ "photo": photo, "reason": reason }),
    )
    .await?;
    commit(tx).await
}

/// One row of a judges import, as the report shows it.
#[derive(Debug, Clone, serde::Serialize)]
pub struct ImportedRow {
    pub line: u64,
    pub email: String,
    pub capacities: Vec<crate::domain::judge::JudgeKind>,
    pub outcome: crate::domain::judge_import::RowOutcome,
    /// Problems: (column, Fluent key).
    #[serde(skip)]
    pub problems: Vec<(&'static str, &'static str)>,
}

/// What a judges import did, or would do (`dry_run`).
#[derive(Debug, Clone, serde::Serialize)]
pub struct ImportReport {
    pub dry_run: bool,
    /// Whether anything was written: never when a row has a problem.
    pub applied: bool,
    pub invited: usize,
    pub unchanged: usize,
    pub invalid: usize,
    pub rows: Vec<ImportedRow>,
}

/// Imports judges of the current event from a checked file: every row without a problem
/// is invited in its capacities (in its language, else `locale`), all in one
/// transaction, and only when no row has a problem. An account already judging the event
/// in those capacities is left as it is.
pub async fn import_judges(
    ops: &Ops,
    actor: &Actor,
    event: Uuid,
    rows: Vec<crate::domain::judge_import::ImportRow>,
    dry_run: bool,
    locale: &str,
) -> Result<ImportReport, OpError> {
    use crate::domain::judge_import::RowOutcome;
    actor.require(Role::Organizer)?;
    let mut tx = ops.begin().await?;
    let current = db::events::current(&mut tx)
        .await?
        .ok_or(OpError::NotFound)?;
    // Accepting an invitation makes the account a judge of the current event.
    if current.id.0 != event {
        return Err(OpError::Refused("judge-import-not-current"));
    }
    let mut report = Vec::with_capacity(rows.len());
    for row in &rows {
        let mut outcome = if row.problems.is_empty() {
            RowOutcome::Invite
        } else {
            RowOutcome::Invalid
        };
        if let (RowOutcome::Invite, Some(email), Some(kinds)) = (outcome, &row.email, &row.kinds)
            && let Some(user) = db::users::by_email(&mut tx, email).await?
            && let Some(judge) = db::judging::judge(&mut tx, event, user.id).await?
            && judge.active
            && kinds.as_slice().iter().all(|k| judge.kinds.contains(*k))
        {
            outcome = RowOutcome::AlreadyJudge;
        }
        report.push(ImportedRow {
            line: row.line,
            email: row.email_text.clone(),
            capacities: row
                .kinds
                .as_ref()
                .map(|k| k.as_slice().to_vec())
                .unwrap_or_default(),
            outcome,
            problems: row.problems.clone(),
        });
    }
    let count = |o: RowOutcome| report.iter().filter(|r| r.outcome == o).count();
    let (invited, unchanged, invalid) = (
        count(RowOutcome::Invite),
        count(RowOutcome::AlreadyJudge),
        count(RowOutcome::Invalid),
    );
    let apply = !dry_run && invalid == 0;
    if apply {
        for (row, reported) in rows.iter().zip(&report) {
            if let (RowOutcome::Invite, Some(email), Some(kinds)) =
                (reported.outcome, &row.email, &row.kinds)
            {
                let language = row.language.as_deref().unwrap_or(locale);
                super::organizer::invite_in(
                    &mut tx,
                    ops,
                    actor,
                    email,
                    Role::Judge,
                    kinds.as_slice(),
                    language,
                )
                .await?;
            }
        }
        commit(tx).await?;
    }
    Ok(ImportReport {
        dry_run,
        applied: apply,
        invited,
        unchanged,
        invalid,
        rows: report,
    })
}
