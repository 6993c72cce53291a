//! The organizers' statistics of one event: counts only (no row about a person leaves
//! here). "Taking part" means a submitted project (not a draft, not withdrawn), and its
//! members.

use anyhow::Context as _;
use chrono::NaiveDate;
use sqlx::PgConnection;
use uuid::Uuid;

use crate::domain::stats::{Funnel, Judging, Participation};

/// Creators, projects and countries taking part, and the creators by gender (as they
/// described themselves; `None`: not asked or not answered) and by age on the
/// reference date.
pub async fn participation(conn: &mut PgConnection, event: Uuid) -> anyhow::Result<Participation> {
    let totals = sqlx::query!(
        r#"SELECT count(DISTINCT c.id) AS "creators!",
                  count(DISTINCT p.id) AS "projects!",
                  count(DISTINCT c.country) AS "countries!"
           FROM projects p
           JOIN project_members m ON m.project_id = p.id
           JOIN creators c ON c.id = m.creator_id
           WHERE p.event_id = $1 AND p.status = 'submitted'"#,
        event
    )
    .fetch_one(&mut *conn)
    .await
    .context("counting who takes part")?;
    let gender = sqlx::query!(
        r#"SELECT c.gender, count(DISTINCT c.id) AS "creators!"
           FROM projects p
           JOIN project_members m ON m.project_id = p.id
           JOIN creators c ON c.id = m.creator_id
           WHERE p.event_id = $1 AND p.status = 'submitted'
           GROUP BY c.gender"#,
        event
    )
    .fetch_all(&mut *conn)
    .await
    .context("counting creators by gender")?;
    let ages = sqlx::query!(
        r#"SELECT (extract(year FROM e.reference_date)::int - c.birth_year
                   - CASE WHEN extract(month FROM e.reference_date)::int < c.birth_month THEN 1 ELSE 0 END) AS "age!",
                  count(DISTINCT c.id) AS "creators!"
           FROM projects p
           JOIN events e ON e.id = p.event_id
           JOIN project_members m ON m.project_id = p.id
           JOIN creators c ON c.id = m.creator_id
           WHERE p.event_id = $1 AND p.status = 'submitted'
           GROUP BY 1"#,
        event
    )
    .fetch_all(&mut *conn)
    .await
    .context("counting creators by age")?;
    let countries = sqlx::query!(
        r#"SELECT c.country::text AS "country!", count(DISTINCT c.id) AS "creators!"
           FROM projects p
           JOIN project_members m ON m.project_id = p.id
           JOIN creators c ON c.id = m.creator_id
           WHERE p.event_id = $1 AND p.status = 'submitted'
           GROUP BY c.country ORDER BY 2 DESC, 1"#,
        event
    )
    .fetch_all(&mut *conn)
    .await
    .context("counting creators by country")?;
    Ok(Participation {
        creators: totals.creators,
        projects: totals.projects,
        countries: totals.countries,
        gender: gender.into_iter().map(|r| (r.gender, r.creators)).collect(),
        ages: ages.into_iter().map(|r| (r.age, r.creators)).collect(),
        per_country: countries
            .into_iter()
            .map(|r| (r.country, r.creators))
            .collect(),
    })
}

/// Submitted projects per category, every category of the event in its order (with
/// zeros), and per project language.
pub async fn projects_by(
    conn: &mut PgConnection,
    event: Uuid,
) -> anyhow::Result<(Vec<(String, i64)>, Vec<(String, i64)>)> {
    let categories = sqlx::query!(
        r#"SELECT c.slug, count(p.id) AS "projects!"
           FROM categories c
           LEFT JOIN projects p ON p.category_id = c.id AND p.status = 'submitted'
           WHERE c.event_id = $1
           GROUP BY c.id ORDER BY c.position"#,
        event
    )
    .fetch_all(&mut *conn)
    .await
    .context("counting projects per category")?;
    let languages = sqlx::query!(
        r#"SELECT coalesce(p.language, '') AS "language!", count(*) AS "projects!"
           FROM projects p WHERE p.event_id = $1 AND p.status = 'submitted'
           GROUP BY 1 ORDER BY 2 DESC, 1"#,
        event
    )
    .fetch_all(&mut *conn)
    .await
    .context("counting projects per language")?;
    Ok((
        categories
            .into_iter()
            .map(|r| (r.slug, r.projects))
            .collect(),
        languages
            .into_iter()
            .map(|r| (r.language, r.projects))
            .collect(),
    ))
}

/// Submissions per day in the event's timezone (first submission of each project).
pub async fn submissions_per_day(
    conn: &mut PgConnection,
    event: Uuid,
    timezone: &str,
) -> anyhow::Result<Vec<(NaiveDate, i64)>> {
    let rows = sqlx::query!(
        r#"SELECT (p.submitted_at AT TIME ZONE $2)::date AS "day!", count(*) AS "projects!"
           FROM projects p
           WHERE p.event_id = $1 AND p.submitted_at IS NOT NULL AND p.status <> 'draft'
           GROUP BY 1 ORDER BY 1"#,
        event,
        timezone
    )
    .fetch_all(&mut *conn)
    .await
    .context("counting submissions per day")?;
    Ok(rows.into_iter().map(|r| (r.day, r.projects)).collect())
}

/// Where the event's projects are on the way from draft to the gallery.
pub async fn funnel(conn: &mut PgConnection, event: Uuid) -> anyhow::Result<Funnel> {
    let r = sqlx::query!(
        r#"WITH waiting AS (
               SELECT DISTINCT m.project_id
               FROM project_members m
               JOIN projects p ON p.id = m.project_id
               JOIN events e ON e.id = p.event_id
               JOIN creators c ON c.id = m.creator_id
               WHERE p.event_id = $1 AND p.status = 'submitted'
                 AND needs_consent(c.birth_year, c.birth_month, e.reference_date, e.consent_age)
                 AND NOT EXISTS (SELECT 1 FROM current_consents cc
                                 WHERE cc.creator_id = c.id AND cc.scope = 'publish'
                                   AND cc.granted AND cc.withdrawn_at IS NULL)
           )
           SELECT count(*) FILTER (WHERE p.status = 'draft') AS "drafts!",
                  count(*) FILTER (WHERE p.status = 'submitted') AS "submitted!",
                  count(*) FILTER (WHERE p.status = 'submitted' AND p.id IN (SELECT project_id FROM waiting)) AS "awaiting_consent!",
                  count(*) FILTER (WHERE p.status = 'submitted' AND p.moderation = 'pending') AS "awaiting_moderation!",
                  count(*) FILTER (WHERE p.status = 'submitted' AND p.moderation = 'changes_requested') AS "changes_requested!",
                  count(*) FILTER (WHERE p.status = 'submitted' AND p.moderation = 'rejected') AS "rejected!",
                  count(*) FILTER (WHERE p.status = 'submitted' AND p.moderation = 'approved') AS "approved!",
                  (SELECT count(*) FROM public_projects pp WHERE pp.event_id = $1) AS "published!",
                  count(*) FILTER (WHERE p.status = 'withdrawn') AS "withdrawn!"
           FROM projects p WHERE p.event_id = $1"#,
        event
    )
    .fetch_one(&mut *conn)
    .await
    .context("counting the way to the gallery")?;
    Ok(Funnel {
        drafts: r.drafts,
        submitted: r.submitted,
        awaiting_consent: r.awaiting_consent,
        awaiting_moderation: r.awaiting_moderation,
        changes_requested: r.changes_requested,
        rejected: r.rejected,
        approved: r.approved,
        published: r.published,
        withdrawn: r.withdrawn,
    })
}

/// How far the volunteer judges are.
pub async fn judging(conn: &mut PgConnection, event: Uuid) -> anyhow::Result<Judging> {
    let r = sqlx::query!(
        r#"SELECT (SELECT count(*) FROM event_judges j WHERE j.event_id = $1 AND j.active
                     AND 'volunteer' = ANY (j.kinds::text[])) AS "volunteers!",
                  (SELECT count(*) FROM assignments a WHERE a.event_id = $1) AS "assignments!",
                  (SELECT count(*) FROM scores s WHERE s.event_id = $1) AS "scores!",
                  (SELECT count(*) FROM public_projects pp WHERE pp.event_id = $1) AS "published!",
                  (SELECT count(*) FROM (SELECT s.project_id FROM scores s WHERE s.event_id = $1
                                         GROUP BY s.project_id HAVING count(*) >= 2) x) AS "fully_scored!""#,
        event
    )
    .fetch_one(&mut *conn)
    .await
    .context("counting the judging")?;
    Ok(Judging {
        volunteers: r.volunteers,
        assignments: r.assignments,
        scores: r.scores,
        published: r.published,
        scored_twice: r.fully_scored,
    })
}
