//! Events and their categories.

use std::collections::BTreeMap;

use anyhow::Context as _;
use chrono::NaiveDate;
use sqlx::PgConnection;
use uuid::Uuid;

use crate::domain::event::{Event, EventId, NewEvent};
use crate::domain::event_settings::{
    CategoryText, CategoryUse, EventSettings, SettingsFacts, TeamSize,
};
use crate::domain::{
    CategorySlug, ConsentAge, EventSlug, LanguageTag, Phase, PhaseSchedule, Timezone,
};

/// A category as stored: custom names by locale, empty for the default categories.
#[derive(Debug, Clone)]
pub struct CategoryRecord {
    pub slug: CategorySlug,
    pub position: i16,
    pub names: BTreeMap<String, String>,
    pub descriptions: BTreeMap<String, String>,
}

struct EventRow {
    id: Uuid,
    slug: String,
    name: String,
    timezone: String,
    phase: String,
    submissions_open_at: chrono::DateTime<chrono::Utc>,
    submissions_close_at: chrono::DateTime<chrono::Utc>,
    shortlisting_at: chrono::DateTime<chrono::Utc>,
    favourites_at: chrono::DateTime<chrono::Utc>,
    announcement_at: chrono::DateTime<chrono::Utc>,
    archive_at: chrono::DateTime<chrono::Utc>,
    reference_date: NaiveDate,
    consent_age: i16,
    content_languages: Vec<String>,
    team_size_max: i16,
}

impl TryFrom<EventRow> for Event {
    type Error = anyhow::Error;

    fn try_from(row: EventRow) -> Result<Self, Self::Error> {
        Ok(Event {
            id: EventId(row.id),
            slug: EventSlug::parse(&row.slug)?,
            name: row.name,
            timezone: Timezone::parse(&row.timezone)?,
            phase: Phase::parse(&row.phase)?,
            schedule: PhaseSchedule::new([
                row.submissions_open_at,
                row.submissions_close_at,
                row.shortlisting_at,
                row.favourites_at,
                row.announcement_at,
                row.archive_at,
            ])?,
            reference_date: row.reference_date,
            consent_age: ConsentAge::parse(row.consent_age.into())?,
            content_languages: row
                .content_languages
                .iter()
                .map(|tag| LanguageTag::parse(tag))
                .collect::<Result<_, _>>()?,
            team_size: TeamSize::parse(row.team_size_max.into())
                .map_err(|e| anyhow::anyhow!("{e}"))?,
        })
    }
}

/// Inserts an event with the given categories (slug, custom names, custom descriptions).
#[tracing::instrument(skip_all, fields(slug = %event.slug))]
pub async fn insert(
    conn: &mut PgConnection,
    event: &NewEvent,
    categories: &[CategorySlug],
) -> anyhow::Result<EventId> {
    let [open, close, shortlisting, favourites, announcement, archive] = event.schedule.starts();
    let languages: Vec<String> = event
        .content_languages
        .iter()
        .map(|t| t.to_string())
        .collect();
    let id = sqlx::query_scalar!(
        r#"INSERT INTO events (slug, name, timezone, phase, submissions_open_at, submissions_close_at,
                shortlisting_at, favourites_at, announcement_at, archive_at, reference_date,
                consent_age, content_languages)
           VALUES ($1, $2, $3, $4::text::event_phase, $5, $6, $7, $8, $9, $10, $11, $12, $13)
           RETURNING id"#,
        event.slug.as_str(),
        event.name,
        event.timezone.name(),
        event.phase.as_str(),
        open,
        close,
        shortlisting,
        favourites,
        announcement,
        archive,
        event.reference_date,
        i16::from(event.consent_age.years()),
        &languages,
    )
    .fetch_one(&mut *conn)
    .await
    .context("inserting an event")?;

    for (position, slug) in categories.iter().enumerate() {
        sqlx::query!(
            "INSERT INTO categories (event_id, slug, position) VALUES ($1, $2, $3)",
            id,
            slug.as_str(),
            i16::try_from(position).context("too many categories")?,
        )
        .execute(&mut *conn)
        .await
        .context("inserting a category")?;
    }
    // Every event gives the Broadcom Coding with Commitment award.
    crate::db::favourites::add_award_kind(conn, id, "coding-with-commitment").await?;
    Ok(EventId(id))
}

/// An event, locked for the rest of the transaction (a phase move).
pub async fn lock(conn: &mut PgConnection, id: uuid::Uuid) -> anyhow::Result<Option<Event>> {
    let row = sqlx::query_as!(
        EventRow,
        r#"SELECT id, slug, name, timezone, phase::text AS "phase!", submissions_open_at,
                  submissions_close_at, shortlisting_at, favourites_at, announcement_at,
                  archive_at, reference_date, consent_age, content_languages, team_size_max
           FROM events WHERE id = $1 FOR UPDATE"#,
        id
    )
    .fetch_optional(&mut *conn)
    .await
    .context("locking an event")?;
    row.map(Event::try_from).transpose()
}

/// Sets an event's phase.
pub async fn set_phase(
    conn: &mut PgConnection,
    id: uuid::Uuid,
    phase: crate::domain::Phase,
) -> anyhow::Result<()> {
    sqlx::query!(
        "UPDATE events SET phase = $2::text::event_phase, updated_at = now() WHERE id = $1",
        id,
        phase.as_str()
    )
    .execute(&mut *conn)
    .await
    .context("changing an event's phase")?;
    Ok(())
}

/// Sets an event's phase and schedule.
pub async fn set_phase_and_schedule(
    conn: &mut PgConnection,
    id: uuid::Uuid,
    phase: crate::domain::Phase,
    schedule: &crate::domain::PhaseSchedule,
) -> anyhow::Result<()> {
    let [open, close, shortlisting, favourites, announcement, archive] = schedule.starts();
    sqlx::query!(
        r#"UPDATE events SET phase = $2::text::event_phase, submissions_open_at = $3,
               submissions_close_at = $4, shortlisting_at = $5, favourites_at = $6,
               announcement_at = $7, archive_at = $8, updated_at = now()
           WHERE id = $1"#,
        id,
        phase.as_str(),
        open,
        close,
        shortlisting,
        favourites,
        announcement,
        archive,
    )
    .execute(&mut *conn)
    .await
    .context("changing an event's phase and schedule")?;
    Ok(())
}

/// The id of the event with this slug.
pub async fn id_by_slug(
    conn: &mut PgConnection,
    slug: &EventSlug,
) -> anyhow::Result<Option<uuid::Uuid>> {
    let id = sqlx::query_scalar!("SELECT id FROM events WHERE slug = $1", slug.as_str())
        .fetch_optional(&mut *conn)
        .await
        .context("finding an event")?;
    Ok(id)
}

/// The event with this slug.
pub async fn by_slug(conn: &mut PgConnection, slug: &EventSlug) -> anyhow::Result<Option<Event>> {
    let row = sqlx::query_as!(
        EventRow,
        r#"SELECT id, slug, name, timezone, phase::text AS "phase!", submissions_open_at,
                  submissions_close_at, shortlisting_at, favourites_at, announcement_at,
                  archive_at, reference_date, consent_age, content_languages, team_size_max
           FROM events WHERE slug = $1"#,
        slug.as_str()
    )
    .fetch_optional(&mut *conn)
    .await
    .context("loading an event")?;
    row.map(Event::try_from).transpose()
}

/// Whether an event with this slug exists.
pub async fn exists(conn: &mut PgConnection, slug: &EventSlug) -> anyhow::Result<bool> {
    let found = sqlx::query_scalar!(
        r#"SELECT EXISTS (SELECT 1 FROM events WHERE slug = $1) AS "exists!""#,
        slug.as_str()
    )
    .fetch_one(&mut *conn)
    .await?;
    Ok(found)
}

/// The event the site is about right now: the most recently opened event that is not
/// archived, else the most recently archived one (the view `current_event`).
#[tracing::instrument(skip_all)]
pub async fn current(conn: &mut PgConnection) -> anyhow::Result<Option<Event>> {
    let row = sqlx::query_as!(
        EventRow,
        r#"SELECT id, slug, name, timezone, phase::text AS "phase!", submissions_open_at,
                  submissions_close_at, shortlisting_at, favourites_at, announcement_at,
                  archive_at, reference_date, consent_age, content_languages, team_size_max
           FROM events WHERE id = (SELECT id FROM current_event)"#
    )
    .fetch_optional(&mut *conn)
    .await
    .context("loading the current event")?;
    row.map(Event::try_from).transpose()
}

/// One event by id.
pub async fn by_id(conn: &mut PgConnection, id: uuid::Uuid) -> anyhow::Result<Option<Event>> {
    let row = sqlx::query_as!(
        EventRow,
        r#"SELECT id, slug, name, timezone, phase::text AS "phase!", submissions_open_at,
                  submissions_close_at, shortlisting_at, favourites_at, announcement_at,
                  archive_at, reference_date, consent_age, content_languages, team_size_max
           FROM events WHERE id = $1"#,
        id
    )
    .fetch_optional(&mut *conn)
    .await
    .context("loading an event")?;
    row.map(Event::try_from).transpose()
}

/// Every event, the most recently opened first.
pub async fn all(conn: &mut PgConnection) -> anyhow::Result<Vec<Event>> {
    let rows = sqlx::query_as!(
        EventRow,
        r#"SELECT id, slug, name, timezone, phase::text AS "phase!", submissions_open_at,
                  submissions_close_at, shortlisting_at, favourites_at, announcement_at,
                  archive_at, reference_date, consent_age, content_languages, team_size_max
           FROM events ORDER BY submissions_open_at DESC"#
    )
    .fetch_all(&mut *conn)
    .await
    .context("listing events")?;
    rows.into_iter().map(Event::try_from).collect()
}

/// An event's categories in display order.
#[tracing::instrument(skip_all)]
pub async fn categories(
    conn: &mut PgConnection,
    event: EventId,
) -> anyhow::Result<Vec<CategoryRecord>> {
    let rows = sqlx::query!(
        r#"SELECT slug, position, names, descriptions FROM categories
           WHERE event_id = $1 ORDER BY position"#,
        event.0
    )
    .fetch_all(&mut *conn)
    .await
    .context("loading categories")?;
    rows.into_iter()
        .map(|row| {
            Ok(CategoryRecord {
                slug: CategorySlug::parse(&row.slug)?,
                position: row.position,
                names: serde_json::from_value(row.names).context("category names")?,
                descriptions: serde_json::from_value(row.descriptions)
                    .context("category descriptions")?,
            })
        })
        .collect()
}

/// What the event's data says about a change of its settings (`domain::event_settings`).
#[tracing::instrument(skip_all)]
pub async fn settings_facts(conn: &mut PgConnection, event: Uuid) -> anyhow::Result<SettingsFacts> {
    let row = sqlx::query!(
        r#"SELECT
             (SELECT count(*) FROM projects
               WHERE event_id = $1 AND (status <> 'draft' OR submitted_at IS NOT NULL)) AS "submitted!",
             (SELECT coalesce(max(n), 0) FROM (SELECT count(*) AS n FROM project_members
               WHERE event_id = $1 GROUP BY project_id) t) AS "largest_team!",
             (SELECT coalesce(max(n), 0) FROM (SELECT count(*) AS n FROM favourites f
               JOIN projects p ON p.id = f.project_id
               WHERE f.event_id = $1 GROUP BY f.judge_id, p.category_id) t) AS "most_picks!""#,
        event
    )
    .fetch_one(&mut *conn)
    .await
    .context("reading what an event's settings must respect")?;
    let languages = sqlx::query!(
        r#"SELECT language AS "language!", count(*) AS "projects!" FROM projects
           WHERE event_id = $1 AND language IS NOT NULL GROUP BY language"#,
        event
    )
    .fetch_all(&mut *conn)
    .await
    .context("counting projects by language")?;
    Ok(SettingsFacts {
        submitted_projects: row.submitted,
        largest_team: row.largest_team,
        most_picks: row.most_picks,
        projects_by_language: languages
            .into_iter()
            .map(|r| (r.language, r.projects))
            .collect(),
    })
}

/// Saves what the console's settings form changes.
pub async fn save_settings(
    conn: &mut PgConnection,
    event: Uuid,
    s: &EventSettings,
) -> anyhow::Result<()> {
    let [open, close, shortlisting, favourites, announcement, archive] = s.schedule.starts();
    let languages: Vec<String> = s.content_languages.iter().map(|t| t.to_string()).collect();
    sqlx::query!(
        r#"UPDATE events SET name = $2, submissions_open_at = $3, submissions_close_at = $4,
               shortlisting_at = $5, favourites_at = $6, announcement_at = $7, archive_at = $8,
               consent_age = $9, team_size_max = $10, content_languages = $11,
               shortlist_size = $12, favourites_per_vip = $13, updated_at = now()
           WHERE id = $1"#,
        event,
        s.name,
        open,
        close,
        shortlisting,
        favourites,
        announcement,
        archive,
        i16::from(s.consent_age.years()),
        i16::try_from(s.team_size.get()).context("team size")?,
        &languages,
        i16::try_from(s.shortlist_size).context("shortlist size")?,
        i16::try_from(s.favourites_per_vip).context("favourites per VIP")?,
    )
    .execute(&mut *conn)
    .await
    .context("saving an event's settings")?;
    Ok(())
}

/// Adds a category at the end of the event's list; false when the slug is taken.
pub async fn add_category(
    conn: &mut PgConnection,
    event: Uuid,
    slug: &CategorySlug,
    text: &CategoryText,
) -> anyhow::Result<bool> {
    let added = sqlx::query!(
        r#"INSERT INTO categories (event_id, slug, position, names, descriptions)
           SELECT $1, $2, coalesce(max(position) + 1, 0), $3, $4 FROM categories WHERE event_id = $1
           ON CONFLICT (event_id, slug) DO NOTHING"#,
        event,
        slug.as_str(),
        serde_json::to_value(&text.names)?,
        serde_json::to_value(&text.descriptions)?,
    )
    .execute(&mut *conn)
    .await
    .context("adding a category")?;
    Ok(added.rows_affected() == 1)
}

/// Replaces a category's own names and descriptions.
pub async fn set_category_text(
    conn: &mut PgConnection,
    event: Uuid,
    slug: &CategorySlug,
    text: &CategoryText,
) -> anyhow::Result<bool> {
    let done = sqlx::query!(
        "UPDATE categories SET names = $3, descriptions = $4 WHERE event_id = $1 AND slug = $2",
        event,
        slug.as_str(),
        serde_json::to_value(&text.names)?,
        serde_json::to_value(&text.descriptions)?,
    )
    .execute(&mut *conn)
    .await
    .context("renaming a category")?;
    Ok(done.rows_affected() == 1)
}

/// Swaps the positions of two categories of an event.
pub async fn swap_categories(
    conn: &mut PgConnection,
    event: Uuid,
    a: &CategorySlug,
    b: &CategorySlug,
) -> anyhow::Result<()> {
    // Positions are unique, so one goes out of the way first.
    sqlx::query!(
        r#"WITH pair AS (SELECT slug, position FROM categories
                         WHERE event_id = $1 AND slug IN ($2, $3))
           UPDATE categories c SET position = -1 - c.position
           FROM pair WHERE c.event_id = $1 AND c.slug = pair.slug"#,
        event,
        a.as_str(),
        b.as_str(),
    )
    .execute(&mut *conn)
    .await
    .context("moving categories aside")?;
    sqlx::query!(
        r#"UPDATE categories c SET position = -1 - o.position
           FROM categories o
           WHERE c.event_id = $1 AND o.event_id = $1 AND c.slug IN ($2, $3)
             AND o.slug IN ($2, $3) AND o.slug <> c.slug"#,
        event,
        a.as_str(),
        b.as_str(),
    )
    .execute(&mut *conn)
    .await
    .context("swapping categories")?;
    Ok(())
}

/// What uses each category of an event (projects in any state, VIP judges picking in
/// it), by slug.
pub async fn category_uses(
    conn: &mut PgConnection,
    event: Uuid,
) -> anyhow::Result<BTreeMap<String, CategoryUse>> {
    let rows = sqlx::query!(
        r#"SELECT c.slug,
             (SELECT count(*) FROM projects p WHERE p.category_id = c.id) AS "projects!",
             (SELECT count(*) FROM vip_categories v WHERE v.category_id = c.id) AS "vip_judges!"
           FROM categories c WHERE c.event_id = $1"#,
        event,
    )
    .fetch_all(&mut *conn)
    .await
    .context("counting what uses categories")?;
    Ok(rows
        .into_iter()
        .map(|r| {
            let used = CategoryUse {
                projects: r.projects,
                vip_judges: r.vip_judges,
            };
            (r.slug, used)
        })
        .collect())
}

/// Removes a category and closes the gap in the positions.
pub async fn remove_category(
    conn: &mut PgConnection,
    event: Uuid,
    slug: &CategorySlug,
) -> anyhow::Result<()> {
    sqlx::query!(
        "DELETE FROM categories WHERE event_id = $1 AND slug = $2",
        event,
        slug.as_str()
    )
    .execute(&mut *conn)
    .await
    .context("removing a category")?;
    // Renumber 0.. in order, through negative positions so none collide.
    sqlx::query!(
        r#"UPDATE categories c SET position = -1 - r.n
           FROM (SELECT id, (row_number() OVER (ORDER BY position) - 1)::smallint AS n
                 FROM categories WHERE event_id = $1) r
           WHERE c.id = r.id"#,
        event
    )
    .execute(&mut *conn)
    .await
    .context("renumbering categories")?;
    sqlx::query!(
        "UPDATE categories SET position = -1 - position WHERE event_id = $1",
        event
    )
    .execute(&mut *conn)
    .await
    .context("renumbering categories")?;
    Ok(())
}
