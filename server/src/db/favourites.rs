//! VIP judges' categories and ordered picks (the `favourites` table), the event's award
//! kinds, award candidates, the award panel's scores and the decided awards.

use anyhow::Context as _;
use sqlx::PgConnection;
use uuid::Uuid;

/// The categories a VIP judge picks in: (category id, slug), in the event's order.
pub async fn vip_categories(
    conn: &mut PgConnection,
    event: Uuid,
    judge: Uuid,
) -> anyhow::Result<Vec<(Uuid, String)>> {
    let rows = sqlx::query!(
        r#"SELECT c.id, c.slug FROM vip_categories v JOIN categories c ON c.id = v.category_id
           WHERE v.event_id = $1 AND v.judge_id = $2 ORDER BY c.position"#,
        event,
        judge
    )
    .fetch_all(&mut *conn)
    .await
    .context("loading a VIP judge's categories")?;
    Ok(rows.into_iter().map(|r| (r.id, r.slug)).collect())
}

/// Every VIP judge's categories in the event: (judge, category slug).
pub async fn all_vip_categories(
    conn: &mut PgConnection,
    event: Uuid,
) -> anyhow::Result<Vec<(Uuid, String)>> {
    let rows = sqlx::query!(
        r#"SELECT v.judge_id, c.slug FROM vip_categories v JOIN categories c ON c.id = v.category_id
           WHERE v.event_id = $1 ORDER BY v.judge_id, c.position"#,
        event
    )
    .fetch_all(&mut *conn)
    .await
    .context("loading VIP categories")?;
    Ok(rows.into_iter().map(|r| (r.judge_id, r.slug)).collect())
}

/// Sets a VIP judge's categories (by slug; unknown slugs are ignored); returns the slugs
/// set.
pub async fn set_vip_categories(
    conn: &mut PgConnection,
    event: Uuid,
    judge: Uuid,
    slugs: &[String],
) -> anyhow::Result<Vec<String>> {
    sqlx::query!(
        "DELETE FROM vip_categories WHERE event_id = $1 AND judge_id = $2",
        event,
        judge
    )
    .execute(&mut *conn)
    .await
    .context("clearing VIP categories")?;
    let set = sqlx::query_scalar!(
        r#"INSERT INTO vip_categories (event_id, judge_id, category_id)
           SELECT $1, $2, c.id FROM categories c WHERE c.event_id = $1 AND c.slug = ANY ($3)
           RETURNING (SELECT slug FROM categories WHERE id = category_id) AS "slug!""#,
        event,
        judge,
        slugs
    )
    .fetch_all(&mut *conn)
    .await
    .context("setting VIP categories")?;
    Ok(set)
}

/// A VIP judge's picks in order: (position, project, quote).
pub async fn picks(
    conn: &mut PgConnection,
    event: Uuid,
    judge: Uuid,
) -> anyhow::Result<Vec<(i16, Uuid, String)>> {
    let rows = sqlx::query!(
        r#"SELECT position, project_id, quote FROM favourites
           WHERE event_id = $1 AND judge_id = $2 ORDER BY position, created_at"#,
        event,
        judge
    )
    .fetch_all(&mut *conn)
    .await
    .context("loading picks")?;
    Ok(rows
        .into_iter()
        .map(|r| (r.position, r.project_id, r.quote))
        .collect())
}

/// Every pick of the event: (judge, position, project, quote), by judge and position.
pub async fn all_picks(
    conn: &mut PgConnection,
    event: Uuid,
) -> anyhow::Result<Vec<(Uuid, i16, Uuid, String)>> {
    let rows = sqlx::query!(
        r#"SELECT judge_id, position, project_id, quote FROM favourites
           WHERE event_id = $1 ORDER BY judge_id, position"#,
        event
    )
    .fetch_all(&mut *conn)
    .await
    .context("loading picks")?;
    Ok(rows
        .into_iter()
        .map(|r| (r.judge_id, r.position, r.project_id, r.quote))
        .collect())
}

/// Replaces a VIP judge's picks; returns the projects that had a pick before.
pub async fn replace_picks(
    conn: &mut PgConnection,
    event: Uuid,
    judge: Uuid,
    picks: &[(Uuid, String)],
) -> anyhow::Result<Vec<Uuid>> {
    let before = sqlx::query_scalar!(
        "DELETE FROM favourites WHERE event_id = $1 AND judge_id = $2 RETURNING project_id",
        event,
        judge
    )
    .fetch_all(&mut *conn)
    .await
    .context("clearing picks")?;
    for (i, (project, quote)) in picks.iter().enumerate() {
        sqlx::query!(
            r#"INSERT INTO favourites (event_id, project_id, judge_id, quote, position)
               VALUES ($1, $2, $3, $4, $5)"#,
            event,
            project,
            judge,
            quote,
            i16::try_from(i + 1).context("too many picks")?,
        )
        .execute(&mut *conn)
        .await
        .context("recording a pick")?;
    }
    Ok(before)
}

/// A published project a VIP or the award panel may look at.
#[derive(Debug, Clone)]
pub struct Candidate {
    pub project_id: Uuid,
    pub title: String,
    pub category: String,
    pub sdgs: Vec<i64>,
    pub community: String,
}

/// The event's published projects in these categories (all categories when `None`),
/// optionally matching `search` in their title, by title.
pub async fn published_in(
    conn: &mut PgConnection,
    event: Uuid,
    categories: Option<&[String]>,
    search: &str,
) -> anyhow::Result<Vec<Candidate>> {
    let pattern = format!("%{}%", search.trim().replace(['%', '_', '\\'], ""));
    let rows = sqlx::query!(
        r#"SELECT p.project_id, d.doc->>'title' AS "title!", p.category,
                  coalesce(ARRAY(SELECT jsonb_array_elements_text(d.doc->'sdgs')::bigint), '{}') AS "sdgs!",
                  coalesce(d.doc->>'community', '') AS "community!"
           FROM public_projects p JOIN public_documents d ON d.project_id = p.project_id
           WHERE p.event_id = $1 AND ($2::text[] IS NULL OR p.category = ANY ($2))
             AND (d.doc->>'title') ILIKE $3
           ORDER BY lower(d.doc->>'title'), p.project_id LIMIT 500"#,
        event,
        categories as Option<&[String]>,
        pattern
    )
    .fetch_all(&mut *conn)
    .await
    .context("listing published projects")?;
    Ok(rows
        .into_iter()
        .map(|r| Candidate {
            project_id: r.project_id,
            title: r.title,
            category: r.category,
            sdgs: r.sdgs,
            community: r.community,
        })
        .collect())
}

/// The award candidates: published projects that name the goals they serve and how they
/// help their community.
pub async fn award_candidates(
    conn: &mut PgConnection,
    event: Uuid,
) -> anyhow::Result<Vec<Candidate>> {
    let all = published_in(conn, event, None, "").await?;
    Ok(all
        .into_iter()
        .filter(|c| !c.sdgs.is_empty() && !c.community.trim().is_empty())
        .collect())
}

/// The award kinds the event gives.
pub async fn award_kinds(conn: &mut PgConnection, event: Uuid) -> anyhow::Result<Vec<String>> {
    let kinds = sqlx::query_scalar!(
        "SELECT kind FROM award_kinds WHERE event_id = $1 ORDER BY kind",
        event
    )
    .fetch_all(&mut *conn)
    .await
    .context("loading award kinds")?;
    Ok(kinds)
}

/// Adds an award kind to an event (nothing when it has it).
pub async fn add_award_kind(
    conn: &mut PgConnection,
    event: Uuid,
    kind: &str,
) -> anyhow::Result<()> {
    sqlx::query!(
        "INSERT INTO award_kinds (event_id, kind) VALUES ($1, $2) ON CONFLICT DO NOTHING",
        event,
        kind
    )
    .execute(&mut *conn)
    .await
    .context("adding an award kind")?;
    Ok(())
}

/// One panel member's marks: (impact, sdg, technical, creativity) and comment.
pub type AwardMarks = ([i16; 4], String);

/// Every panel score of an award: (member, project, marks).
pub async fn award_scores(
    conn: &mut PgConnection,
    event: Uuid,
    kind: &str,
) -> anyhow::Result<Vec<(Uuid, Uuid, AwardMarks)>> {
    let rows = sqlx::query!(
        r#"SELECT judge_id, project_id, impact, sdg, technical, creativity, comment
           FROM award_scores WHERE event_id = $1 AND kind = $2 ORDER BY judge_id, project_id"#,
        event,
        kind
    )
    .fetch_all(&mut *conn)
    .await
    .context("loading award scores")?;
    Ok(rows
        .into_iter()
        .map(|r| {
            (
                r.judge_id,
                r.project_id,
                ([r.impact, r.sdg, r.technical, r.creativity], r.comment),
            )
        })
        .collect())
}

/// Saves a panel member's marks for a candidate; returns the marks it replaces.
pub async fn save_award_score(
    conn: &mut PgConnection,
    event: Uuid,
    kind: &str,
    project: Uuid,
    member: Uuid,
    marks: [i16; 4],
    comment: &str,
) -> anyhow::Result<Option<[i16; 4]>> {
    let before = sqlx::query!(
        r#"SELECT impact, sdg, technical, creativity FROM award_scores
           WHERE kind = $1 AND project_id = $2 AND judge_id = $3 FOR UPDATE"#,
        kind,
        project,
        member
    )
    .fetch_optional(&mut *conn)
    .await
    .context("loading an award score")?
    .map(|r| [r.impact, r.sdg, r.technical, r.creativity]);
    let [impact, sdg, technical, creativity] = marks;
    sqlx::query!(
        r#"INSERT INTO award_scores (event_id, kind, project_id, judge_id, impact, sdg, technical,
                                     creativity, comment)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
           ON CONFLICT (kind, project_id, judge_id) DO UPDATE
           SET impact = EXCLUDED.impact, sdg = EXCLUDED.sdg, technical = EXCLUDED.technical,
               creativity = EXCLUDED.creativity, comment = EXCLUDED.comment, updated_at = now()"#,
        event,
        kind,
        project,
        member,
        impact,
        sdg,
        technical,
        creativity,
        comment
    )
    .execute(&mut *conn)
    .await
    .context("saving an award score")?;
    Ok(before)
}

/// The project that holds an award of the event, if decided.
pub async fn award_holder(
    conn: &mut PgConnection,
    event: Uuid,
    kind: &str,
) -> anyhow::Result<Option<(Uuid, String)>> {
    let row = sqlx::query!(
        "SELECT project_id, citation FROM awards WHERE event_id = $1 AND kind = $2",
        event,
        kind
    )
    .fetch_optional(&mut *conn)
    .await
    .context("loading an award")?;
    Ok(row.map(|r| (r.project_id, r.citation)))
}

/// Gives an award to a project (replacing an earlier decision); returns the project that
/// held it before.
pub async fn set_award(
    conn: &mut PgConnection,
    event: Uuid,
    kind: &str,
    project: Uuid,
    citation: &str,
    decided_by: Uuid,
    reason: &str,
) -> anyhow::Result<Option<Uuid>> {
    let before = sqlx::query_scalar!(
        "DELETE FROM awards WHERE event_id = $1 AND kind = $2 RETURNING project_id",
        event,
        kind
    )
    .fetch_optional(&mut *conn)
    .await
    .context("replacing an award")?;
    sqlx::query!(
        r#"INSERT INTO awards (event_id, project_id, kind, citation, decided_by, decision_reason)
           VALUES ($1, $2, $3, $4, $5, $6)"#,
        event,
        project,
        kind,
        citation,
        decided_by,
        reason
    )
    .execute(&mut *conn)
    .await
    .context("recording an award")?;
    Ok(before)
}
