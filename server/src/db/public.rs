//! The public projection: `public_projects`, one narrow row per published project (its
//! facets, sort keys and search tokens), and `public_documents`, its public document;
//! plus the favourites and awards that go into documents, and the word list used for
//! typo tolerance.

use std::collections::BTreeMap;

use anyhow::Context as _;
use chrono::{DateTime, Utc};
use sqlx::PgConnection;
use uuid::Uuid;

use crate::domain::gallery::{AgeBracket, PublicAward, PublicFavourite, PublicProject};

/// Channel notified (on commit) whenever the public projection changes.
pub const CHANNEL: &str = "gallery_changed";

/// A row of the projection, beside its document.
#[derive(Debug, Clone)]
pub struct Row<'a> {
    pub doc: &'a PublicProject,
    pub event_id: Uuid,
    /// tsvector literals (see `search::text::tsvector_literal`) of the title, and of all
    /// searchable text.
    pub title_tokens: &'a str,
    pub tokens: &'a str,
}

/// Writes a project's document and projection row; true when something changed (a new
/// document or another one). An unchanged document leaves both rows alone.
pub async fn upsert(conn: &mut PgConnection, row: &Row<'_>) -> anyhow::Result<bool> {
    let doc = serde_json::to_value(row.doc)?;
    let same = sqlx::query_scalar!(
        r#"SELECT doc = $2 AS "same!" FROM public_documents WHERE project_id = $1"#,
        row.doc.id,
        doc
    )
    .fetch_optional(&mut *conn)
    .await
    .context("comparing a public document")?
    .unwrap_or(false);
    if same {
        return Ok(false);
    }
    let countries = row.doc.countries();
    let (first_country, more_countries) = match countries.split_first() {
        Some((first, [])) => (first.clone(), None),
        Some((first, rest)) => (first.clone(), Some(rest.to_vec())),
        None => (String::new(), None),
    };
    let age_mask = AgeBracket::mask(&row.doc.age_brackets());
    let shuffle = row.doc.shuffle_keys().to_vec();
    sqlx::query!(
        r#"INSERT INTO public_projects (project_id, event_id, published_at, event_slug, category,
               language, countries, country, more_countries, age_mask, has_award, has_favourite,
               shuffle, title_tokens, tokens)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14::text::tsvector,
                   $15::text::tsvector)
           ON CONFLICT (project_id) DO UPDATE SET
               event_id = EXCLUDED.event_id, published_at = EXCLUDED.published_at,
               event_slug = EXCLUDED.event_slug, category = EXCLUDED.category,
               language = EXCLUDED.language, countries = EXCLUDED.countries,
               country = EXCLUDED.country, more_countries = EXCLUDED.more_countries,
               age_mask = EXCLUDED.age_mask, has_award = EXCLUDED.has_award,
               has_favourite = EXCLUDED.has_favourite, shuffle = EXCLUDED.shuffle,
               title_tokens = EXCLUDED.title_tokens, tokens = EXCLUDED.tokens,
               updated_at = now(), version = nextval('public_projects_version')"#,
        row.doc.id,
        row.event_id,
        row.doc.published_at,
        row.doc.event.slug,
        row.doc.category,
        row.doc.language,
        &countries,
        first_country,
        more_countries.as_deref(),
        age_mask,
        !row.doc.awards.is_empty(),
        !row.doc.favourites.is_empty(),
        &shuffle,
        row.title_tokens,
        row.tokens,
    )
    .execute(&mut *conn)
    .await
    .context("writing a public project")?;
    sqlx::query!(
        r#"INSERT INTO public_documents (project_id, doc) VALUES ($1, $2)
           ON CONFLICT (project_id) DO UPDATE SET doc = EXCLUDED.doc"#,
        row.doc.id,
        doc
    )
    .execute(&mut *conn)
    .await
    .context("writing a public document")?;
    Ok(true)
}

/// Removes a project from the projection; true when it was there.
pub async fn delete(conn: &mut PgConnection, project: Uuid) -> anyhow::Result<bool> {
    let done = sqlx::query!("DELETE FROM public_projects WHERE project_id = $1", project)
        .execute(&mut *conn)
        .await
        .context("removing a public project")?;
    Ok(done.rows_affected() > 0)
}

/// Tells every server instance (on commit) that the gallery changed.
pub async fn notify_changed(conn: &mut PgConnection) -> anyhow::Result<()> {
    // Outside `watch_changes` (a worker, the seed) there is nothing to note.
    let _ = CHANGED_HERE.try_with(|c| c.set(true));
    sqlx::query!("SELECT pg_notify($1, '')", CHANNEL)
        .execute(&mut *conn)
        .await
        .context("notifying gallery caches")?;
    Ok(())
}

tokio::task_local! {
    static CHANGED_HERE: std::cell::Cell<bool>;
}

/// Runs `f` (a request's handling) and says whether it changed the public projection,
/// so this instance can drop its caches before it answers; the others hear the NOTIFY
/// a moment later.
pub async fn watch_changes<F: std::future::Future>(f: F) -> (F::Output, bool) {
    CHANGED_HERE
        .scope(std::cell::Cell::new(false), async {
            let out = f.await;
            (out, CHANGED_HERE.with(std::cell::Cell::get))
        })
        .await
}

pub(crate) fn parse_doc(value: serde_json::Value) -> anyhow::Result<PublicProject> {
    serde_json::from_value(value).context("reading a public document")
}

/// One published project's document.
pub async fn get(conn: &mut PgConnection, project: Uuid) -> anyhow::Result<Option<PublicProject>> {
    let doc = sqlx::query_scalar!(
        "SELECT doc FROM public_documents WHERE project_id = $1",
        project
    )
    .fetch_optional(&mut *conn)
    .await
    .context("loading a public project")?;
    doc.map(parse_doc).transpose()
}

/// Documents of these projects in the given order; ids no longer published are skipped.
pub async fn docs(conn: &mut PgConnection, ids: &[Uuid]) -> anyhow::Result<Vec<PublicProject>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let rows = sqlx::query!(
        r#"SELECT p.doc AS "doc!" FROM unnest($1::uuid[]) WITH ORDINALITY AS wanted (id, pos)
           JOIN public_documents p ON p.project_id = wanted.id ORDER BY wanted.pos"#,
        ids
    )
    .fetch_all(&mut *conn)
    .await
    .context("loading public documents")?;
    rows.into_iter().map(|r| parse_doc(r.doc)).collect()
}

/// The public documents of these projects in this order, each with its row's version
/// (read together, so a document is never filed under another write's number).
pub async fn docs_with_versions(
    conn: &mut PgConnection,
    ids: &[Uuid],
) -> anyhow::Result<Vec<(PublicProject, i64)>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let rows = sqlx::query!(
        r#"SELECT d.doc AS "doc!", p.version AS "version!"
           FROM unnest($1::uuid[]) WITH ORDINALITY AS wanted (id, pos)
           JOIN public_documents d ON d.project_id = wanted.id
           JOIN public_projects p ON p.project_id = wanted.id
           ORDER BY wanted.pos"#,
        ids
    )
    .fetch_all(&mut *conn)
    .await
    .context("loading public documents")?;
    rows.into_iter()
        .map(|r| Ok((parse_doc(r.doc)?, r.version)))
        .collect()
}

/// Whether an image is in its published project's public document (so visitors may see
/// it).
pub async fn image_is_public(conn: &mut PgConnection, image: Uuid) -> anyhow::Result<bool> {
    let public = sqlx::query_scalar!(
        r#"SELECT EXISTS (
               SELECT 1 FROM project_images i
               JOIN public_documents d ON d.project_id = i.project_id
               WHERE i.id = $1
                 AND d.doc->'images' @> jsonb_build_array(jsonb_build_object('id', $1::text))
           ) AS "public!""#,
        image
    )
    .fetch_one(&mut *conn)
    .await
    .context("checking an image is public")?;
    Ok(public)
}

/// Every published project's id.
pub async fn ids(conn: &mut PgConnection) -> anyhow::Result<Vec<Uuid>> {
    let ids = sqlx::query_scalar!("SELECT project_id FROM public_projects ORDER BY project_id")
        .fetch_all(&mut *conn)
        .await
        .context("listing public projects")?;
    Ok(ids)
}

/// A page of published documents in id order, after `after` (for bulk index pushes).
pub async fn docs_after(
    conn: &mut PgConnection,
    after: Option<Uuid>,
    limit: i64,
) -> anyhow::Result<Vec<PublicProject>> {
    let rows = sqlx::query_scalar!(
        r#"SELECT doc FROM public_documents WHERE $1::uuid IS NULL OR project_id > $1
           ORDER BY project_id LIMIT $2"#,
        after,
        limit
    )
    .fetch_all(&mut *conn)
    .await
    .context("paging public documents")?;
    rows.into_iter().map(parse_doc).collect()
}

/// Projects that could be public (submitted ones), for a full refresh, in id order.
pub async fn candidate_ids(conn: &mut PgConnection) -> anyhow::Result<Vec<Uuid>> {
    let ids = sqlx::query_scalar!(
        r#"SELECT id FROM projects WHERE status = 'submitted'
           UNION SELECT project_id FROM public_projects ORDER BY 1"#
    )
    .fetch_all(&mut *conn)
    .await
    .context("listing projects to refresh")?;
    Ok(ids.into_iter().flatten().collect())
}

/// Projects a creator is on.
pub async fn projects_of_creator(
    conn: &mut PgConnection,
    creator: Uuid,
) -> anyhow::Result<Vec<Uuid>> {
    let ids = sqlx::query_scalar!(
        "SELECT project_id FROM project_members WHERE creator_id = $1",
        creator
    )
    .fetch_all(&mut *conn)
    .await
    .context("listing a creator's projects")?;
    Ok(ids)
}

/// Submitted projects of an event.
pub async fn projects_of_event(conn: &mut PgConnection, event: Uuid) -> anyhow::Result<Vec<Uuid>> {
    let ids = sqlx::query_scalar!(
        "SELECT id FROM projects WHERE event_id = $1 AND status = 'submitted' ORDER BY id",
        event
    )
    .fetch_all(&mut *conn)
    .await
    .context("listing an event's projects")?;
    Ok(ids)
}

/// When a moderator last approved the project (its publication date in the gallery).
pub async fn approved_at(
    conn: &mut PgConnection,
    project: Uuid,
) -> anyhow::Result<Option<DateTime<Utc>>> {
    let at = sqlx::query_scalar!(
        r#"SELECT max(created_at) FROM moderation_decisions
           WHERE project_id = $1 AND decision = 'approved'"#,
        project
    )
    .fetch_one(&mut *conn)
    .await
    .context("loading the approval date")?;
    Ok(at)
}

/// A project's favourites (judge's display name and quote), in the judges' pick order.
pub async fn favourites(
    conn: &mut PgConnection,
    project: Uuid,
) -> anyhow::Result<Vec<PublicFavourite>> {
    let rows = sqlx::query!(
        r#"SELECT u.display_name, f.quote FROM favourites f JOIN users u ON u.id = f.judge_id
           WHERE f.project_id = $1 ORDER BY f.position, f.created_at, f.id"#,
        project
    )
    .fetch_all(&mut *conn)
    .await
    .context("loading favourites")?;
    Ok(rows
        .into_iter()
        .map(|r| PublicFavourite {
            judge: r.display_name,
            quote: r.quote,
        })
        .collect())
}

/// A project's awards, oldest first.
pub async fn awards(conn: &mut PgConnection, project: Uuid) -> anyhow::Result<Vec<PublicAward>> {
    let rows = sqlx::query!(
        "SELECT kind, citation FROM awards WHERE project_id = $1 ORDER BY created_at, id",
        project
    )
    .fetch_all(&mut *conn)
    .await
    .context("loading awards")?;
    Ok(rows
        .into_iter()
        .map(|r| PublicAward {
            kind: r.kind,
            citation: r.citation,
        })
        .collect())
}

/// Records a judge's favourite (replacing the quote of an earlier pick of the same one).
pub async fn add_favourite(
    conn: &mut PgConnection,
    event: Uuid,
    project: Uuid,
    judge: Uuid,
    quote: &str,
) -> anyhow::Result<()> {
    sqlx::query!(
        r#"INSERT INTO favourites (event_id, project_id, judge_id, quote) VALUES ($1, $2, $3, $4)
           ON CONFLICT (judge_id, project_id) DO UPDATE SET quote = EXCLUDED.quote"#,
        event,
        project,
        judge,
        quote
    )
    .execute(&mut *conn)
    .await
    .context("recording a favourite")?;
    Ok(())
}

/// Records an award.
pub async fn add_award(
    conn: &mut PgConnection,
    event: Uuid,
    project: Uuid,
    kind: &str,
    citation: &str,
) -> anyhow::Result<()> {
    sqlx::query!(
        r#"INSERT INTO awards (event_id, project_id, kind, citation) VALUES ($1, $2, $3, $4)
           ON CONFLICT (project_id, kind) DO UPDATE SET citation = EXCLUDED.citation"#,
        event,
        project,
        kind,
        citation
    )
    .execute(&mut *conn)
    .await
    .context("recording an award")?;
    Ok(())
}

/// Adds words to the typo-tolerance list.
pub async fn add_terms(conn: &mut PgConnection, terms: &[String]) -> anyhow::Result<()> {
    if terms.is_empty() {
        return Ok(());
    }
    sqlx::query!(
        "INSERT INTO search_terms (term) SELECT t FROM unnest($1::text[]) AS t ORDER BY t ON CONFLICT DO NOTHING",
        terms
    )
    .execute(&mut *conn)
    .await
    .context("adding search terms")?;
    Ok(())
}

/// For each query word that is not itself a known word: the known words spelled most
/// like it (pg_trgm similarity), as (word, similar word) pairs.
pub async fn similar_terms(
    conn: &mut PgConnection,
    words: &[String],
) -> anyhow::Result<Vec<(String, String)>> {
    if words.is_empty() {
        return Ok(Vec::new());
    }
    let rows = sqlx::query!(
        r#"SELECT q AS "q!", t.term AS "term!"
           FROM unnest($1::text[]) AS q,
           LATERAL (SELECT term FROM search_terms
                    WHERE term % q AND NOT EXISTS (SELECT 1 FROM search_terms e WHERE e.term = q)
                    ORDER BY similarity(term, q) DESC, term LIMIT 4) t"#,
        words
    )
    .fetch_all(&mut *conn)
    .await
    .context("looking up close spellings")?;
    Ok(rows.into_iter().map(|r| (r.q, r.term)).collect())
}

/// The last version number drawn (by a write or a removal, committed or not): when it
/// is not above the one a copy was read at, nothing committed since has changed.
pub async fn last_version(conn: &mut PgConnection) -> anyhow::Result<i64> {
    let v = sqlx::query_scalar!(
        r#"SELECT CASE WHEN is_called THEN last_value ELSE 0 END AS "v!" FROM public_projects_version"#
    )
    .fetch_one(&mut *conn)
    .await
    .context("reading the public version")?;
    Ok(v)
}

/// Every public row's id and version (a number unique to each write), for a copy of
/// the projection to see what changed.
pub async fn versions(conn: &mut PgConnection) -> anyhow::Result<Vec<(Uuid, i64)>> {
    let rows = sqlx::query!(r#"SELECT project_id, version FROM public_projects"#)
        .fetch_all(&mut *conn)
        .await
        .context("listing public row versions")?;
    Ok(rows
        .into_iter()
        .map(|r| (r.project_id, r.version))
        .collect())
}

/// A public row as a search reads it: facets, sort keys and tokens.
#[derive(Debug, Clone)]
pub struct SearchRow {
    pub project_id: Uuid,
    pub version: i64,
    pub published_at: DateTime<Utc>,
    pub event_slug: String,
    pub category: String,
    pub language: String,
    pub countries: Vec<String>,
    pub age_mask: i16,
    pub has_award: bool,
    pub has_favourite: bool,
    pub shuffle: Vec<i32>,
    pub title_tokens: Vec<String>,
    pub tokens: Vec<String>,
}

/// The search rows of these projects (those still public).
pub async fn search_rows(conn: &mut PgConnection, ids: &[Uuid]) -> anyhow::Result<Vec<SearchRow>> {
    let rows = sqlx::query_as!(
        SearchRow,
        r#"SELECT project_id, version, published_at, event_slug, category, language, countries,
                  age_mask, has_award, has_favourite, shuffle,
                  tsvector_to_array(title_tokens) AS "title_tokens!",
                  tsvector_to_array(tokens) AS "tokens!"
           FROM public_projects WHERE project_id = ANY($1)"#,
        ids
    )
    .fetch_all(&mut *conn)
    .await
    .context("reading public rows for search")?;
    Ok(rows)
}

/// Event slugs and names, for facet labels.
pub async fn event_names(conn: &mut PgConnection) -> anyhow::Result<BTreeMap<String, String>> {
    let rows = sqlx::query!("SELECT slug, name FROM events")
        .fetch_all(&mut *conn)
        .await
        .context("loading event names")?;
    Ok(rows.into_iter().map(|r| (r.slug, r.name)).collect())
}

/// Serializes external-index pushes for one project until the transaction ends.
pub async fn lock_sync(conn: &mut PgConnection, project: Uuid) -> anyhow::Result<()> {
    sqlx::query!(
        "SELECT pg_advisory_xact_lock(hashtextextended($1::text, 7)) AS locked",
        project.to_string()
    )
    .fetch_one(&mut *conn)
    .await
    .context("locking a project's index sync")?;
    Ok(())
}
