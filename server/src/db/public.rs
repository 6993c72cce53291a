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
               updated_at = now()"#,
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

/// Settings for the rest of a search's transaction: plan each statement for its actual
/// values (the optional filters make generic plans scan the whole projection), room to
/// count facets in memory, and, for text searches, the GIN index instead of reading every
/// row's tokens.
pub async fn tune_search(conn: &mut PgConnection, text: bool) -> anyhow::Result<()> {
    sqlx::query!(
        r#"SELECT set_config('plan_cache_mode', 'force_custom_plan', true) AS "a!",
                  set_config('work_mem', '64MB', true) AS "b!",
                  set_config('enable_seqscan', CASE WHEN $1 THEN 'off' ELSE 'on' END, true) AS "c!""#,
        text
    )
    .fetch_one(&mut *conn)
    .await
    .context("tuning a search")?;
    Ok(())
}

/// The filters and order of a search, as the query below takes them.
#[derive(Debug, Clone)]
pub struct SearchParams<'a> {
    pub tsquery: Option<&'a str>,
    pub category: Option<&'a str>,
    pub country: Option<&'a str>,
    pub language: Option<&'a str>,
    /// The age group's bit (`AgeBracket::bit`).
    pub age: Option<i32>,
    pub event: Option<&'a str>,
    pub award: bool,
    pub favourite: bool,
    /// `relevance`, `newest` or `shuffle`.
    pub sort: &'a str,
    /// 1-based index into the shuffle keys.
    pub seed: i32,
    pub limit: i64,
    pub offset: i64,
}

/// The total and every facet's counts of a search.
#[derive(Debug, Clone, Default)]
pub struct FacetRows {
    pub total: i64,
    pub facets: BTreeMap<String, BTreeMap<String, u64>>,
}

fn counts(value: serde_json::Value) -> BTreeMap<String, u64> {
    serde_json::from_value::<BTreeMap<String, u64>>(value).unwrap_or_default()
}

/// One page of matching ids in the requested order (relevance: title matches first, then
/// newest; ties by id, so pages never overlap).
pub async fn search_page(
    conn: &mut PgConnection,
    p: &SearchParams<'_>,
) -> anyhow::Result<Vec<Uuid>> {
    let ids = sqlx::query_scalar!(
        r#"SELECT project_id FROM public_projects
           WHERE ($1::text IS NULL OR tokens @@ $1::text::tsquery)
             AND ($2::text IS NULL OR category = $2)
             AND ($3::text IS NULL OR countries @> ARRAY[$3::text])
             AND ($4::text IS NULL OR language = $4)
             AND ($5::int IS NULL OR (age_mask & $5::int) <> 0)
             AND ($6::text IS NULL OR event_slug = $6)
             AND (NOT $7::bool OR has_award)
             AND (NOT $8::bool OR has_favourite)
           ORDER BY CASE WHEN $10::text = 'relevance' AND $1::text IS NOT NULL
                         THEN ts_rank(title_tokens, $1::text::tsquery) END DESC NULLS LAST,
                    CASE WHEN $10::text IN ('relevance', 'newest') THEN published_at END DESC NULLS LAST,
                    CASE WHEN $10::text = 'shuffle' THEN shuffle[$9] END NULLS LAST,
                    project_id
           LIMIT $11 OFFSET $12"#,
        p.tsquery,
        p.category,
        p.country,
        p.language,
        p.age,
        p.event,
        p.award,
        p.favourite,
        p.seed,
        p.sort,
        p.limit,
        p.offset,
    )
    .fetch_all(&mut *conn)
    .await
    .context("searching public projects")?;
    Ok(ids)
}

/// The number of matches and every facet's counts, in one statement. Facet counts are
/// disjunctive: a facet with a chosen value counts over the matches of every *other*
/// filter, so its alternatives stay visible; the others count the matches. `base` is
/// inlined into each use, so PostgreSQL can use the facet indexes there.
pub async fn search_facets(
    conn: &mut PgConnection,
    p: &SearchParams<'_>,
) -> anyhow::Result<FacetRows> {
    let row = sqlx::query!(
        r#"WITH base AS NOT MATERIALIZED (
               SELECT category, language, countries, country, more_countries, age_mask,
                      event_slug, has_award, has_favourite
               FROM public_projects
               WHERE ($1::text IS NULL OR tokens @@ $1::text::tsquery)
           ),
           hits AS MATERIALIZED (
               SELECT category, language, country, more_countries, age_mask, event_slug,
                      has_award, has_favourite
               FROM base
               WHERE ($2::text IS NULL OR category = $2)
                 AND ($3::text IS NULL OR countries @> ARRAY[$3::text])
                 AND ($4::text IS NULL OR language = $4)
                 AND ($5::int IS NULL OR (age_mask & $5::int) <> 0)
                 AND ($6::text IS NULL OR event_slug = $6)
                 AND (NOT $7::bool OR has_award)
                 AND (NOT $8::bool OR has_favourite)
           )
           SELECT
               (SELECT count(*) FROM hits) AS "total!",
               CASE WHEN $2::text IS NOT NULL THEN
                   (SELECT COALESCE(jsonb_object_agg(v, n), '{}') FROM (SELECT category AS v, count(*) AS n FROM base
                        WHERE ($3::text IS NULL OR countries @> ARRAY[$3::text])
                          AND ($4::text IS NULL OR language = $4)
                          AND ($5::int IS NULL OR (age_mask & $5::int) <> 0)
                          AND ($6::text IS NULL OR event_slug = $6)
                          AND (NOT $7::bool OR has_award)
                          AND (NOT $8::bool OR has_favourite)
                        GROUP BY 1) f)
               ELSE
                   (SELECT COALESCE(jsonb_object_agg(v, n), '{}') FROM (SELECT category AS v, count(*) AS n FROM hits GROUP BY 1) f)
               END AS "category!",
               CASE WHEN $3::text IS NOT NULL THEN
                   (SELECT COALESCE(jsonb_object_agg(v, n), '{}') FROM (SELECT country AS v, count(*) AS n FROM base
                        WHERE ($2::text IS NULL OR category = $2)
                          AND ($4::text IS NULL OR language = $4)
                          AND ($5::int IS NULL OR (age_mask & $5::int) <> 0)
                          AND ($6::text IS NULL OR event_slug = $6)
                          AND (NOT $7::bool OR has_award)
                          AND (NOT $8::bool OR has_favourite)
                        GROUP BY 1) f)
               ELSE
                   (SELECT COALESCE(jsonb_object_agg(v, n), '{}') FROM (SELECT country AS v, count(*) AS n FROM hits GROUP BY 1) f)
               END AS "country!",
               CASE WHEN $4::text IS NOT NULL THEN
                   (SELECT COALESCE(jsonb_object_agg(v, n), '{}') FROM (SELECT language AS v, count(*) AS n FROM base
                        WHERE ($2::text IS NULL OR category = $2)
                          AND ($3::text IS NULL OR countries @> ARRAY[$3::text])
                          AND ($5::int IS NULL OR (age_mask & $5::int) <> 0)
                          AND ($6::text IS NULL OR event_slug = $6)
                          AND (NOT $7::bool OR has_award)
                          AND (NOT $8::bool OR has_favourite)
                        GROUP BY 1) f)
               ELSE
                   (SELECT COALESCE(jsonb_object_agg(v, n), '{}') FROM (SELECT language AS v, count(*) AS n FROM hits GROUP BY 1) f)
               END AS "language!",
               CASE WHEN $5::int IS NOT NULL THEN
                   (SELECT COALESCE(jsonb_object_agg(v, n), '{}') FROM (SELECT age_mask AS v, count(*) AS n FROM base
                        WHERE ($2::text IS NULL OR category = $2)
                          AND ($3::text IS NULL OR countries @> ARRAY[$3::text])
                          AND ($4::text IS NULL OR language = $4)
                          AND ($6::text IS NULL OR event_slug = $6)
                          AND (NOT $7::bool OR has_award)
                          AND (NOT $8::bool OR has_favourite)
                        GROUP BY 1) f)
               ELSE
                   (SELECT COALESCE(jsonb_object_agg(v, n), '{}') FROM (SELECT age_mask AS v, count(*) AS n FROM hits GROUP BY 1) f)
               END AS "age!",
               CASE WHEN $6::text IS NOT NULL THEN
                   (SELECT COALESCE(jsonb_object_agg(v, n), '{}') FROM (SELECT event_slug AS v, count(*) AS n FROM base
                        WHERE ($2::text IS NULL OR category = $2)
                          AND ($3::text IS NULL OR countries @> ARRAY[$3::text])
                          AND ($4::text IS NULL OR language = $4)
                          AND ($5::int IS NULL OR (age_mask & $5::int) <> 0)
                          AND (NOT $7::bool OR has_award)
                          AND (NOT $8::bool OR has_favourite)
                        GROUP BY 1) f)
               ELSE
                   (SELECT COALESCE(jsonb_object_agg(v, n), '{}') FROM (SELECT event_slug AS v, count(*) AS n FROM hits GROUP BY 1) f)
               END AS "event!",
               CASE WHEN $3::text IS NOT NULL THEN
                   (SELECT COALESCE(jsonb_object_agg(v, n), '{}') FROM (SELECT v, count(*) AS n FROM (SELECT unnest(more_countries) AS v FROM base
                        WHERE more_countries IS NOT NULL
                          AND ($2::text IS NULL OR category = $2)
                          AND ($4::text IS NULL OR language = $4)
                          AND ($5::int IS NULL OR (age_mask & $5::int) <> 0)
                          AND ($6::text IS NULL OR event_slug = $6)
                          AND (NOT $7::bool OR has_award)
                          AND (NOT $8::bool OR has_favourite)) u
                        GROUP BY 1) f)
               ELSE
                   (SELECT COALESCE(jsonb_object_agg(v, n), '{}') FROM (SELECT v, count(*) AS n FROM (SELECT unnest(more_countries) AS v FROM hits
                        WHERE more_countries IS NOT NULL) u GROUP BY 1) f)
               END AS "more_countries!",
               CASE WHEN $7::bool THEN
                   (SELECT count(*) FROM base WHERE has_award
                          AND ($2::text IS NULL OR category = $2)
                          AND ($3::text IS NULL OR countries @> ARRAY[$3::text])
                          AND ($4::text IS NULL OR language = $4)
                          AND ($5::int IS NULL OR (age_mask & $5::int) <> 0)
                          AND ($6::text IS NULL OR event_slug = $6)
                          AND (NOT $8::bool OR has_favourite))
               ELSE (SELECT count(*) FROM hits WHERE has_award) END AS "award!",
               CASE WHEN $8::bool THEN
                   (SELECT count(*) FROM base WHERE has_favourite
                          AND ($2::text IS NULL OR category = $2)
                          AND ($3::text IS NULL OR countries @> ARRAY[$3::text])
                          AND ($4::text IS NULL OR language = $4)
                          AND ($5::int IS NULL OR (age_mask & $5::int) <> 0)
                          AND ($6::text IS NULL OR event_slug = $6)
                          AND (NOT $7::bool OR has_award))
               ELSE (SELECT count(*) FROM hits WHERE has_favourite) END AS "favourite!""#,
        p.tsquery,
        p.category,
        p.country,
        p.language,
        p.age,
        p.event,
        p.award,
        p.favourite,
    )
    .fetch_one(&mut *conn)
    .await
    .context("counting facets")?;
    let mut facets = BTreeMap::new();
    facets.insert("category".to_owned(), counts(row.category));
    let mut countries = counts(row.country);
    for (code, n) in counts(row.more_countries) {
        *countries.entry(code).or_default() += n;
    }
    facets.insert("country".to_owned(), countries);
    facets.insert("language".to_owned(), counts(row.language));
    // Counts per combination of age groups, spread over each group in it.
    let mut ages: BTreeMap<String, u64> = BTreeMap::new();
    for (mask, n) in counts(row.age) {
        for bracket in AgeBracket::from_mask(mask.parse().unwrap_or(0)) {
            *ages.entry(bracket.as_str().to_owned()).or_default() += n;
        }
    }
    facets.insert("age".to_owned(), ages);
    facets.insert("event".to_owned(), counts(row.event));
    for (name, n) in [("award", row.award), ("favourite", row.favourite)] {
        let mut m = BTreeMap::new();
        if n > 0 {
            m.insert("true".to_owned(), u64::try_from(n).unwrap_or(0));
        }
        facets.insert(name.to_owned(), m);
    }
    Ok(FacetRows {
        total: row.total,
        facets,
    })
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
