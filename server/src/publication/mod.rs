//! The public projection, kept true: after any change that can affect what visitors see
//! (moderation, consent, withdrawal, edits, team, images, favourites and awards), the
//! change's own transaction calls `refresh_project` (or `refresh_creator` /
//! `refresh_event`). It applies the publication rule from `domain::publication` and writes
//! or removes the project's public row; when something changed it notifies the gallery
//! caches and enqueues a job that brings the search index up to date. `reindex` checks
//! every project against the rule. Search (`crate::search`) only indexes what this
//! projection holds.

use sqlx::PgConnection;
use uuid::Uuid;

use crate::db;
use crate::domain::gallery::{
    AgeBracket, PublicAnswers, PublicCreator, PublicEvent, PublicImage, PublicProject,
};
use crate::domain::project::ImageStatus;
use crate::domain::publication;
use crate::jobs::{self, Job};
use crate::search::text;

/// The public document of a project, or `None` when the rule says it is not published.
#[tracing::instrument(skip(conn))]
pub async fn build(
    conn: &mut PgConnection,
    project: Uuid,
) -> anyhow::Result<Option<(PublicProject, Uuid)>> {
    let Some((facts, members)) = db::consents::facts(conn, project).await? else {
        return Ok(None);
    };
    if !publication::is_published(&facts) {
        return Ok(None);
    }
    let Some(record) = db::projects::get(conn, project).await? else {
        return Ok(None);
    };
    let Some(event) = db::events::by_id(conn, record.event_id).await? else {
        return Ok(None);
    };
    // What the public sees is the approved revision, never the working copy: changes
    // wait for a moderator. Only removals apply at once (a deleted image is gone).
    let Some(revision) = db::revisions::public(conn, project).await? else {
        return Ok(None);
    };
    let content = revision.content;
    let stored = db::projects::images(conn, project).await?;
    let images = content
        .images
        .iter()
        .filter(|i| publication::image_is_public(&facts, i.shows_person))
        .filter_map(|i| {
            let file = stored
                .iter()
                .find(|s| s.id == i.id && s.status == ImageStatus::Ready)?;
            Some(PublicImage {
                id: i.id,
                alt: i.alt_text.clone(),
                width: file.width?,
                height: file.height?,
            })
        })
        .collect();
    // Favourites and awards stay secret until the event announces its results.
    let (favourites, awards) = if event.phase.permissions().results_public {
        (
            db::public::favourites(conn, project).await?,
            db::public::awards(conn, project).await?,
        )
    } else {
        (Vec::new(), Vec::new())
    };
    let published_at = match db::public::approved_at(conn, project).await? {
        Some(at) => at,
        None => record.submitted_at.unwrap_or(record.updated_at),
    };
    let creators = members
        .iter()
        .filter(|m| m.public)
        .map(|m| PublicCreator {
            display_name: m.display_name.clone(),
            country: m.country.clone(),
            age_bracket: AgeBracket::of_age(
                m.birth
                    .map(|b| b.age_on(event.reference_date))
                    .unwrap_or(crate::domain::account::MAX_CREATOR_AGE),
            ),
        })
        .collect();
    let category_names = match crate::domain::CategorySlug::parse(&content.category) {
        Ok(slug) => db::events::categories(conn, event.id)
            .await?
            .into_iter()
            .find(|c| c.slug == slug)
            .map(|c| crate::i18n::every_name(&c.names, &slug.name_key()))
            .unwrap_or_default(),
        Err(_) => Vec::new(),
    };
    let f = content;
    let link = |s: String| Some(s).filter(|s| !s.trim().is_empty());
    let doc = PublicProject {
        id: project,
        event: PublicEvent {
            slug: event.slug.to_string(),
            name: event.name.clone(),
        },
        title: f.title,
        description: f.short_description,
        category: f.category,
        category_names,
        language: f.language,
        answers: PublicAnswers {
            why_made: f.why_made,
            difficulties: f.difficulties,
            next_steps: f.next_steps,
        },
        community: f.community,
        sdgs: f.sdgs,
        project_url: link(f.project_url),
        video_url: link(f.video_url),
        creators,
        images,
        favourites,
        awards,
        published_at,
    };
    Ok(Some((doc, record.event_id)))
}

/// Brings one project's public row in line with the rule; true when it changed.
pub async fn refresh_project(conn: &mut PgConnection, project: Uuid) -> anyhow::Result<bool> {
    refresh(conn, project, true).await
}

/// `refresh_project`; `announce`: notify caches and enqueue the external index's sync
/// (a bulk reindex does both once itself).
#[tracing::instrument(skip(conn))]
async fn refresh(conn: &mut PgConnection, project: Uuid, announce: bool) -> anyhow::Result<bool> {
    let changed = match build(conn, project).await? {
        Some((doc, event_id)) => {
            let (title, rest) = doc.searchable_text();
            let title_tokens = text::document_tokens(&title);
            let rest_tokens = text::document_tokens(&rest);
            let row = db::public::Row {
                doc: &doc,
                event_id,
                title_tokens: &text::tsvector_literal(&title_tokens),
                tokens: &text::tsvector_literal(title_tokens.iter().chain(&rest_tokens)),
            };
            db::public::upsert(conn, &row).await?
        }
        None => db::public::delete(conn, project).await?,
    };
    if changed && announce {
        tracing::info!(%project, "public projection changed");
        db::public::notify_changed(conn).await?;
        jobs::enqueue(conn, &Job::SearchSync { project }).await?;
    }
    Ok(changed)
}

/// A project about to be deleted leaves the public projection, and the caches and the
/// external index hear so (even when it was not public: a stale copy may be cached).
pub async fn remove_project(conn: &mut PgConnection, project: Uuid) -> anyhow::Result<()> {
    db::public::delete(conn, project).await?;
    db::public::notify_changed(conn).await?;
    jobs::enqueue(conn, &Job::SearchSync { project }).await?;
    Ok(())
}

/// Refreshes every project a creator is on (consent answers and withdrawals).
pub async fn refresh_creator(conn: &mut PgConnection, creator: Uuid) -> anyhow::Result<()> {
    for project in db::public::projects_of_creator(conn, creator).await? {
        refresh_project(conn, project).await?;
    }
    Ok(())
}

/// Refreshes every submitted project of an event (phase changes reveal results).
pub async fn refresh_event(conn: &mut PgConnection, event: Uuid) -> anyhow::Result<()> {
    for project in db::public::projects_of_event(conn, event).await? {
        refresh_project(conn, project).await?;
    }
    Ok(())
}

/// What `reindex` did to the projection.
#[derive(Debug, Clone, Copy, Default)]
pub struct ReindexReport {
    /// Projects whose public row was checked against the rule.
    pub checked: usize,
    /// Rows written or removed because they disagreed.
    pub changed: usize,
}

/// Checks every project against the publication rule and rewrites the public projection
/// where it disagrees (4 transactions of 250 projects at a time; one change notification
/// per transaction, no sync jobs: the search rebuild that follows sends everything).
#[tracing::instrument(skip(pool))]
pub async fn reindex(pool: &sqlx::PgPool) -> anyhow::Result<ReindexReport> {
    use futures_util::StreamExt as _;
    let ids = {
        let mut conn = pool.acquire().await?;
        db::public::candidate_ids(&mut conn).await?
    };
    let mut report = ReindexReport {
        checked: ids.len(),
        ..ReindexReport::default()
    };
    let chunks: Vec<Vec<Uuid>> = ids.chunks(250).map(<[Uuid]>::to_vec).collect();
    let mut results = futures_util::stream::iter(chunks)
        .map(|chunk| {
            let pool = pool.clone();
            async move {
                let mut tx = pool.begin().await?;
                let mut changed = 0usize;
                for id in chunk {
                    if refresh(&mut tx, id, false).await? {
                        changed += 1;
                    }
                }
                if changed > 0 {
                    db::public::notify_changed(&mut tx).await?;
                }
                tx.commit().await?;
                anyhow::Ok(changed)
            }
        })
        .buffer_unordered(4);
    while let Some(changed) = results.next().await {
        report.changed += changed?;
    }
    Ok(report)
}
