//! Projects, their team members and images.

use anyhow::Context as _;
use chrono::{DateTime, Utc};
use sqlx::PgConnection;
use uuid::Uuid;

use super::parse_stored;
use crate::domain::project::{CheckedFields, ImageStatus, ProjectFields, ProjectStatus};
use crate::domain::publication::Moderation;

/// A project as its team sees it.
#[derive(Debug, Clone)]
pub struct ProjectRecord {
    pub id: Uuid,
    pub event_id: Uuid,
    pub owner_creator_id: Uuid,
    pub fields: ProjectFields,
    pub status: ProjectStatus,
    pub submitted_at: Option<DateTime<Utc>>,
    pub join_code: String,
    pub updated_at: DateTime<Utc>,
    pub moderation: Moderation,
    pub moderation_reason: Option<String>,
    /// The revision the public sees.
    pub approved_revision_id: Option<Uuid>,
}

/// A team member.
#[derive(Debug, Clone)]
pub struct MemberRecord {
    pub creator_id: Uuid,
    pub display_name: String,
    /// The member's own account (teenagers).
    pub user_id: Option<Uuid>,
    /// The adult who manages the member's profile (children).
    pub managed_by: Option<Uuid>,
}

/// One row of a creator's dashboard.
#[derive(Debug, Clone)]
pub struct ProjectSummary {
    pub id: Uuid,
    pub event_id: Uuid,
    pub title: String,
    pub status: ProjectStatus,
    pub members: Vec<String>,
    pub images: i64,
    pub updated_at: DateTime<Utc>,
}

/// An image of a project.
#[derive(Debug, Clone)]
pub struct ImageRecord {
    pub id: Uuid,
    pub project_id: Uuid,
    pub position: i16,
    pub alt_text: String,
    pub shows_person: bool,
    pub status: ImageStatus,
    pub original_key: Option<String>,
    pub width: Option<i32>,
    pub height: Option<i32>,
    pub reject_reason: Option<String>,
}

struct ImageRow {
    id: Uuid,
    project_id: Uuid,
    position: i16,
    alt_text: String,
    shows_person: bool,
    status: String,
    original_key: Option<String>,
    width: Option<i32>,
    height: Option<i32>,
    reject_reason: Option<String>,
}

impl TryFrom<ImageRow> for ImageRecord {
    type Error = anyhow::Error;

    fn try_from(r: ImageRow) -> anyhow::Result<Self> {
        Ok(ImageRecord {
            id: r.id,
            project_id: r.project_id,
            position: r.position,
            alt_text: r.alt_text,
            shows_person: r.shows_person,
            status: parse_stored("image status", &r.status, ImageStatus::parse)?,
            original_key: r.original_key,
            width: r.width,
            height: r.height,
            reject_reason: r.reject_reason,
        })
    }
}

/// Whether an error is PostgreSQL's unique-violation (23505).
fn is_unique_violation(e: &sqlx::Error) -> bool {
    e.as_database_error()
        .and_then(|d| d.code())
        .is_some_and(|c| c == "23505")
}

/// Creates an empty draft owned by `creator` in one statement, so the project and its
/// first member appear together or not at all. `None` when the creator already has a
/// project in this event (the database's unique constraint decides, also under races).
pub async fn create_draft(
    conn: &mut PgConnection,
    event_id: Uuid,
    creator: Uuid,
    join_code: &str,
) -> anyhow::Result<Option<Uuid>> {
    let result = sqlx::query_scalar!(
        r#"WITH p AS (
               INSERT INTO projects (event_id, owner_creator_id, join_code)
               VALUES ($1, $2, $3) RETURNING id, event_id)
           INSERT INTO project_members (project_id, event_id, creator_id)
           SELECT id, event_id, $2 FROM p
           RETURNING project_id"#,
        event_id,
        creator,
        join_code,
    )
    .fetch_one(&mut *conn)
    .await;
    match result {
        Ok(id) => Ok(Some(id)),
        Err(e) if is_unique_violation(&e) => Ok(None),
        Err(e) => Err(e).context("creating a draft"),
    }
}

struct ProjectRow {
    id: Uuid,
    event_id: Uuid,
    owner_creator_id: Uuid,
    title: String,
    short_description: String,
    category: Option<String>,
    language: Option<String>,
    project_url: Option<String>,
    video_url: Option<String>,
    why_made: String,
    difficulties: String,
    next_steps: String,
    sdgs: Vec<i16>,
    community: String,
    status: String,
    submitted_at: Option<DateTime<Utc>>,
    join_code: String,
    updated_at: DateTime<Utc>,
    moderation: String,
    moderation_reason: Option<String>,
    approved_revision_id: Option<Uuid>,
}

impl TryFrom<ProjectRow> for ProjectRecord {
    type Error = anyhow::Error;

    fn try_from(r: ProjectRow) -> anyhow::Result<Self> {
        Ok(ProjectRecord {
            id: r.id,
            event_id: r.event_id,
            owner_creator_id: r.owner_creator_id,
            fields: ProjectFields {
                title: r.title,
                short_description: r.short_description,
                category: r.category.unwrap_or_default(),
                language: r.language.unwrap_or_default(),
                project_url: r.project_url.unwrap_or_default(),
                video_url: r.video_url.unwrap_or_default(),
                why_made: r.why_made,
                difficulties: r.difficulties,
                next_steps: r.next_steps,
                sdgs: r.sdgs.into_iter().map(i64::from).collect(),
                community: r.community,
            },
            status: parse_stored("project status", &r.status, ProjectStatus::parse)?,
            submitted_at: r.submitted_at,
            join_code: r.join_code,
            updated_at: r.updated_at,
            moderation: parse_stored("moderation state", &r.moderation, Moderation::parse)?,
            moderation_reason: r.moderation_reason,
            approved_revision_id: r.approved_revision_id,
        })
    }
}

/// One project.
pub async fn get(conn: &mut PgConnection, id: Uuid) -> anyhow::Result<Option<ProjectRecord>> {
    let row = sqlx::query_as!(
        ProjectRow,
        r#"SELECT p.id, p.event_id, p.owner_creator_id, p.title, p.short_description,
                  c.slug AS "category?", p.language, p.project_url, p.video_url, p.why_made,
                  p.difficulties, p.next_steps, p.sdgs, p.community, p.status::text AS "status!",
                  p.submitted_at, p.join_code, p.updated_at, p.moderation::text AS "moderation!",
                  p.moderation_reason, p.approved_revision_id
           FROM projects p LEFT JOIN categories c ON c.id = p.category_id
           WHERE p.id = $1"#,
        id
    )
    .fetch_optional(&mut *conn)
    .await
    .context("loading a project")?;
    row.map(ProjectRecord::try_from).transpose()
}

/// Locks a project's row for the rest of the transaction (team changes, submission).
pub async fn lock(conn: &mut PgConnection, id: Uuid) -> anyhow::Result<()> {
    sqlx::query!("SELECT id FROM projects WHERE id = $1 FOR UPDATE", id)
        .fetch_optional(&mut *conn)
        .await
        .context("locking a project")?;
    Ok(())
}

/// The project with this join code.
pub async fn by_join_code(conn: &mut PgConnection, code: &str) -> anyhow::Result<Option<Uuid>> {
    let id = sqlx::query_scalar!("SELECT id FROM projects WHERE join_code = $1", code)
        .fetch_optional(&mut *conn)
        .await
        .context("finding a join code")?;
    Ok(id)
}

/// Stores checked fields (draft or submission).
pub async fn update_fields(
    conn: &mut PgConnection,
    id: Uuid,
    f: &CheckedFields,
) -> anyhow::Result<()> {
    let sdgs: Vec<i16> = f.sdgs.iter().map(|s| i16::from(s.number())).collect();
    sqlx::query!(
        r#"UPDATE projects SET
               title = $2, short_description = $3,
               category_id = (SELECT c.id FROM categories c WHERE c.event_id = projects.event_id AND c.slug = $4),
               language = $5, project_url = $6, video_url = $7, why_made = $8, difficulties = $9,
               next_steps = $10, sdgs = $11, community = $12, updated_at = now()
           WHERE id = $1"#,
        id,
        f.title,
        f.short_description,
        f.category,
        f.language,
        f.project_url.as_ref().map(|l| l.as_str()),
        f.video_url.as_ref().map(|l| l.as_str()),
        f.why_made,
        f.difficulties,
        f.next_steps,
        &sdgs,
        f.community,
    )
    .execute(&mut *conn)
    .await
    .context("saving a project")?;
    Ok(())
}

/// Sets the status (and the time it was first submitted or withdrawn).
pub async fn set_status(
    conn: &mut PgConnection,
    id: Uuid,
    status: ProjectStatus,
) -> anyhow::Result<()> {
    sqlx::query!(
        r#"UPDATE projects SET status = $2::text::project_status, updated_at = now(),
               submitted_at = CASE WHEN $2 = 'submitted' THEN COALESCE(submitted_at, now()) ELSE submitted_at END,
               withdrawn_at = CASE WHEN $2 = 'withdrawn' THEN now() ELSE NULL END
           WHERE id = $1"#,
        id,
        status.as_str()
    )
    .execute(&mut *conn)
    .await
    .context("changing a project's status")?;
    Ok(())
}

/// Hands the project over to another member.
pub async fn set_owner(conn: &mut PgConnection, id: Uuid, creator: Uuid) -> anyhow::Result<()> {
    sqlx::query!(
        "UPDATE projects SET owner_creator_id = $2, updated_at = now() WHERE id = $1",
        id,
        creator
    )
    .execute(&mut *conn)
    .await
    .context("changing the owner")?;
    Ok(())
}

/// The team, in joining order.
pub async fn members(conn: &mut PgConnection, project: Uuid) -> anyhow::Result<Vec<MemberRecord>> {
    let rows = sqlx::query_as!(
        MemberRecord,
        r#"SELECT c.id AS creator_id, c.display_name, c.user_id, c.managed_by
           FROM project_members m JOIN creators c ON c.id = m.creator_id
           WHERE m.project_id = $1 ORDER BY m.joined_at, c.id"#,
        project
    )
    .fetch_all(&mut *conn)
    .await
    .context("loading the team")?;
    Ok(rows)
}

/// Outcome of adding a teammate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AddMember {
    Added,
    AlreadyInAProject,
}

/// Adds a creator to a project (the caller holds the project's lock and checked the
/// team size).
pub async fn add_member(
    conn: &mut PgConnection,
    project: Uuid,
    event: Uuid,
    creator: Uuid,
) -> anyhow::Result<AddMember> {
    let inserted = sqlx::query!(
        r#"INSERT INTO project_members (project_id, event_id, creator_id) VALUES ($1, $2, $3)
           ON CONFLICT DO NOTHING"#,
        project,
        event,
        creator
    )
    .execute(&mut *conn)
    .await
    .context("adding a teammate")?;
    Ok(if inserted.rows_affected() == 1 {
        AddMember::Added
    } else {
        AddMember::AlreadyInAProject
    })
}

/// Whether `user` acts for a member of the project (their own profile, or a child
/// profile they manage).
pub async fn user_is_member(
    conn: &mut PgConnection,
    user: Uuid,
    project: Uuid,
) -> anyhow::Result<bool> {
    let found = sqlx::query_scalar!(
        r#"SELECT EXISTS (
               SELECT 1 FROM project_members m JOIN creators c ON c.id = m.creator_id
               WHERE m.project_id = $1 AND (c.user_id = $2 OR c.managed_by = $2)) AS "found!""#,
        project,
        user
    )
    .fetch_one(&mut *conn)
    .await
    .context("checking membership")?;
    Ok(found)
}

/// The creator profiles a user acts for: their own and the children they manage.
pub async fn creators_of(
    conn: &mut PgConnection,
    user: Uuid,
) -> anyhow::Result<Vec<(Uuid, String)>> {
    let rows = sqlx::query!(
        r#"SELECT id, display_name FROM creators WHERE user_id = $1 OR managed_by = $1
           ORDER BY (user_id IS NULL), created_at, id"#,
        user
    )
    .fetch_all(&mut *conn)
    .await
    .context("loading a user's creator profiles")?;
    Ok(rows.into_iter().map(|r| (r.id, r.display_name)).collect())
}

/// Every project the user's creator profiles are in, newest first.
pub async fn for_user(conn: &mut PgConnection, user: Uuid) -> anyhow::Result<Vec<ProjectSummary>> {
    let rows = sqlx::query!(
        r#"SELECT p.id, p.event_id, p.title, p.status::text AS "status!", p.updated_at,
                  (SELECT array_agg(c2.display_name ORDER BY m2.joined_at)
                     FROM project_members m2 JOIN creators c2 ON c2.id = m2.creator_id
                     WHERE m2.project_id = p.id) AS "members!: Vec<String>",
                  (SELECT count(*) FROM project_images i WHERE i.project_id = p.id) AS "images!"
           FROM projects p
           WHERE EXISTS (SELECT 1 FROM project_members m JOIN creators c ON c.id = m.creator_id
                         WHERE m.project_id = p.id AND (c.user_id = $1 OR c.managed_by = $1))
           ORDER BY p.created_at DESC, p.id"#,
        user
    )
    .fetch_all(&mut *conn)
    .await
    .context("loading a user's projects")?;
    rows.into_iter()
        .map(|r| {
            Ok(ProjectSummary {
                id: r.id,
                event_id: r.event_id,
                title: r.title,
                status: parse_stored("project status", &r.status, ProjectStatus::parse)?,
                members: r.members,
                images: r.images,
                updated_at: r.updated_at,
            })
        })
        .collect()
}

/// The creators who already have a project in an event.
pub async fn creators_in_event(conn: &mut PgConnection, event: Uuid) -> anyhow::Result<Vec<Uuid>> {
    let ids = sqlx::query_scalar!(
        "SELECT creator_id FROM project_members WHERE event_id = $1",
        event
    )
    .fetch_all(&mut *conn)
    .await
    .context("loading an event's creators")?;
    Ok(ids)
}

/// Adds an image row (processing) with a chosen id at the next position.
pub async fn insert_image_with_id(
    conn: &mut PgConnection,
    id: Uuid,
    project: Uuid,
    original_key: &str,
    alt_text: &str,
    shows_person: bool,
) -> anyhow::Result<Uuid> {
    let id = sqlx::query_scalar!(
        r#"INSERT INTO project_images (id, project_id, position, original_key, alt_text, shows_person)
           VALUES ($1, $2, (SELECT COALESCE(max(position), -1) + 1 FROM project_images WHERE project_id = $2), $3, $4, $5)
           RETURNING id"#,
        id,
        project,
        original_key,
        alt_text,
        shows_person
    )
    .fetch_one(&mut *conn)
    .await
    .context("adding an image")?;
    Ok(id)
}

/// A project's images in order.
pub async fn images(conn: &mut PgConnection, project: Uuid) -> anyhow::Result<Vec<ImageRecord>> {
    let rows = sqlx::query_as!(
        ImageRow,
        r#"SELECT id, project_id, position, alt_text, shows_person, status::text AS "status!",
                  original_key, width, height, reject_reason
           FROM project_images WHERE project_id = $1 ORDER BY position, id"#,
        project
    )
    .fetch_all(&mut *conn)
    .await
    .context("loading images")?;
    rows.into_iter().map(ImageRecord::try_from).collect()
}

/// One image.
pub async fn image(conn: &mut PgConnection, id: Uuid) -> anyhow::Result<Option<ImageRecord>> {
    let row = sqlx::query_as!(
        ImageRow,
        r#"SELECT id, project_id, position, alt_text, shows_person, status::text AS "status!",
                  original_key, width, height, reject_reason
           FROM project_images WHERE id = $1"#,
        id
    )
    .fetch_optional(&mut *conn)
    .await
    .context("loading an image")?;
    row.map(ImageRecord::try_from).transpose()
}

/// Marks an image processed: derivatives exist, the original is gone.
pub async fn image_ready(
    conn: &mut PgConnection,
    id: Uuid,
    width: i32,
    height: i32,
) -> anyhow::Result<()> {
    sqlx::query!(
        "UPDATE project_images SET status = 'ready', width = $2, height = $3, original_key = NULL WHERE id = $1",
        id,
        width,
        height
    )
    .execute(&mut *conn)
    .await
    .context("marking an image ready")?;
    Ok(())
}

/// Marks an image rejected by processing, with the Fluent key of the reason.
pub async fn image_rejected(conn: &mut PgConnection, id: Uuid, reason: &str) -> anyhow::Result<()> {
    sqlx::query!(
        "UPDATE project_images SET status = 'rejected', reject_reason = $2, original_key = NULL WHERE id = $1",
        id,
        reason
    )
    .execute(&mut *conn)
    .await
    .context("rejecting an image")?;
    Ok(())
}

/// Removes an image row.
pub async fn delete_image(conn: &mut PgConnection, id: Uuid) -> anyhow::Result<()> {
    sqlx::query!("DELETE FROM project_images WHERE id = $1", id)
        .execute(&mut *conn)
        .await
        .context("deleting an image")?;
    Ok(())
}

/// Records a moderator's decision on a revision.
pub async fn record_decision(
    conn: &mut PgConnection,
    project: Uuid,
    revision: Uuid,
    moderator: Option<Uuid>,
    decision: Moderation,
    reason: Option<&str>,
) -> anyhow::Result<()> {
    sqlx::query!(
        r#"INSERT INTO moderation_decisions (project_id, revision_id, moderator_id, decision, reason)
           VALUES ($1, $2, $3, $4::text::moderation_state, $5)"#,
        project,
        revision,
        moderator,
        decision.as_str(),
        reason
    )
    .execute(&mut *conn)
    .await
    .context("recording a decision")?;
    Ok(())
}

/// Sets a project's moderation state (and the reason the team sees).
pub async fn set_moderation(
    conn: &mut PgConnection,
    project: Uuid,
    state: Moderation,
    reason: Option<&str>,
) -> anyhow::Result<()> {
    sqlx::query!(
        "UPDATE projects SET moderation = $2::text::moderation_state, moderation_reason = $3, updated_at = now() WHERE id = $1",
        project,
        state.as_str(),
        reason
    )
    .execute(&mut *conn)
    .await
    .context("setting the moderation state")?;
    Ok(())
}

/// Makes a revision the project's public version.
pub async fn set_public_revision(
    conn: &mut PgConnection,
    project: Uuid,
    revision: Uuid,
) -> anyhow::Result<()> {
    sqlx::query!(
        "UPDATE projects SET approved_revision_id = $2 WHERE id = $1",
        project,
        revision
    )
    .execute(&mut *conn)
    .await
    .context("publishing a revision")?;
    Ok(())
}

/// Where to send news about a project: the accounts acting for its members (teenagers'
/// own accounts and the adults managing child profiles), with their languages.
pub async fn member_accounts(
    conn: &mut PgConnection,
    project: Uuid,
) -> anyhow::Result<Vec<(Uuid, String, String, String)>> {
    let rows = sqlx::query!(
        r#"SELECT DISTINCT u.id, u.email, u.display_name, u.locale
           FROM project_members m JOIN creators c ON c.id = m.creator_id
           JOIN users u ON u.id = COALESCE(c.user_id, c.managed_by)
           WHERE m.project_id = $1"#,
        project
    )
    .fetch_all(&mut *conn)
    .await
    .context("loading the team's accounts")?;
    Ok(rows
        .into_iter()
        .map(|r| (r.id, r.email, r.display_name, r.locale))
        .collect())
}
