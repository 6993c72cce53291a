//! Creators' changes to their projects: drafts, saving and submitting, withdrawal, the
//! team. Whoever acts for a team member (a teenager for their own profile, an adult for
//! the child profiles they manage) may work on a project; for anyone else it does not
//! exist.
//!
//! After a project is submitted, every change to its public content records a new
//! revision (`record_revision`): the public keeps seeing the approved one until a
//! moderator approves the change.

use chrono::Utc;
use serde_json::json;
use sqlx::PgConnection;
use uuid::Uuid;

use super::{Actor, Capacity, OpError, Ops, Target, audit, commit};
use crate::db;
use crate::db::projects::{AddMember, ProjectRecord};
use crate::domain::account::Role;
use crate::domain::event::Event;
use crate::domain::project::{self, EventChoices, ImageStatus, ProjectFields, ProjectStatus};
use crate::domain::revision::{self, RevisionContent, RevisionImage};
use crate::publication;

/// In what capacity an account works on a project: an adult for a child's profile, else
/// the creator.
pub(crate) fn member_capacity(actor: &Actor) -> Capacity {
    if actor.has(Role::Adult) {
        Capacity::Role(Role::Adult)
    } else {
        Capacity::Role(Role::Creator)
    }
}

/// The project, if the actor acts for one of its members (else `NotFound`: a project
/// that is not theirs does not exist for them), with its event.
pub async fn own_project(
    conn: &mut PgConnection,
    actor: &Actor,
    project: Uuid,
) -> Result<(ProjectRecord, Event), OpError> {
    let user = actor.user.ok_or(OpError::NotFound)?;
    if !db::projects::user_is_member(conn, user, project).await? {
        return Err(OpError::NotFound);
    }
    with_event(conn, project).await
}

/// A project and its event.
async fn with_event(
    conn: &mut PgConnection,
    project: Uuid,
) -> Result<(ProjectRecord, Event), OpError> {
    let record = db::projects::get(conn, project)
        .await?
        .ok_or(OpError::NotFound)?;
    let event = db::events::by_id(conn, record.event_id)
        .await?
        .ok_or(OpError::NotFound)?;
    Ok((record, event))
}

/// Whether the project may still be changed (its event's deadline and phase).
pub fn editable(project: &ProjectRecord, event: &Event) -> bool {
    project::is_editable(
        project.status,
        event.phase,
        event.schedule.submission_deadline(),
        Utc::now(),
    )
}

fn require_editable(project: &ProjectRecord, event: &Event) -> Result<(), OpError> {
    if editable(project, event) {
        Ok(())
    } else {
        Err(OpError::Refused("project-locked"))
    }
}

/// The categories and languages a project of this event may choose.
pub async fn event_choices(
    conn: &mut PgConnection,
    event: &Event,
) -> anyhow::Result<(Vec<String>, Vec<String>)> {
    let categories = db::events::categories(conn, event.id)
        .await?
        .into_iter()
        .map(|c| c.slug.to_string())
        .collect();
    let languages = event
        .content_languages
        .iter()
        .map(|t| t.to_string())
        .collect();
    Ok((categories, languages))
}

/// The public content of the project as it is now: its fields, ready images and team.
pub async fn working_copy(
    conn: &mut PgConnection,
    project: Uuid,
) -> Result<RevisionContent, OpError> {
    let record = db::projects::get(conn, project)
        .await?
        .ok_or(OpError::NotFound)?;
    let images = db::projects::images(conn, project)
        .await?
        .into_iter()
        .filter(|i| i.status == ImageStatus::Ready)
        .map(|i| RevisionImage {
            id: i.id,
            alt_text: i.alt_text,
            shows_person: i.shows_person,
        })
        .collect();
    let members = db::projects::members(conn, project)
        .await?
        .into_iter()
        .map(|m| m.creator_id)
        .collect();
    Ok(RevisionContent::of(&record.fields, images, members))
}

/// After a change to a submitted project's public content (the caller holds the row
/// lock): records a new revision when the content differs from the newest one, and puts
/// the project back in review unless it is published (then the public version stays
/// while the change waits). Returns the new revision's number.
pub(crate) async fn record_revision(
    conn: &mut PgConnection,
    actor: &Actor,
    project: Uuid,
) -> Result<Option<i32>, OpError> {
    let record = db::projects::get(conn, project)
        .await?
        .ok_or(OpError::NotFound)?;
    if record.status != ProjectStatus::Submitted {
        return Ok(None);
    }
    let content = working_copy(conn, project).await?;
    let newest = db::revisions::newest(conn, project).await?;
    if newest.as_ref().is_some_and(|r| r.content == content) {
        return Ok(None);
    }
    db::revisions::add(conn, project, &content, actor.user).await?;
    let state = revision::after_new_revision(record.moderation);
    if state != record.moderation {
        db::projects::set_moderation(conn, project, state, None).await?;
    }
    Ok(Some(newest.map_or(1, |r| r.number + 1)))
}

/// A short code teammates type or follow as a link.
fn new_join_code() -> anyhow::Result<String> {
    // 10 characters from an alphabet without look-alikes (0/O, 1/I/l): ~50 bits.
    const ALPHABET: &[u8] = b"23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    let bytes = crate::auth::secrets::random_bytes::<10>()?;
    Ok(bytes
        .iter()
        .map(|b| char::from(ALPHABET[usize::from(*b) % ALPHABET.len()]))
        .collect())
}

/// Starts an empty draft in an event for one of the actor's creator profiles.
pub async fn create_draft(
    ops: &Ops,
    actor: &Actor,
    event: Uuid,
    creator: Uuid,
) -> Result<Uuid, OpError> {
    let mut tx = ops.begin().await?;
    let id = create_draft_in(&mut tx, actor, event, creator).await?;
    commit(tx).await?;
    Ok(id)
}

/// `create_draft` inside the caller's transaction (the demo seed).
pub async fn create_draft_in(
    conn: &mut PgConnection,
    actor: &Actor,
    event: Uuid,
    creator: Uuid,
) -> Result<Uuid, OpError> {
    let user = actor.signed_in()?;
    let mine = db::projects::creators_of(conn, user).await?;
    if !mine.iter().any(|(id, _)| *id == creator) {
        return Err(OpError::Forbidden);
    }
    let event = db::events::by_id(conn, event)
        .await?
        .ok_or(OpError::NotFound)?;
    if !event.phase.permissions().creators_may_submit
        || Utc::now() >= event.schedule.submission_deadline()
    {
        return Err(OpError::Refused("project-closed"));
    }
    let id = db::projects::create_draft(conn, event.id.0, creator, &new_join_code()?)
        .await?
        .ok_or(OpError::Refused("project-one-per-event"))?;
    audit(
        conn,
        actor,
        member_capacity(actor),
        "project.create",
        Target::Project(id),
        json!({ "creator": creator }),
    )
    .await?;
    Ok(id)
}

/// What saving did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Saved {
    /// Whether the project is now submitted (it was just submitted, or was already).
    pub submitted: bool,
    /// The revision recorded for review, if the public content changed.
    pub revision: Option<i32>,
    /// A draft's problems: not submitted, but every field without a problem was kept.
    pub problems: project::FieldErrors,
}

/// Saves the project's fields; `submit`: also submits it. A draft is checked for what is
/// filled in; a submission (and any edit of a submitted project) is checked completely,
/// every problem reported next to its field. A draft whose fields have problems still
/// keeps every field without one (`Saved::problems` lists the rest); a submitted
/// project's edit with a problem changes nothing (`OpError::Invalid`).
pub async fn save(
    ops: &Ops,
    actor: &Actor,
    project: Uuid,
    fields: &ProjectFields,
    submit: bool,
) -> Result<Saved, OpError> {
    let mut tx = ops.begin().await?;
    let saved = save_in(&mut tx, actor, project, fields, submit).await?;
    commit(tx).await?;
    Ok(saved)
}

/// `save` inside the caller's transaction (the demo seed).
pub async fn save_in(
    conn: &mut PgConnection,
    actor: &Actor,
    project: Uuid,
    fields: &ProjectFields,
    submit: bool,
) -> Result<Saved, OpError> {
    let (record, event) = own_project(conn, actor, project).await?;
    require_editable(&record, &event)?;
    let (categories, languages) = event_choices(conn, &event).await?;
    let choices = EventChoices {
        categories: &categories,
        languages: &languages,
    };
    // A submitted project stays complete: its edits are checked like a submission.
    let complete = submit || record.status == ProjectStatus::Submitted;
    let checked = match project::check(fields, &choices, complete) {
        Ok(checked) => checked,
        Err(problems) if record.status == ProjectStatus::Draft => {
            return keep_valid_fields(conn, actor, &record, fields, &choices, problems).await;
        }
        Err(problems) => return Err(OpError::Invalid(problems)),
    };
    db::projects::lock(conn, project).await?;
    let before = record.fields.clone();
    db::projects::update_fields(conn, project, &checked).await?;
    let newly_submitted = submit && record.status == ProjectStatus::Draft;
    if newly_submitted {
        db::projects::set_status(conn, project, ProjectStatus::Submitted).await?;
    }
    let revision = record_revision(conn, actor, project).await?;
    publication::refresh_project(conn, project).await?;
    let changed = revision::changed_fields(&before, &ProjectFields::from(&checked));
    audit(
        conn,
        actor,
        member_capacity(actor),
        if newly_submitted {
            "project.submit"
        } else {
            "project.save"
        },
        Target::Project(project),
        json!({ "changed": changed, "revision": revision }),
    )
    .await?;
    Ok(Saved {
        submitted: submit || record.status == ProjectStatus::Submitted,
        revision,
        problems: Vec::new(),
    })
}

/// A draft's save with problems: stores what of it is valid (`project::salvage`), so
/// nothing typed into the other fields is lost, and reports the problems.
async fn keep_valid_fields(
    conn: &mut PgConnection,
    actor: &Actor,
    record: &ProjectRecord,
    typed: &ProjectFields,
    choices: &EventChoices<'_>,
    problems: project::FieldErrors,
) -> Result<Saved, OpError> {
    let kept = project::salvage(typed, &record.fields, &problems);
    if let Ok(checked) = project::check(&kept, choices, false)
        && ProjectFields::from(&checked) != record.fields
    {
        db::projects::lock(conn, record.id).await?;
        db::projects::update_fields(conn, record.id, &checked).await?;
        publication::refresh_project(conn, record.id).await?;
        let changed = revision::changed_fields(&record.fields, &ProjectFields::from(&checked));
        audit(
            conn,
            actor,
            member_capacity(actor),
            "project.save",
            Target::Project(record.id),
            json!({ "changed": changed, "problems": problems.iter().map(|(f, _)| *f).collect::<Vec<_>>() }),
        )
        .await?;
    }
    Ok(Saved {
        submitted: false,
        revision: None,
        problems,
    })
}

/// Restores a withdrawn project until the deadline: submitted again if it had been
/// (its moderation as it was, so an approved project is public again), else a draft.
pub async fn restore(ops: &Ops, actor: &Actor, project: Uuid) -> Result<(), OpError> {
    let mut tx = ops.begin().await?;
    let (record, event) = own_project(&mut tx, actor, project).await?;
    if !project::may_restore(
        record.status,
        event.phase,
        event.schedule.submission_deadline(),
        Utc::now(),
    ) {
        return Err(OpError::Refused("project-restore-closed"));
    }
    db::projects::lock(&mut tx, project).await?;
    let status = project::restored_status(record.submitted_at.is_some());
    db::projects::set_status(&mut tx, project, status).await?;
    publication::refresh_project(&mut tx, project).await?;
    audit(
        &mut tx,
        actor,
        member_capacity(actor),
        "project.restore",
        Target::Project(project),
        json!({ "status": status.as_str() }),
    )
    .await?;
    commit(tx).await
}

/// Withdraws the project: it leaves every public surface when this commits.
pub async fn withdraw(ops: &Ops, actor: &Actor, project: Uuid) -> Result<(), OpError> {
    let mut tx = ops.begin().await?;
    withdraw_in(&mut tx, actor, project).await?;
    commit(tx).await
}

/// `withdraw` inside the caller's transaction (the demo seed).
pub async fn withdraw_in(
    conn: &mut PgConnection,
    actor: &Actor,
    project: Uuid,
) -> Result<(), OpError> {
    let (record, _) = own_project(conn, actor, project).await?;
    if record.status == ProjectStatus::Withdrawn {
        return Ok(());
    }
    db::projects::set_status(conn, project, ProjectStatus::Withdrawn).await?;
    publication::refresh_project(conn, project).await?;
    audit(
        conn,
        actor,
        member_capacity(actor),
        "project.withdraw",
        Target::Project(project),
        json!({ "before": record.status.as_str() }),
    )
    .await
}

/// Adds one of the actor's creator profiles (their own, or a child they manage) to a
/// project, under the project's lock: the team size and the one-project-per-event rule
/// are checked where no concurrent request can slip past. A new member of a submitted
/// project is a change for review: public only once approved, with their own consent.
pub async fn add_member(
    ops: &Ops,
    actor: &Actor,
    project: Uuid,
    creator: Uuid,
) -> Result<(), OpError> {
    let mut tx = ops.begin().await?;
    add_member_in(&mut tx, actor, project, creator).await?;
    commit(tx).await
}

/// `add_member` inside the caller's transaction (the demo seed).
pub async fn add_member_in(
    conn: &mut PgConnection,
    actor: &Actor,
    project: Uuid,
    creator: Uuid,
) -> Result<(), OpError> {
    let user = actor.signed_in()?;
    if !db::projects::creators_of(conn, user)
        .await?
        .iter()
        .any(|(c, _)| *c == creator)
    {
        return Err(OpError::Forbidden);
    }
    let (record, event) = with_event(conn, project).await?;
    require_editable(&record, &event)?;
    db::projects::lock(conn, project).await?;
    if db::projects::members(conn, project).await?.len() >= event.team_size.get() {
        return Err(OpError::Refused("project-team-full"));
    }
    match db::projects::add_member(conn, project, record.event_id, creator).await? {
        AddMember::Added => {}
        AddMember::AlreadyInAProject => return Err(OpError::Refused("project-one-per-event")),
    }
    let revision = record_revision(conn, actor, project).await?;
    publication::refresh_project(conn, project).await?;
    audit(
        conn,
        actor,
        member_capacity(actor),
        "project.add_member",
        Target::Project(project),
        json!({ "creator": creator, "revision": revision }),
    )
    .await
}

/// Joins the project with this join code as one of the actor's creator profiles.
pub async fn join(ops: &Ops, actor: &Actor, code: &str, creator: Uuid) -> Result<Uuid, OpError> {
    let mut tx = ops.begin().await?;
    let project = db::projects::by_join_code(&mut tx, code)
        .await?
        .ok_or(OpError::NotFound)?;
    add_member_in(&mut tx, actor, project, creator).await?;
    commit(tx).await?;
    Ok(project)
}

/// Hands the project over to another member (only its current owner may).
pub async fn hand_over(ops: &Ops, actor: &Actor, project: Uuid, to: Uuid) -> Result<(), OpError> {
    let mut tx = ops.begin().await?;
    let (record, _) = own_project(&mut tx, actor, project).await?;
    let user = actor.signed_in()?;
    let members = db::projects::members(&mut tx, project).await?;
    let owner = members
        .iter()
        .find(|m| m.creator_id == record.owner_creator_id);
    if !owner.is_some_and(|m| m.user_id == Some(user) || m.managed_by == Some(user)) {
        return Err(OpError::Forbidden);
    }
    if !members.iter().any(|m| m.creator_id == to) {
        return Err(OpError::invalid("creator_id", "error-field-required"));
    }
    db::projects::set_owner(&mut tx, project, to).await?;
    audit(
        &mut tx,
        actor,
        member_capacity(actor),
        "project.hand_over",
        Target::Project(project),
        json!({ "from": record.owner_creator_id, "to": to }),
    )
    .await?;
    commit(tx).await
}
