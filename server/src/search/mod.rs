//! Gallery search behind one trait, `SearchIndex`, with two implementations: PostgreSQL
//! (the default: full text over the `public_projects` table, typo tolerance through
//! pg_trgm) and Meilisearch (when `SHOWCASE_MEILI_URL` is set).
//!
//! Whatever answers a search, the cards shown come from `public_projects`, the public
//! projection that `crate::publication` keeps in the same transaction as every change that
//! can affect publication; search only indexes what that projection holds. So a withdrawn project disappears at once even if an external index has
//! not caught up yet, and if Meilisearch is down the gallery answers from PostgreSQL.

pub mod cache;
pub mod meili;
pub mod memory;
pub mod postgres;
pub mod text;

use std::collections::BTreeMap;
use std::sync::Arc;

use serde::Serialize;
use uuid::Uuid;

use crate::domain::gallery::{GalleryQuery, PublicProject};

pub use crate::domain::gallery::FACETS;

/// What a backend answers: matching project ids for the requested page, the total, and
/// counts per facet value over every match.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Hits {
    pub total: u64,
    pub ids: Vec<Uuid>,
    /// facet name → value → count. `award` and `favourite` count under the value `true`.
    pub facets: BTreeMap<String, BTreeMap<String, u64>>,
}

/// Counts per facet value: facet name → value → count.
pub type Facets = BTreeMap<String, BTreeMap<String, u64>>;

/// A search answered: the public documents of the page, in order.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Results {
    pub total: u64,
    pub items: Vec<PublicProject>,
    pub facets: BTreeMap<String, BTreeMap<String, u64>>,
}

/// Why a search backend failed.
#[derive(Debug, thiserror::Error)]
pub enum SearchError {
    /// The backend could not be reached or answered with a server error: try later.
    #[error("search backend unavailable: {0}")]
    Unavailable(String),
    /// Anything else (a bad answer, a database error). Not transparent: the cause stays in
    /// the chain, so a database out of reach is still recognised as one.
    #[error("searching")]
    Other(#[from] anyhow::Error),
}

/// A search index of published projects.
#[async_trait::async_trait]
pub trait SearchIndex: Send + Sync {
    /// A short name for logs and metrics.
    fn name(&self) -> &'static str;

    /// Applies the index settings (searchable, filterable and sortable attributes…).
    async fn configure(&self) -> Result<(), SearchError>;

    /// Matching ids for the query's page, the total and the facet counts.
    async fn search(&self, query: &GalleryQuery) -> Result<Hits, SearchError>;

    /// Adds or replaces documents. `wait`: return only once they are searchable.
    async fn upsert(&self, docs: &[PublicProject], wait: bool) -> Result<(), SearchError>;

    /// Removes documents (absent ids are fine).
    async fn remove(&self, ids: &[Uuid], wait: bool) -> Result<(), SearchError>;

    /// Every document id in the index (for `reindex` to remove strays).
    async fn ids(&self) -> Result<Vec<Uuid>, SearchError>;
}

/// The gallery's search: the configured index, with PostgreSQL as the fallback.
#[derive(Clone)]
pub struct Search {
    pool: sqlx::PgPool,
    /// PostgreSQL's public projection as this process searches it.
    projection: Arc<memory::Projection>,
    primary: Arc<dyn SearchIndex>,
    /// PostgreSQL: the answer when the external index fails.
    fallback: Arc<dyn SearchIndex>,
    /// Set when the primary is an external index.
    external: Option<Arc<dyn SearchIndex>>,
    /// Whether the external index's settings were applied by this process.
    configured: Arc<tokio::sync::OnceCell<()>>,
}

/// What `rebuild` did.
#[derive(Debug, Clone, Default)]
pub struct RebuildReport {
    /// Documents in the projection.
    pub published: usize,
    /// Documents sent to the external index.
    pub pushed: usize,
    /// Strays removed from the external index.
    pub removed: usize,
}

impl Search {
    /// Builds the search from settings: Meilisearch when a URL is configured; PostgreSQL
    /// answers from its copy of the projection in this process (`projection`).
    pub fn new(
        pool: sqlx::PgPool,
        settings: &crate::config::SearchSettings,
    ) -> anyhow::Result<Self> {
        let projection = Arc::new(memory::Projection::new());
        let fallback: Arc<dyn SearchIndex> = Arc::new(postgres::PostgresIndex::new(
            pool.clone(),
            projection.clone(),
        ));
        let external: Option<Arc<dyn SearchIndex>> = match settings.meili_url.as_deref() {
            Some(url) if !url.trim().is_empty() => Some(Arc::new(meili::MeiliIndex::new(
                url.trim(),
                settings.meili_key.as_ref(),
                &settings.meili_index,
            )?)),
            _ => None,
        };
        Ok(Self {
            pool,
            projection,
            primary: external.clone().unwrap_or_else(|| fallback.clone()),
            fallback,
            external,
            configured: Arc::new(tokio::sync::OnceCell::new()),
        })
    }

    /// This process's copy of the public projection (kept current by the listener).
    pub fn projection(&self) -> &Arc<memory::Projection> {
        &self.projection
    }

    /// Brings this process's copy of the projection up to date with every change
    /// committed so far (a request that changed it does, before it answers).
    pub async fn refresh(&self) -> anyhow::Result<()> {
        self.projection.refresh(&self.pool).await
    }

    /// The external index (Meilisearch), if one is configured.
    pub fn external(&self) -> Option<&Arc<dyn SearchIndex>> {
        self.external.as_ref()
    }

    /// Answers a gallery query: from the configured index, or from PostgreSQL when it
    /// fails; the documents always come from the public projection.
    #[tracing::instrument(skip(self), fields(backend))]
    pub async fn query(&self, query: &GalleryQuery) -> anyhow::Result<Results> {
        // Text with nothing searchable in it (only symbols, wildcards or an emoji) finds
        // nothing, with either backend: never the whole gallery.
        if !query.text.trim().is_empty() && text::query_terms(&query.text).is_empty() {
            return Ok(Results::default());
        }
        let (hits, backend) = match self.primary.search(query).await {
            Ok(hits) => (hits, self.primary.name()),
            Err(e) if self.external.is_some() => {
                tracing::warn!(error = %e, "external search failed; answering from PostgreSQL");
                (
                    self.fallback
                        .search(query)
                        .await
                        .map_err(anyhow::Error::from)?,
                    self.fallback.name(),
                )
            }
            Err(e) => return Err(e.into()),
        };
        tracing::Span::current().record("backend", backend);
        // PostgreSQL's search made the copy current already; after an external index,
        // the copy is checked before its documents are used.
        if backend != self.fallback.name() {
            self.projection.ensure_current(&self.pool).await?;
        }
        let items = self.projection.documents(&self.pool, &hits.ids).await?;
        Ok(Results {
            total: hits.total,
            items,
            facets: hits.facets,
        })
    }
}

impl Search {
    /// Applies the external index's settings once per process.
    pub async fn ensure_configured(&self) -> Result<(), SearchError> {
        if let Some(external) = &self.external {
            self.configured
                .get_or_try_init(|| async { external.configure().await })
                .await?;
        }
        Ok(())
    }

    /// After a project's public row changed (the `SearchSync` job): its words join the
    /// typo-tolerance list (in their own short statement, sorted, so concurrent additions
    /// cannot deadlock), and the external index gets the current document or its removal.
    /// Pushes for the same project are serialized, so an older state can never overwrite
    /// a newer one. With an external index the push waits until the change is searchable
    /// and then tells every cache again: pages refilled from the index in the meantime
    /// held its old answer, and nothing else would replace them.
    #[tracing::instrument(skip(self))]
    pub async fn sync_project(&self, project: Uuid) -> anyhow::Result<()> {
        if self.external.is_some() {
            self.ensure_configured().await?;
        }
        let mut tx = self.pool.begin().await?;
        crate::db::public::lock_sync(&mut tx, project).await?;
        let doc = crate::db::public::get(&mut tx, project).await?;
        if let Some(doc) = &doc {
            crate::db::public::add_terms(&mut tx, &typo_terms(doc)).await?;
        }
        let pushed = match (&self.external, doc) {
            (None, _) => Ok(()),
            (Some(external), Some(doc)) => external.upsert(std::slice::from_ref(&doc), true).await,
            (Some(external), None) => external.remove(&[project], true).await,
        };
        // The words count even when the external index is down (PostgreSQL answers then).
        if self.external.is_some() && pushed.is_ok() {
            crate::db::public::notify_changed(&mut tx).await?;
        }
        tx.commit().await?;
        Ok(pushed?)
    }

    /// Rebuilds the index from the public projection: the typo-tolerance words of every
    /// document, then (with an external index) its settings, every public document, and
    /// the removal of documents that should not be there.
    #[tracing::instrument(skip(self))]
    pub async fn rebuild(&self) -> anyhow::Result<RebuildReport> {
        let mut report = RebuildReport::default();
        // The typo-tolerance words, one page of documents at a time (sorted, so it cannot
        // deadlock with sync jobs adding words meanwhile).
        let mut after = None;
        loop {
            let mut conn = self.pool.acquire().await?;
            let page = crate::db::public::docs_after(&mut conn, after, 500).await?;
            let Some(last) = page.last() else { break };
            after = Some(last.id);
            let mut words: Vec<String> = page.iter().flat_map(typo_terms).collect();
            words.sort();
            words.dedup();
            crate::db::public::add_terms(&mut conn, &words).await?;
        }
        let public_ids = {
            let mut conn = self.pool.acquire().await?;
            crate::db::public::ids(&mut conn).await?
        };
        report.published = public_ids.len();
        let Some(external) = &self.external else {
            return Ok(report);
        };
        external.configure().await?;
        let mut after = None;
        loop {
            let page = {
                let mut conn = self.pool.acquire().await?;
                crate::db::public::docs_after(&mut conn, after, 1000).await?
            };
            let Some(last) = page.last() else { break };
            after = Some(last.id);
            external.upsert(&page, true).await?;
            report.pushed += page.len();
        }
        let public: std::collections::HashSet<Uuid> = public_ids.into_iter().collect();
        let strays: Vec<Uuid> = external
            .ids()
            .await?
            .into_iter()
            .filter(|id| !public.contains(id))
            .collect();
        if !strays.is_empty() {
            external.remove(&strays, true).await?;
        }
        report.removed = strays.len();
        Ok(report)
    }
}

/// The words of a document worth offering as close spellings (typo tolerance), sorted:
/// added by the sync job in their own short transaction, in this order, so concurrent
/// additions never deadlock.
pub fn typo_terms(doc: &PublicProject) -> Vec<String> {
    let (title, rest) = doc.searchable_text();
    let mut words: Vec<String> = text::document_tokens(&title)
        .into_iter()
        .chain(text::document_tokens(&rest))
        .filter(|t| t.chars().count() >= 3 && !t.chars().any(text::is_cjk))
        .collect();
    words.sort();
    words.dedup();
    words
}
