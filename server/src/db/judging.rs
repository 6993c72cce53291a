//! Judging: who judges an event (and in which capacities), judge profiles and conflicts,
//! the event's judging settings, assignment batches, the judges' scores and the shortlist
//! adjustments.

use anyhow::Context as _;
use chrono::{DateTime, Utc};
use sqlx::PgConnection;
use uuid::Uuid;

use crate::domain::judge::{ConflictTarget, JudgeKind, JudgeKinds, JudgeProfile, JudgingSettings};

fn kinds(stored: &[String]) -> anyhow::Result<JudgeKinds> {
    let parsed = stored
        .iter()
        .map(|k| super::parse_stored("judge kind", k, |v| JudgeKind::parse(v).ok()))
        .collect::<anyhow::Result<Vec<_>>>()?;
    JudgeKinds::new(parsed).map_err(|e| anyhow::anyhow!("stored judge kinds: {e}"))
}

fn kind_names(kinds: &JudgeKinds) -> Vec<String> {
    kinds
        .as_slice()
        .iter()
        .map(|k| k.as_str().to_owned())
        .collect()
}

fn to_u32(n: i16) -> u32 {
    u32::try_from(n).unwrap_or(0)
}

fn to_i16(n: u32) -> anyhow::Result<i16> {
    i16::try_from(n).context("number out of range")
}

/// The numbers an event's judging runs with.
pub async fn settings(conn: &mut PgConnection, event: Uuid) -> anyhow::Result<JudgingSettings> {
    let row = sqlx::query!(
        r#"SELECT judges_per_project, judge_cap, shortlist_size, favourites_per_vip
           FROM events WHERE id = $1"#,
        event
    )
    .fetch_optional(&mut *conn)
    .await
    .context("loading judging settings")?;
    Ok(
        row.map_or_else(JudgingSettings::default, |r| JudgingSettings {
            judges_per_project: to_u32(r.judges_per_project),
            judge_cap: to_u32(r.judge_cap),
            shortlist_size: to_u32(r.shortlist_size),
            favourites_per_vip: to_u32(r.favourites_per_vip),
        }),
    )
}

/// Saves an event's assignment numbers (judges per project and the cap); the shortlist
/// size and favourites per VIP judge are saved with the event's settings.
pub async fn save_settings(
    conn: &mut PgConnection,
    event: Uuid,
    s: &JudgingSettings,
) -> anyhow::Result<()> {
    sqlx::query!(
        r#"UPDATE events SET judges_per_project = $2, judge_cap = $3, updated_at = now()
           WHERE id = $1"#,
        event,
        to_i16(s.judges_per_project)?,
        to_i16(s.judge_cap)?,
    )
    .execute(&mut *conn)
    .await
    .context("saving judging settings")?;
    Ok(())
}

/// A judge of one event.
#[derive(Debug, Clone)]
pub struct EventJudge {
    pub user_id: Uuid,
    pub kinds: JudgeKinds,
    pub cap: Option<u32>,
    pub active: bool,
}

struct JudgeRow {
    user_id: Uuid,
    kinds: Vec<String>,
    cap: Option<i16>,
    active: bool,
}

impl TryFrom<JudgeRow> for EventJudge {
    type Error = anyhow::Error;
    fn try_from(r: JudgeRow) -> anyhow::Result<Self> {
        Ok(EventJudge {
            user_id: r.user_id,
            kinds: kinds(&r.kinds)?,
            cap: r.cap.map(to_u32),
            active: r.active,
        })
    }
}

/// Makes the account a judge of the event in these capacities (adding to any it has).
pub async fn add_judge(
    conn: &mut PgConnection,
    event: Uuid,
    user: Uuid,
    kinds: &JudgeKinds,
) -> anyhow::Result<()> {
    sqlx::query!(
        r#"INSERT INTO event_judges (event_id, user_id, kinds)
           VALUES ($1, $2, $3::text[]::judge_kind[])
           ON CONFLICT (event_id, user_id) DO UPDATE
           SET kinds = ARRAY(SELECT DISTINCT unnest(event_judges.kinds || EXCLUDED.kinds) ORDER BY 1),
               active = true"#,
        event,
        user,
        &kind_names(kinds),
    )
    .execute(&mut *conn)
    .await
    .context("adding a judge")?;
    Ok(())
}

/// Sets a judge's capacities, cap and whether they still judge.
pub async fn update_judge(
    conn: &mut PgConnection,
    event: Uuid,
    user: Uuid,
    kinds: &JudgeKinds,
    cap: Option<u32>,
    active: bool,
) -> anyhow::Result<bool> {
    let cap = cap.map(to_i16).transpose()?;
    let done = sqlx::query!(
        r#"UPDATE event_judges SET kinds = $3::text[]::judge_kind[], cap = $4, active = $5
           WHERE event_id = $1 AND user_id = $2"#,
        event,
        user,
        &kind_names(kinds),
        cap,
        active,
    )
    .execute(&mut *conn)
    .await
    .context("updating a judge")?;
    Ok(done.rows_affected() == 1)
}

/// One judge of the event, locked for the rest of the transaction.
pub async fn lock_judge(
    conn: &mut PgConnection,
    event: Uuid,
    user: Uuid,
) -> anyhow::Result<Option<EventJudge>> {
    let row = sqlx::query_as!(
        JudgeRow,
        r#"SELECT user_id, kinds::text[] AS "kinds!", cap, active FROM event_judges
           WHERE event_id = $1 AND user_id = $2 FOR UPDATE"#,
        event,
        user
    )
    .fetch_optional(&mut *conn)
    .await
    .context("loading a judge")?;
    row.map(EventJudge::try_from).transpose()
}

/// One judge of the event.
pub async fn judge(
    conn: &mut PgConnection,
    event: Uuid,
    user: Uuid,
) -> anyhow::Result<Option<EventJudge>> {
    let row = sqlx::query_as!(
        JudgeRow,
        r#"SELECT user_id, kinds::text[] AS "kinds!", cap, active FROM event_judges
           WHERE event_id = $1 AND user_id = $2"#,
        event,
        user
    )
    .fetch_optional(&mut *conn)
    .await
    .context("loading a judge")?;
    row.map(EventJudge::try_from).transpose()
}

/// A judge as organizers see them in the console.
#[derive(Debug, Clone)]
pub struct RosterEntry {
    pub judge: EventJudge,
    pub display_name: String,
    pub email: String,
    pub title: String,
    pub languages: Vec<String>,
    pub conflicts: i64,
    pub assigned: i64,
    pub scored: i64,
}

/// Every judge of the event, by name.
pub async fn roster(conn: &mut PgConnection, event: Uuid) -> anyhow::Result<Vec<RosterEntry>> {
    let rows = sqlx::query!(
        r#"SELECT j.user_id, j.kinds::text[] AS "kinds!", j.cap, j.active, u.display_name, u.email,
                  coalesce(p.title, '') AS "title!", coalesce(p.languages, '{}') AS "languages!",
                  (SELECT count(*) FROM judge_conflicts c WHERE c.judge_id = j.user_id) AS "conflicts!",
                  (SELECT count(*) FROM assignments a
                    WHERE a.judge_id = j.user_id AND a.event_id = j.event_id) AS "assigned!",
                  (SELECT count(*) FROM scores s
                    WHERE s.judge_id = j.user_id AND s.event_id = j.event_id) AS "scored!"
           FROM event_judges j JOIN users u ON u.id = j.user_id
           LEFT JOIN judge_profiles p ON p.user_id = j.user_id
           WHERE j.event_id = $1
           ORDER BY lower(u.display_name), u.id"#,
        event
    )
    .fetch_all(&mut *conn)
    .await
    .context("listing judges")?;
    rows.into_iter()
        .map(|r| {
            Ok(RosterEntry {
                judge: EventJudge {
                    user_id: r.user_id,
                    kinds: kinds(&r.kinds)?,
                    cap: r.cap.map(to_u32),
                    active: r.active,
                },
                display_name: r.display_name,
                email: r.email,
                title: r.title,
                languages: r.languages,
                conflicts: r.conflicts,
                assigned: r.assigned,
                scored: r.scored,
            })
        })
        .collect()
}

/// A judge's profile as stored.
#[derive(Debug, Clone, Default)]
pub struct ProfileRecord {
    pub title: String,
    pub bio: String,
    pub languages: Vec<String>,
    pub photo_id: Option<Uuid>,
    pub pending_photo_id: Option<Uuid>,
    pub photo_problem: Option<String>,
}

/// A judge's profile; the default (empty) one when they have not filled it in.
pub async fn profile(conn: &mut PgConnection, user: Uuid) -> anyhow::Result<ProfileRecord> {
    let row = sqlx::query!(
        r#"SELECT title, bio, languages, photo_id, pending_photo_id, photo_problem
           FROM judge_profiles WHERE user_id = $1"#,
        user
    )
    .fetch_optional(&mut *conn)
    .await
    .context("loading a judge profile")?;
    Ok(row.map_or_else(ProfileRecord::default, |r| ProfileRecord {
        title: r.title,
        bio: r.bio,
        languages: r.languages,
        photo_id: r.photo_id,
        pending_photo_id: r.pending_photo_id,
        photo_problem: r.photo_problem,
    }))
}

/// Saves a judge's profile text and languages.
pub async fn save_profile(
    conn: &mut PgConnection,
    user: Uuid,
    profile: &JudgeProfile,
) -> anyhow::Result<()> {
    let languages: Vec<String> = profile.languages.iter().map(|l| l.to_string()).collect();
    sqlx::query!(
        r#"INSERT INTO judge_profiles (user_id, title, bio, languages) VALUES ($1, $2, $3, $4)
           ON CONFLICT (user_id) DO UPDATE
           SET title = EXCLUDED.title, bio = EXCLUDED.bio, languages = EXCLUDED.languages,
               updated_at = now()"#,
        user,
        profile.title,
        profile.bio,
        &languages,
    )
    .execute(&mut *conn)
    .await
    .context("saving a judge profile")?;
    Ok(())
}

/// Records an uploaded photo waiting for processing; returns the one it replaces, if any
/// was still waiting.
pub async fn set_pending_photo(
    conn: &mut PgConnection,
    user: Uuid,
    photo: Uuid,
) -> anyhow::Result<Option<Uuid>> {
    let before = sqlx::query_scalar!(
        "SELECT pending_photo_id FROM judge_profiles WHERE user_id = $1 FOR UPDATE",
        user
    )
    .fetch_optional(&mut *conn)
    .await
    .context("loading a pending photo")?
    .flatten();
    sqlx::query!(
        r#"INSERT INTO judge_profiles (user_id, pending_photo_id) VALUES ($1, $2)
           ON CONFLICT (user_id) DO UPDATE
           SET pending_photo_id = EXCLUDED.pending_photo_id, photo_problem = NULL, updated_at = now()"#,
        user,
        photo
    )
    .execute(&mut *conn)
    .await
    .context("recording a photo")?;
    Ok(before)
}

/// The judge whose pending photo this is.
pub async fn pending_photo_owner(
    conn: &mut PgConnection,
    photo: Uuid,
) -> anyhow::Result<Option<Uuid>> {
    let user = sqlx::query_scalar!(
        "SELECT user_id FROM judge_profiles WHERE pending_photo_id = $1",
        photo
    )
    .fetch_optional(&mut *conn)
    .await
    .context("finding a photo")?;
    Ok(user)
}

/// A processed photo becomes the judge's photo; returns the one it replaces.
pub async fn photo_ready(
    conn: &mut PgConnection,
    user: Uuid,
    photo: Uuid,
) -> anyhow::Result<Option<Uuid>> {
    let before = sqlx::query_scalar!(
        r#"UPDATE judge_profiles p SET photo_id = $2, pending_photo_id = NULL, updated_at = now()
           FROM (SELECT photo_id FROM judge_profiles WHERE user_id = $1 FOR UPDATE) old
           WHERE p.user_id = $1 AND p.pending_photo_id = $2
           RETURNING old.photo_id"#,
        user,
        photo
    )
    .fetch_optional(&mut *conn)
    .await
    .context("recording a processed photo")?
    .flatten();
    Ok(before)
}

/// A photo that could not be processed: the reason (a Fluent key) is shown to the judge.
pub async fn photo_rejected(
    conn: &mut PgConnection,
    user: Uuid,
    photo: Uuid,
    reason: &str,
) -> anyhow::Result<()> {
    sqlx::query!(
        r#"UPDATE judge_profiles SET pending_photo_id = NULL, photo_problem = $3, updated_at = now()
           WHERE user_id = $1 AND pending_photo_id = $2"#,
        user,
        photo,
        reason
    )
    .execute(&mut *conn)
    .await
    .context("recording a rejected photo")?;
    Ok(())
}

/// Whether this image is a judge's current photo (photos are public: they appear on the
/// livestream).
pub async fn is_judge_photo(conn: &mut PgConnection, photo: Uuid) -> anyhow::Result<bool> {
    let found = sqlx::query_scalar!(
        r#"SELECT EXISTS (SELECT 1 FROM judge_profiles WHERE photo_id = $1) AS "found!""#,
        photo
    )
    .fetch_one(&mut *conn)
    .await
    .context("looking up a judge photo")?;
    Ok(found)
}

/// A conflict as the judge and organizers see it.
#[derive(Debug, Clone)]
pub struct ConflictRecord {
    pub id: Uuid,
    pub kind: String,
    pub project_id: Option<Uuid>,
    /// The project's title, or the creator's display name.
    pub label: String,
    pub email: Option<String>,
    pub note: String,
    /// Whether organizers added it (judges cannot remove those).
    pub by_organizer: bool,
    pub created_at: DateTime<Utc>,
}

/// A judge's declared conflicts, newest first.
pub async fn conflicts(
    conn: &mut PgConnection,
    judge: Uuid,
) -> anyhow::Result<Vec<ConflictRecord>> {
    let rows = sqlx::query!(
        r#"SELECT c.id, c.kind::text AS "kind!", c.project_id, c.email, c.note, c.created_at,
                  coalesce(p.title, cr.display_name, '') AS "label!",
                  (c.declared_by IS DISTINCT FROM c.judge_id) AS "by_organizer!"
           FROM judge_conflicts c
           LEFT JOIN projects p ON p.id = c.project_id
           LEFT JOIN creators cr ON cr.id = c.creator_id
           WHERE c.judge_id = $1 ORDER BY c.created_at DESC, c.id"#,
        judge
    )
    .fetch_all(&mut *conn)
    .await
    .context("listing conflicts")?;
    Ok(rows
        .into_iter()
        .map(|r| ConflictRecord {
            id: r.id,
            kind: r.kind,
            project_id: r.project_id,
            label: r.label,
            email: r.email,
            note: r.note,
            by_organizer: r.by_organizer,
            created_at: r.created_at,
        })
        .collect())
}

/// Whether the project exists (a project conflict must name one).
pub async fn project_exists(conn: &mut PgConnection, project: Uuid) -> anyhow::Result<bool> {
    let found = sqlx::query_scalar!(
        r#"SELECT EXISTS (SELECT 1 FROM projects WHERE id = $1) AS "found!""#,
        project
    )
    .fetch_one(&mut *conn)
    .await
    .context("looking up a project")?;
    Ok(found)
}

/// Records a conflict (nothing when the same one exists); returns its id when new.
pub async fn add_conflict(
    conn: &mut PgConnection,
    judge: Uuid,
    target: &ConflictTarget,
    note: &str,
    declared_by: Uuid,
) -> anyhow::Result<Option<Uuid>> {
    let (project, creator, email) = match target {
        // A team is recorded as its creators (operations::judging::add_conflict).
        ConflictTarget::Project(id) | ConflictTarget::Team(id) => (Some(*id), None, None),
        ConflictTarget::Creator(id) => (None, Some(*id), None),
        ConflictTarget::Account(email) => (None, None, Some(email.as_str())),
    };
    let id = sqlx::query_scalar!(
        r#"INSERT INTO judge_conflicts (judge_id, kind, project_id, creator_id, email, note, declared_by)
           VALUES ($1, $2::text::conflict_kind, $3, $4, $5, $6, $7)
           ON CONFLICT DO NOTHING RETURNING id"#,
        judge,
        target.kind(),
        project,
        creator,
        email,
        note,
        declared_by,
    )
    .fetch_optional(&mut *conn)
    .await
    .context("adding a conflict")?;
    Ok(id)
}

/// Removes one of a judge's conflicts; `judge_may` limits it to the ones the judge
/// declared themselves.
pub async fn remove_conflict(
    conn: &mut PgConnection,
    judge: Uuid,
    conflict: Uuid,
    only_own: bool,
) -> anyhow::Result<bool> {
    let done = sqlx::query!(
        r#"DELETE FROM judge_conflicts WHERE id = $1 AND judge_id = $2
           AND (NOT $3 OR declared_by = judge_id)"#,
        conflict,
        judge,
        only_own
    )
    .execute(&mut *conn)
    .await
    .context("removing a conflict")?;
    Ok(done.rows_affected() == 1)
}

/// Takes conflicted projects away from the judge (a conflict found after assignment):
/// their assignments go, scores included. Returns the projects.
pub async fn drop_conflicted(conn: &mut PgConnection, judge: Uuid) -> anyhow::Result<Vec<Uuid>> {
    let projects = sqlx::query_scalar!(
        r#"DELETE FROM assignments a USING judge_conflict_pairs c
           WHERE a.judge_id = $1 AND c.judge_id = a.judge_id AND c.project_id = a.project_id
           RETURNING a.project_id"#,
        judge
    )
    .fetch_all(&mut *conn)
    .await
    .context("dropping conflicted assignments")?;
    Ok(projects)
}

/// Whether the judge has a conflict with the project.
pub async fn is_conflicted(
    conn: &mut PgConnection,
    judge: Uuid,
    project: Uuid,
) -> anyhow::Result<bool> {
    let found = sqlx::query_scalar!(
        r#"SELECT judge_conflicted($1, $2) AS "found!""#,
        judge,
        project
    )
    .fetch_one(&mut *conn)
    .await
    .context("checking a conflict")?;
    Ok(found)
}

/// What an assignment run starts from: the event's published projects, its active
/// volunteer judges, the conflicts between them and the assignments they already have.
#[derive(Debug, Clone, Default)]
pub struct AssignmentState {
    /// (project, language).
    pub projects: Vec<(Uuid, String)>,
    /// (judge, languages read, cap override).
    pub judges: Vec<(Uuid, Vec<String>, Option<u32>)>,
    pub conflicts: Vec<(Uuid, Uuid)>,
    /// (project, judge) of every current assignment, of any judge.
    pub existing: Vec<(Uuid, Uuid)>,
}

/// Loads what an assignment run needs, in a stable order.
pub async fn assignment_state(
    conn: &mut PgConnection,
    event: Uuid,
) -> anyhow::Result<AssignmentState> {
    let projects = sqlx::query!(
        r#"SELECT project_id, language FROM public_projects WHERE event_id = $1
           ORDER BY published_at, project_id"#,
        event
    )
    .fetch_all(&mut *conn)
    .await
    .context("loading projects to assign")?
    .into_iter()
    .map(|r| (r.project_id, r.language))
    .collect();
    let judges = sqlx::query!(
        r#"SELECT j.user_id, coalesce(p.languages, '{}') AS "languages!", j.cap
           FROM event_judges j LEFT JOIN judge_profiles p ON p.user_id = j.user_id
           WHERE j.event_id = $1 AND j.active AND 'volunteer' = ANY (j.kinds)
           ORDER BY j.created_at, j.user_id"#,
        event
    )
    .fetch_all(&mut *conn)
    .await
    .context("loading judges to assign")?
    .into_iter()
    .map(|r| (r.user_id, r.languages, r.cap.map(to_u32)))
    .collect();
    let conflicts = sqlx::query!(
        r#"SELECT c.judge_id AS "judge_id!", c.project_id AS "project_id!"
           FROM judge_conflict_pairs c
           JOIN event_judges j ON j.user_id = c.judge_id AND j.event_id = $1
           JOIN public_projects p ON p.project_id = c.project_id AND p.event_id = $1"#,
        event
    )
    .fetch_all(&mut *conn)
    .await
    .context("loading conflicts")?
    .into_iter()
    .map(|r| (r.project_id, r.judge_id))
    .collect();
    let existing = sqlx::query!(
        "SELECT project_id, judge_id FROM assignments WHERE event_id = $1",
        event
    )
    .fetch_all(&mut *conn)
    .await
    .context("loading assignments")?
    .into_iter()
    .map(|r| (r.project_id, r.judge_id))
    .collect();
    Ok(AssignmentState {
        projects,
        judges,
        conflicts,
        existing,
    })
}

/// Locks the event's assignments against a concurrent run (one run at a time per event).
pub async fn lock_assignments(conn: &mut PgConnection, event: Uuid) -> anyhow::Result<()> {
    sqlx::query!(
        "SELECT pg_advisory_xact_lock(hashtextextended('assignments:' || $1::text, 0))",
        event.to_string()
    )
    .execute(&mut *conn)
    .await
    .context("locking assignments")?;
    Ok(())
}

/// Records an applied run and its assignments.
pub async fn insert_batch(
    conn: &mut PgConnection,
    event: Uuid,
    by: Option<Uuid>,
    summary: &serde_json::Value,
    pairs: &[(Uuid, Uuid)],
) -> anyhow::Result<Uuid> {
    let id = sqlx::query_scalar!(
        r#"INSERT INTO assignment_batches (event_id, created_by, summary) VALUES ($1, $2, $3)
           RETURNING id"#,
        event,
        by,
        summary
    )
    .fetch_one(&mut *conn)
    .await
    .context("recording an assignment batch")?;
    let (projects, judges): (Vec<Uuid>, Vec<Uuid>) = pairs.iter().copied().unzip();
    sqlx::query!(
        r#"INSERT INTO assignments (event_id, batch_id, project_id, judge_id)
           SELECT $1, $2, p, j FROM unnest($3::uuid[], $4::uuid[]) AS t (p, j)"#,
        event,
        id,
        &projects,
        &judges,
    )
    .execute(&mut *conn)
    .await
    .context("recording assignments")?;
    Ok(id)
}

/// An assignment run as the console lists it.
#[derive(Debug, Clone)]
pub struct BatchRecord {
    pub id: Uuid,
    pub created_at: DateTime<Utc>,
    pub created_by: Option<String>,
    pub summary: serde_json::Value,
    pub undone_at: Option<DateTime<Utc>>,
    /// Assignments of the run that are still there, and how many have a score.
    pub assignments: i64,
    pub scored: i64,
}

/// The event's runs, newest first.
pub async fn batches(conn: &mut PgConnection, event: Uuid) -> anyhow::Result<Vec<BatchRecord>> {
    let rows = sqlx::query!(
        r#"SELECT b.id, b.created_at, u.display_name AS "created_by?", b.summary, b.undone_at,
                  (SELECT count(*) FROM assignments a WHERE a.batch_id = b.id) AS "assignments!",
                  (SELECT count(*) FROM assignments a JOIN scores s ON s.assignment_id = a.id
                    WHERE a.batch_id = b.id) AS "scored!"
           FROM assignment_batches b LEFT JOIN users u ON u.id = b.created_by
           WHERE b.event_id = $1 ORDER BY b.created_at DESC, b.id LIMIT 100"#,
        event
    )
    .fetch_all(&mut *conn)
    .await
    .context("listing assignment batches")?;
    Ok(rows
        .into_iter()
        .map(|r| BatchRecord {
            id: r.id,
            created_at: r.created_at,
            created_by: r.created_by,
            summary: r.summary,
            undone_at: r.undone_at,
            assignments: r.assignments,
            scored: r.scored,
        })
        .collect())
}

/// A run, locked: (event, undone, its assignments, how many are scored).
pub async fn lock_batch(
    conn: &mut PgConnection,
    batch: Uuid,
) -> anyhow::Result<Option<(Uuid, bool, i64, i64)>> {
    let row = sqlx::query!(
        r#"SELECT event_id, undone_at IS NOT NULL AS "undone!",
                  (SELECT count(*) FROM assignments a WHERE a.batch_id = b.id) AS "assignments!",
                  (SELECT count(*) FROM assignments a JOIN scores s ON s.assignment_id = a.id
                    WHERE a.batch_id = b.id) AS "scored!"
           FROM assignment_batches b WHERE id = $1 FOR UPDATE"#,
        batch
    )
    .fetch_optional(&mut *conn)
    .await
    .context("loading an assignment batch")?;
    Ok(row.map(|r| (r.event_id, r.undone, r.assignments, r.scored)))
}

/// Undoes a run: its assignments go.
pub async fn undo_batch(conn: &mut PgConnection, batch: Uuid, by: Uuid) -> anyhow::Result<u64> {
    let removed = sqlx::query!("DELETE FROM assignments WHERE batch_id = $1", batch)
        .execute(&mut *conn)
        .await
        .context("removing a batch's assignments")?
        .rows_affected();
    sqlx::query!(
        "UPDATE assignment_batches SET undone_at = now(), undone_by = $2 WHERE id = $1",
        batch,
        by
    )
    .execute(&mut *conn)
    .await
    .context("marking a batch undone")?;
    Ok(removed)
}

/// Takes a judge's unscored projects away (they dropped out); returns the projects.
pub async fn release_unscored(
    conn: &mut PgConnection,
    event: Uuid,
    judge: Uuid,
) -> anyhow::Result<Vec<Uuid>> {
    let projects = sqlx::query_scalar!(
        r#"DELETE FROM assignments a WHERE a.event_id = $1 AND a.judge_id = $2
           AND NOT EXISTS (SELECT 1 FROM scores s WHERE s.assignment_id = a.id)
           RETURNING a.project_id"#,
        event,
        judge
    )
    .fetch_all(&mut *conn)
    .await
    .context("releasing assignments")?;
    Ok(projects)
}

/// Judges (with their locale) who were given projects by this batch, and how many.
pub async fn batch_judges(
    conn: &mut PgConnection,
    batch: Uuid,
) -> anyhow::Result<Vec<(Uuid, i64)>> {
    let rows = sqlx::query!(
        r#"SELECT judge_id, count(*) AS "n!" FROM assignments WHERE batch_id = $1
           GROUP BY judge_id ORDER BY judge_id"#,
        batch
    )
    .fetch_all(&mut *conn)
    .await
    .context("listing a batch's judges")?;
    Ok(rows.into_iter().map(|r| (r.judge_id, r.n)).collect())
}

/// A judge's progress in the event: (scored, assigned), conflicted projects not counted.
pub async fn progress(
    conn: &mut PgConnection,
    event: Uuid,
    judge: Uuid,
) -> anyhow::Result<(i64, i64)> {
    let row = sqlx::query!(
        r#"SELECT count(s.assignment_id) AS "done!", count(*) AS "total!"
           FROM assignments a
           JOIN public_projects p ON p.project_id = a.project_id
           LEFT JOIN scores s ON s.assignment_id = a.id AND s.judge_id = $2
           WHERE a.event_id = $1 AND a.judge_id = $2
             AND a.project_id <> ALL ((SELECT judge_conflict_set($2))::uuid[])"#,
        event,
        judge
    )
    .fetch_one(&mut *conn)
    .await
    .context("loading a judge's progress")?;
    Ok((row.done, row.total))
}

/// One of a judge's projects in their list.
#[derive(Debug, Clone)]
pub struct AssignedProject {
    pub assignment_id: Uuid,
    pub project_id: Uuid,
    pub title: String,
    pub category: String,
    pub scored: bool,
    pub skipped: bool,
    pub total: Option<i32>,
}

/// A judge's projects in the order the panel offers them: unscored first (skipped ones
/// last among those), then the scored ones. Only published, unconflicted projects.
pub async fn assigned(
    conn: &mut PgConnection,
    event: Uuid,
    judge: Uuid,
) -> anyhow::Result<Vec<AssignedProject>> {
    let rows = sqlx::query!(
        r#"SELECT a.id, a.project_id, d.doc->>'title' AS "title!", p.category,
                  s.assignment_id IS NOT NULL AS "scored!", a.skipped_at IS NOT NULL AS "skipped!",
                  (s.coolness + s.complexity + s.presentation + s.design)::int AS total
           FROM assignments a
           JOIN public_projects p ON p.project_id = a.project_id
           JOIN public_documents d ON d.project_id = a.project_id
           LEFT JOIN scores s ON s.assignment_id = a.id AND s.judge_id = $2
           WHERE a.event_id = $1 AND a.judge_id = $2
             AND a.project_id <> ALL ((SELECT judge_conflict_set($2))::uuid[])
           ORDER BY (s.assignment_id IS NOT NULL), a.skipped_at NULLS FIRST, a.created_at, a.id"#,
        event,
        judge
    )
    .fetch_all(&mut *conn)
    .await
    .context("listing a judge's projects")?;
    Ok(rows
        .into_iter()
        .map(|r| AssignedProject {
            assignment_id: r.id,
            project_id: r.project_id,
            title: r.title,
            category: r.category,
            scored: r.scored,
            skipped: r.skipped,
            total: r.total,
        })
        .collect())
}

/// The next project the judge should score in the current event (unscored, skipped ones
/// last), if any: one query, the current event chosen as `db::events::current` does.
pub async fn next_unscored(conn: &mut PgConnection, judge: Uuid) -> anyhow::Result<Option<Uuid>> {
    let next = sqlx::query_scalar!(
        r#"SELECT a.project_id FROM assignments a
           JOIN public_projects p ON p.project_id = a.project_id
           WHERE a.event_id = (SELECT id FROM current_event) AND a.judge_id = $1
             AND NOT EXISTS (SELECT 1 FROM scores s WHERE s.assignment_id = a.id AND s.judge_id = $1)
             AND a.project_id <> ALL ((SELECT judge_conflict_set($1))::uuid[])
           ORDER BY a.skipped_at NULLS FIRST, a.created_at, a.id
           LIMIT 1"#,
        judge
    )
    .fetch_optional(&mut *conn)
    .await
    .context("finding the next project to score")?;
    Ok(next)
}

/// What the scoring page shows, read in one round trip: the judge's assignment of the
/// project (published, unconflicted) with its score, the project as the public sees it,
/// the event's phase and the judge's progress in that event.
#[derive(Debug, Clone)]
pub struct ScoreView {
    pub assignment: AssignmentRecord,
    pub doc: crate::domain::gallery::PublicProject,
    pub phase: crate::domain::Phase,
    pub done: i64,
    pub total: i64,
}

pub async fn score_view(
    conn: &mut PgConnection,
    judge: Uuid,
    project: Uuid,
) -> anyhow::Result<Option<ScoreView>> {
    let row = sqlx::query!(
        r#"WITH conflicted AS (SELECT judge_conflict_set($1) AS ids)
           SELECT a.id, a.event_id, a.project_id, a.skipped_at IS NOT NULL AS "skipped!",
                  s.coolness AS "coolness?", s.complexity AS "complexity?",
                  s.presentation AS "presentation?", s.design AS "design?", s.comment AS "comment?",
                  d.doc, e.phase::text AS "phase!", progress.done AS "done!", progress.total AS "total!"
           FROM assignments a
           JOIN public_projects p ON p.project_id = a.project_id
           JOIN public_documents d ON d.project_id = a.project_id
           JOIN events e ON e.id = a.event_id
           LEFT JOIN scores s ON s.assignment_id = a.id AND s.judge_id = $1
           CROSS JOIN LATERAL (
               SELECT count(mine_s.assignment_id) AS done, count(*) AS total
               FROM assignments mine
               JOIN public_projects mine_p ON mine_p.project_id = mine.project_id
               LEFT JOIN scores mine_s ON mine_s.assignment_id = mine.id AND mine_s.judge_id = $1
               WHERE mine.event_id = a.event_id AND mine.judge_id = $1
                 AND mine.project_id <> ALL ((SELECT ids FROM conflicted)::uuid[])
           ) progress
           WHERE a.judge_id = $1 AND a.project_id = $2
             AND a.project_id <> ALL ((SELECT ids FROM conflicted)::uuid[])"#,
        judge,
        project
    )
    .fetch_optional(&mut *conn)
    .await
    .context("loading a project to score")?;
    row.map(|r| {
        Ok(ScoreView {
            assignment: AssignmentRecord {
                id: r.id,
                event_id: r.event_id,
                project_id: r.project_id,
                skipped: r.skipped,
                score: stored_score(
                    r.coolness,
                    r.complexity,
                    r.presentation,
                    r.design,
                    r.comment,
                ),
            },
            doc: super::public::parse_doc(r.doc)?,
            phase: crate::domain::Phase::parse(&r.phase)?,
            done: r.done,
            total: r.total,
        })
    })
    .transpose()
}

/// The marks and comment of a score, when the row has one.
fn stored_score(
    coolness: Option<i16>,
    complexity: Option<i16>,
    presentation: Option<i16>,
    design: Option<i16>,
    comment: Option<String>,
) -> Option<([i16; 4], String)> {
    match (coolness, complexity, presentation, design, comment) {
        (Some(a), Some(b), Some(c), Some(d), Some(comment)) => Some(([a, b, c, d], comment)),
        _ => None,
    }
}

/// A judge's assignment of one project, with its score if there is one.
#[derive(Debug, Clone)]
pub struct AssignmentRecord {
    pub id: Uuid,
    pub event_id: Uuid,
    pub project_id: Uuid,
    pub skipped: bool,
    /// (coolness, complexity, presentation, design, comment).
    pub score: Option<([i16; 4], String)>,
}

/// The judge's assignment of the project, when it is theirs, published and unconflicted.
pub async fn assignment(
    conn: &mut PgConnection,
    judge: Uuid,
    project: Uuid,
) -> anyhow::Result<Option<AssignmentRecord>> {
    let row = sqlx::query!(
        r#"SELECT a.id, a.event_id, a.project_id, a.skipped_at IS NOT NULL AS "skipped!",
                  s.coolness AS "coolness?", s.complexity AS "complexity?",
                  s.presentation AS "presentation?", s.design AS "design?", s.comment AS "comment?"
           FROM assignments a
           JOIN public_projects p ON p.project_id = a.project_id
           LEFT JOIN scores s ON s.assignment_id = a.id AND s.judge_id = $1
           WHERE a.judge_id = $1 AND a.project_id = $2
             AND NOT judge_conflicted(a.judge_id, a.project_id)"#,
        judge,
        project
    )
    .fetch_optional(&mut *conn)
    .await
    .context("loading an assignment")?;
    Ok(row.map(|r| AssignmentRecord {
        id: r.id,
        event_id: r.event_id,
        project_id: r.project_id,
        skipped: r.skipped,
        score: stored_score(
            r.coolness,
            r.complexity,
            r.presentation,
            r.design,
            r.comment,
        ),
    }))
}

/// Marks an assignment skipped (it comes back after the others).
pub async fn skip(conn: &mut PgConnection, assignment: Uuid) -> anyhow::Result<()> {
    sqlx::query!(
        "UPDATE assignments SET skipped_at = now() WHERE id = $1",
        assignment
    )
    .execute(&mut *conn)
    .await
    .context("skipping an assignment")?;
    Ok(())
}

/// Saves (or changes) the judge's marks for an assignment; returns whether it was new.
pub async fn save_score(
    conn: &mut PgConnection,
    a: &AssignmentRecord,
    judge: Uuid,
    marks: [i16; 4],
    comment: &str,
) -> anyhow::Result<bool> {
    let [coolness, complexity, presentation, design] = marks;
    let inserted = sqlx::query_scalar!(
        r#"INSERT INTO scores (assignment_id, event_id, project_id, judge_id, coolness, complexity,
                               presentation, design, comment)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
           ON CONFLICT (assignment_id) DO UPDATE
           SET coolness = EXCLUDED.coolness, complexity = EXCLUDED.complexity,
               presentation = EXCLUDED.presentation, design = EXCLUDED.design,
               comment = EXCLUDED.comment, updated_at = now()
           RETURNING (xmax = 0) AS "inserted!""#,
        a.id,
        a.event_id,
        a.project_id,
        judge,
        coolness,
        complexity,
        presentation,
        design,
        comment,
    )
    .fetch_one(&mut *conn)
    .await
    .context("saving a score")?;
    Ok(inserted)
}

/// Every score of the event's published projects: (judge, project, total of the marks).
pub async fn score_totals(
    conn: &mut PgConnection,
    event: Uuid,
) -> anyhow::Result<Vec<(Uuid, Uuid, f64)>> {
    let rows = sqlx::query!(
        r#"SELECT s.judge_id, s.project_id,
                  (s.coolness + s.complexity + s.presentation + s.design)::float8 AS "total!"
           FROM scores s JOIN public_projects p ON p.project_id = s.project_id
           WHERE s.event_id = $1 ORDER BY s.judge_id, s.project_id"#,
        event
    )
    .fetch_all(&mut *conn)
    .await
    .context("loading scores")?;
    Ok(rows
        .into_iter()
        .map(|r| (r.judge_id, r.project_id, r.total))
        .collect())
}

/// A published project of the event as the shortlist lists it.
#[derive(Debug, Clone)]
pub struct ShortlistProject {
    pub project_id: Uuid,
    pub title: String,
    pub category: String,
}

/// The event's published projects.
pub async fn published(
    conn: &mut PgConnection,
    event: Uuid,
) -> anyhow::Result<Vec<ShortlistProject>> {
    let rows = sqlx::query!(
        r#"SELECT p.project_id, d.doc->>'title' AS "title!", p.category
           FROM public_projects p JOIN public_documents d ON d.project_id = p.project_id
           WHERE p.event_id = $1 ORDER BY p.project_id"#,
        event
    )
    .fetch_all(&mut *conn)
    .await
    .context("loading published projects")?;
    Ok(rows
        .into_iter()
        .map(|r| ShortlistProject {
            project_id: r.project_id,
            title: r.title,
            category: r.category,
        })
        .collect())
}

/// An organizer's change to the shortlist.
#[derive(Debug, Clone)]
pub struct Adjustment {
    pub project_id: Uuid,
    pub include: bool,
    pub reason: String,
    pub decided_by: Option<String>,
    pub created_at: DateTime<Utc>,
}

/// The event's shortlist adjustments.
pub async fn adjustments(conn: &mut PgConnection, event: Uuid) -> anyhow::Result<Vec<Adjustment>> {
    let rows = sqlx::query!(
        r#"SELECT a.project_id, a.include, a.reason, u.display_name AS "decided_by?", a.created_at
           FROM shortlist_adjustments a LEFT JOIN users u ON u.id = a.decided_by
           WHERE a.event_id = $1 ORDER BY a.created_at, a.project_id"#,
        event
    )
    .fetch_all(&mut *conn)
    .await
    .context("loading shortlist adjustments")?;
    Ok(rows
        .into_iter()
        .map(|r| Adjustment {
            project_id: r.project_id,
            include: r.include,
            reason: r.reason,
            decided_by: r.decided_by,
            created_at: r.created_at,
        })
        .collect())
}

/// Sets (or with `include = None`, clears) an adjustment of one project.
pub async fn set_adjustment(
    conn: &mut PgConnection,
    event: Uuid,
    project: Uuid,
    include: Option<bool>,
    reason: &str,
    by: Uuid,
) -> anyhow::Result<()> {
    match include {
        Some(include) => {
            sqlx::query!(
                r#"INSERT INTO shortlist_adjustments (event_id, project_id, include, reason, decided_by)
                   VALUES ($1, $2, $3, $4, $5)
                   ON CONFLICT (event_id, project_id) DO UPDATE
                   SET include = EXCLUDED.include, reason = EXCLUDED.reason,
                       decided_by = EXCLUDED.decided_by, created_at = now()"#,
                event,
                project,
                include,
                reason,
                by
            )
            .execute(&mut *conn)
            .await
            .context("adjusting the shortlist")?;
        }
        None => {
            sqlx::query!(
                "DELETE FROM shortlist_adjustments WHERE event_id = $1 AND project_id = $2",
                event,
                project
            )
            .execute(&mut *conn)
            .await
            .context("clearing a shortlist adjustment")?;
        }
    }
    Ok(())
}

/// The published project's event, when it is published.
pub async fn published_event(
    conn: &mut PgConnection,
    project: Uuid,
) -> anyhow::Result<Option<Uuid>> {
    let event = sqlx::query_scalar!(
        "SELECT event_id FROM public_projects WHERE project_id = $1",
        project
    )
    .fetch_optional(&mut *conn)
    .await
    .context("loading a published project's event")?;
    Ok(event)
}
